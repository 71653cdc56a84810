package org.borderwatch.query.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.borderwatch.contract.ArticleAnalysis;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.EventType;

/**
 * What grouping needs of one article: when it reports (its own event dates, its publication date, the years its
 * events are given in, and the earliest it can report by its background), and what it shares with other reports
 * of one incident (the month of an unresolved date, appeals, organizations, places, the words of its evidence).
 *
 * @param start     first day of the anchor (its current day or month dates), null when it has none
 * @param end       last day of the anchor
 * @param firstDay  first day date in the anchor; {@code firstMonth} the first month date not covered by it
 * @param firstActionDay   the same for the dates of its actions only ({@link IncidentDates#isAction}: not talks or
 *                         statements), which name the incident when it has any
 * @param firstActionMonth the first action month date not covered by {@code firstActionDay}
 * @param published the article's own day, null when unknown
 * @param firstYear first year of its current events given by year only ("in 2013"), used only without an anchor
 * @param lastYear  last such year
 * @param notBefore the day after its latest dated background event: what it reports is later than that
 */
record ArticleFeatures(String pair, List<String> countries, LocalDate start, LocalDate end, String firstDay,
        String firstMonth, String firstActionDay, String firstActionMonth, LocalDate published, Integer firstYear, Integer lastYear, LocalDate notBefore,
        Set<Integer> hintMonths, Set<String> appeals, Set<String> orgs, Set<String> places, Set<String> words) {

    /** The anchor spans at most the 30 days before the latest event date, so a passing old date cannot stretch it. */
    static final int ANCHOR_SPAN_DAYS = 30;

    boolean hasAnchor() {
        return start != null;
    }

    /** The features of a border-incident analysis with two states, else null (it takes no part in grouping). */
    static ArticleFeatures of(ArticleState a) {
        ArticleAnalysis an = a.analysis();
        if (an == null || !an.isBorderIncident() || an.countries() == null || an.countries().size() < 2) {
            return null;
        }
        List<String> countries = new ArrayList<>(an.countries().subList(0, 2));
        countries.sort(String::compareTo);
        String pair = countries.get(0) + "-" + countries.get(1);
        List<EventRecord> current = currentEvents(an);
        LocalDate published = Dates.isDay(a.published()) ? Dates.start(a.published()) : null;
        // A report cannot tell of what happened after it was published: such a date is a misreading (or a
        // meeting planned for later), never when the incident happened.
        LocalDate lastPossible = published == null ? LocalDate.MAX : published.plusDays(1);
        LocalDate latest = null;
        for (EventRecord e : current) {
            LocalDate s = Dates.start(e.date());
            if (s != null && !s.isAfter(lastPossible) && (latest == null || s.isAfter(latest))) {
                latest = s;
            }
        }
        LocalDate start = null;
        LocalDate end = null;
        String firstDay = null;
        String firstMonth = null;
        String firstActionDay = null;
        String firstActionMonth = null;
        if (latest != null) {
            LocalDate floor = latest.minusDays(ANCHOR_SPAN_DAYS);
            for (EventRecord e : current) {
                LocalDate s = Dates.start(e.date());
                if (s == null || s.isBefore(floor.withDayOfMonth(1)) || s.isAfter(lastPossible)) {
                    continue;
                }
                LocalDate en = Dates.end(e.date());
                en = en.isAfter(lastPossible) ? lastPossible : en;
                start = start == null || s.isBefore(start) ? s : start;
                end = end == null || en.isAfter(end) ? en : end;
                boolean action = IncidentDates.isAction(e.type());
                if (Dates.isDay(e.date())) {
                    firstDay = earliest(firstDay, e.date());
                    firstActionDay = action ? earliest(firstActionDay, e.date()) : firstActionDay;
                } else {
                    firstMonth = earliest(firstMonth, e.date());
                    firstActionMonth = action ? earliest(firstActionMonth, e.date()) : firstActionMonth;
                }
            }
        }
        firstMonth = uncovered(firstMonth, firstDay);
        firstActionMonth = uncovered(firstActionMonth, firstActionDay);
        Integer firstYear = null;
        Integer lastYear = null;
        for (EventRecord e : current) {
            int y = yearOnly(e.date());
            if (y > 0) {
                firstYear = firstYear == null || y < firstYear ? y : firstYear;
                lastYear = lastYear == null || y > lastYear ? y : lastYear;
            }
        }
        Set<Integer> hints = new HashSet<>();
        Set<String> appeals = new HashSet<>();
        Set<String> orgs = new HashSet<>();
        Set<String> places = new HashSet<>();
        for (EventRecord e : current) {
            int m = Dates.hintMonth(e.dateHint());
            if (m > 0) {
                hints.add(m);
            }
            if (e.appeal() != null && e.appeal().from() != null && e.appeal().to() != null) {
                appeals.add(e.appeal().from() + ">" + e.appeal().to());
            }
            if (e.type() == EventType.REJECTION || e.type() == EventType.CONSULTATION) {
                String org = Actors.organizationOf(e);
                if (org != null) {
                    countries.forEach(c -> appeals.add(c + ">" + org));
                }
            }
            if (e.actors() != null) {
                e.actors().stream().filter(x -> x.organization() != null).forEach(x -> orgs.add(x.organization()));
            }
            if (e.locations() != null) {
                e.locations().stream().filter(l -> l.name() != null)
                        .forEach(l -> places.add(l.name().toLowerCase(Locale.ROOT)));
            }
        }
        return new ArticleFeatures(pair, List.copyOf(countries), start, end, firstDay, firstMonth, firstActionDay,
                firstActionMonth, published, firstYear, lastYear, notBefore(an), hints, appeals, orgs, places, ReportWords.of(current));
    }

    private static String earliest(String current, String date) {
        return current == null || date.compareTo(current) < 0 ? date : current;
    }

    /** A first month no earlier than the first day's month says nothing earlier than the day: null then. */
    private static String uncovered(String month, String day) {
        return day != null && month != null && month.compareTo(day.substring(0, 7)) >= 0 ? null : month;
    }

    /** Events of the current incident: not background; denials left out (they did not happen as told). */
    static List<EventRecord> currentEvents(ArticleAnalysis an) {
        List<EventRecord> out = new ArrayList<>();
        if (an.events() != null) {
            for (EventRecord e : an.events()) {
                if (!e.background() && !e.negated()) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    /**
     * Background tells of earlier events ("the clashes of 2013"), so what the article reports is later than the
     * latest of them: the day after a dated one; a year-only one only rules out the years before it (the article
     * may report a later clash of that same year).
     */
    private static LocalDate notBefore(ArticleAnalysis an) {
        LocalDate out = null;
        if (an.events() == null) {
            return null;
        }
        for (EventRecord e : an.events()) {
            if (!e.background() || e.negated()) {
                continue;
            }
            LocalDate after = null;
            LocalDate end = Dates.end(e.date());
            if (end != null) {
                after = end.plusDays(1);
            } else if (yearOnly(e.date()) > 0) {
                after = LocalDate.of(yearOnly(e.date()), 1, 1);
            }
            if (after != null && (out == null || after.isAfter(out))) {
                out = after;
            }
        }
        return out;
    }

    /** The year of a year-only contract date ("2013"), or 0. */
    static int yearOnly(String date) {
        if (date == null || date.length() != 4) {
            return 0;
        }
        for (int k = 0; k < 4; k++) {
            if (date.charAt(k) < '0' || date.charAt(k) > '9') {
                return 0;
            }
        }
        return Integer.parseInt(date);
    }
}
