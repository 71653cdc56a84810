package org.borderwatch.engine.context;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.borderwatch.engine.gazetteer.CountryMention;
import org.borderwatch.engine.gazetteer.Gazetteer;
import org.borderwatch.engine.gazetteer.Place;
import org.borderwatch.engine.gazetteer.PlaceKind;
import org.borderwatch.engine.gazetteer.PlaceMatch;
import org.borderwatch.engine.text.GatedPattern;

/** The places of an article that can be where something happened, resolved towards the article's parties. */
public final class Places {

    /** A place named in the text and the gazetteer entry it was resolved to. */
    public record Located(PlaceMatch match, Place place) {
    }

    /** "the Isfara river", "the Helmand River": a river named like a town or province, not the place. */
    private static final GatedPattern RIVER_AFTER = GatedPattern.compile("^\\s+[Rr]iver\\b");
    /**
     * Places named as elsewhere: a destination of flight ("several families left the town for Quetta", "taken to a
     * hospital in ..."), a contrast ("that are not related to Nagorno-Karabakh"), another front ("pulled north to
     * fight in Tigray"), a reference point ("80 km north of X", "off the northern tip of X").
     */
    private static final GatedPattern ELSEWHERE_BEFORE = GatedPattern.compile("(?:\\bnot (?:related to|part of|near)|\\boutside(?: of)?|\\bfar from|\\brather than|\\binstead of|\\baway from|\\bfled to|\\bleft (?:the |their )?\\w+ for|\\bevacuated to|\\brelocated to|\\btaken to(?: a)? hospitals? in|\\bto fight in|\\b(?:km|kilomet(?:er|re)s?|miles|tip)\\s+(?:\\w+\\s+)?of)\\s+(?:the )?(?:[A-Z][\\w-]+[’']s\\s+)?$", Pattern.CASE_INSENSITIVE);

    private Places() {
    }

    static List<Located> of(Gazetteer gazetteer, String text, List<CountryMention> countries, List<String> parties) {
        Set<String> involved = new LinkedHashSet<>(parties);
        List<Located> named = NamedPlaces.find(text, countries);
        List<Located> out = new ArrayList<>();
        for (PlaceMatch m : gazetteer.findPlaces(text)) {
            if (overlapsCountryMention(countries, m.start(), m.end()) || notWhereItHappened(text, m.start(), m.end())
                    || insideLongerName(named, m) || isDateline(text, m.start(), m.end())) {
                continue;
            }
            gazetteer.resolve(m, involved).ifPresent(p -> out.add(new Located(m, p)));
        }
        List<Located> known = List.copyOf(out);
        for (Located n : named) {
            PlaceMatch m = n.match();
            if (!coveredBy(known, m) && !notWhereItHappened(text, m.start(), m.end())) {
                out.add(n.place().country() != null ? n : withNeighbourCountry(n, known, text, involved));
            }
        }
        out.sort(java.util.Comparator.comparingInt(l -> l.match().start()));
        return List.copyOf(out);
    }

    public static boolean notWhereItHappened(String text, int start, int end) {
        if (RIVER_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 8))).find()) {
            return true;
        }
        return ELSEWHERE_BEFORE.matcher(text.substring(Math.max(0, start - 48), start)).find();
    }

    /**
     * A place no gazetteer holds lies where the known place named with it in the sentence lies ("Varsk and Tolsk
     * in Dorno district", "the Kesh sector in northern Dorno"): the nearest such place in a party state gives its
     * state and province. Without one the state stays unknown.
     */
    private static Located withNeighbourCountry(Located n, List<Located> known, String text, Set<String> involved) {
        int from = sentenceStart(text, n.match().start());
        int to = sentenceEnd(text, n.match().end());
        Located nearest = null;
        int best = Integer.MAX_VALUE;
        for (Located k : known) {
            if (k.match().start() < from || k.match().end() > to || !involved.contains(k.place().country())) {
                continue;
            }
            int d = Math.abs(k.match().start() - n.match().start());
            if (d < best) {
                best = d;
                nearest = k;
            }
        }
        if (nearest == null) {
            return n;
        }
        Place k = nearest.place();
        String admin1 = k.kind() == PlaceKind.REGION ? k.name() : k.admin1();
        Place p = n.place();
        Place placed = new Place(p.name(), p.kind(), k.country(), admin1, null, null, 0, false);
        return new Located(new PlaceMatch(n.match().text(), n.match().start(), n.match().end(), List.of(placed)),
                placed);
    }

    private static int sentenceStart(String text, int at) {
        int i = at;
        while (i > 0 && text.charAt(i - 1) != '\n' && !(text.charAt(i - 1) == ' ' && i > 1 && text.charAt(i - 2) == '.')) {
            i--;
        }
        return i;
    }

    private static int sentenceEnd(String text, int at) {
        int i = at;
        while (i < text.length() && text.charAt(i) != '\n' && !(text.charAt(i) == '.' && (i + 1 == text.length()
                || text.charAt(i + 1) == ' '))) {
            i++;
        }
        return i;
    }

    /** What may precede a dateline's place on its line: nothing, or the " date 2023-02-20 " line of the corpus. */
    private static final GatedPattern LINE_START = GatedPattern.compile("^\\s*(?:date \\d{4}-\\d{2}-\\d{2}\\s+)?$");
    /** After a dateline's place: ", Feb 20 (DNA):", " (Reuters) -", ", Oct 4 -", ":" (the place in capitals). */
    private static final GatedPattern DATELINE_AFTER = GatedPattern.compile("^(?:,? (?:[A-Z][a-z]+ )?(?:Jan|Feb|Mar"
            + "|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.? \\d|(?:, [A-Z][\\w .]+)? ?\\([A-Z][\\w .]*\\) ?[-–—:])");
    private static final GatedPattern CAPITALS_AFTER = GatedPattern.compile("^(?:, [A-Z][\\w .]+)? ?[:—–-]");

    /**
     * "PESHAWAR, Feb 20 (DNA): ...", "ALGIERS: ...": the place a story was filed from, at the start of a line, is
     * not where anything happened.
     */
    static boolean isDateline(String text, int start, int end) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        if (!LINE_START.matcher(text.substring(lineStart, start)).find()) {
            return false;
        }
        String after = text.substring(end, Math.min(text.length(), end + 40));
        String written = text.substring(start, end);
        boolean capitals = written.equals(written.toUpperCase(java.util.Locale.ROOT));
        return DATELINE_AFTER.matcher(after).find() || capitals && CAPITALS_AFTER.matcher(after).find();
    }

    /** "Preah Vihear" inside "the Preah Vihear temple": the temple is the place, not the province. */
    private static boolean insideLongerName(List<Located> named, PlaceMatch m) {
        for (Located n : named) {
            PlaceMatch nm = n.match();
            if (nm.start() <= m.start() && m.end() <= nm.end() && nm.end() - nm.start() > m.end() - m.start()) {
                return true;
            }
        }
        return false;
    }

    /** A named place the gazetteer knows under the same words ("Uri" of "Uri sector") keeps the gazetteer's entry. */
    private static boolean coveredBy(List<Located> known, PlaceMatch m) {
        for (Located k : known) {
            if (k.match().start() < m.end() && m.start() < k.match().end()) {
                return true;
            }
        }
        return false;
    }

    /** "Baku claims" (a capital as metonym), or a place named like a country. */
    private static boolean overlapsCountryMention(List<CountryMention> countries, int start, int end) {
        for (CountryMention c : countries) {
            if (c.start() < end && start < c.end()) {
                return true;
            }
        }
        return false;
    }
}
