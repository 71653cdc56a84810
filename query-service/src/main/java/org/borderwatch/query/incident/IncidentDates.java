package org.borderwatch.query.incident;

import java.time.LocalDate;
import java.util.Set;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.EventType;

/**
 * Which dates are an incident's own. One rule for the incident id ({@link IncidentGrouper}) and for the picture's
 * first and last event dates ({@link PictureBuilder}):
 * <ul>
 * <li>The dates of the incident's actions: fighting, incursion, casualties, troops on the ground, evacuation, a
 * ceasefire or its violation, a party's appeal (as LABELING.md counts event dates). Talks, meetings, statements,
 * accusations, demands, threats and organizations' decisions are what followed an incident, not when it happened
 * (the India-China clash of June 15 is not dated by corps commanders' talks on June 6). Only an incident known by
 * nothing but such steps is dated by them.</li>
 * <li>Never background (the sentence tells of an earlier event) and never a denied event.</li>
 * <li>Never before the incident's own span: a record dated before the first day any of its articles is anchored
 * on ({@link ArticleFeatures}: an article's anchor reaches at most 30 days before its latest event) tells of an
 * earlier event even when the extractor did not mark it as background ("the 2020 war, in which 6,500 died"); it
 * counts as background everywhere in the picture.</li>
 * </ul>
 * A month that covers a precise day ("2021-05" and "2021-05-12") gives way to the day: it says nothing earlier.
 */
public final class IncidentDates {
    private static final Set<EventType> ACTIONS = Set.of(EventType.INCURSION, EventType.ATTACK, EventType.CLASH,
            EventType.CASUALTIES, EventType.TROOP_PRESENCE, EventType.EVACUATION, EventType.CEASEFIRE,
            EventType.CEASEFIRE_VIOLATION, EventType.APPEAL);

    private IncidentDates() {
    }

    /** An action of the incident itself, whose date dates the incident. */
    public static boolean isAction(EventType type) {
        return ACTIONS.contains(type);
    }

    /**
     * True when the record's date lies wholly before {@code spanStart} (a year-only date: an earlier year): it
     * tells of an earlier event. False when either is unknown.
     */
    public static boolean before(String date, LocalDate spanStart) {
        if (date == null || spanStart == null) {
            return false;
        }
        if (date.length() == 4) {
            try {
                return Integer.parseInt(date) < spanStart.getYear();
            } catch (NumberFormatException e) {
                return false;
            }
        }
        LocalDate end = Dates.end(date);
        return end != null && end.isBefore(spanStart);
    }

    /** The first and last of the own dates seen, actions first; feed events with {@link #add}. */
    public static final class Span {
        private String firstAction;
        private String lastAction;
        private String firstAny;
        private String lastAny;

        /** Counts the record's date if it is a (day or month) date of a current, not denied record. */
        public void add(EventRecord e) {
            String d = e.date();
            if (d == null || e.negated() || e.background() || Dates.start(d) == null) {
                return;
            }
            firstAny = earlier(firstAny, d);
            lastAny = later(lastAny, d);
            if (isAction(e.type())) {
                firstAction = earlier(firstAction, d);
                lastAction = later(lastAction, d);
            }
        }

        public String first() {
            return firstAction != null ? firstAction : firstAny;
        }

        public String last() {
            return firstAction != null ? lastAction : lastAny;
        }
    }

    /**
     * The earlier of two ISO dates of any precision; a less precise date covering the other ("2021-05" and
     * "2021-05-12") gives way to the precise one, since it says nothing earlier.
     */
    static String earlier(String current, String d) {
        if (current == null || d.startsWith(current)) {
            return d;
        }
        return current.startsWith(d) || current.compareTo(d) <= 0 ? current : d;
    }

    static String later(String current, String d) {
        if (current == null || d.startsWith(current)) {
            return d;
        }
        return current.startsWith(d) || current.compareTo(d) >= 0 ? current : d;
    }
}
