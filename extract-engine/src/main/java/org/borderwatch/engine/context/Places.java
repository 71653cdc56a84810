package org.borderwatch.engine.context;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.borderwatch.engine.gazetteer.CountryMention;
import org.borderwatch.engine.gazetteer.Gazetteer;
import org.borderwatch.engine.gazetteer.Place;
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
     * fight in Tigray").
     */
    private static final GatedPattern ELSEWHERE_BEFORE = GatedPattern.compile("(?:\\bnot (?:related to|part of|near)|\\boutside(?: of)?|\\bfar from|\\brather than|\\binstead of|\\baway from|\\bfled to|\\bleft (?:the |their )?\\w+ for|\\bevacuated to|\\brelocated to|\\btaken to(?: a)? hospitals? in|\\bto fight in)\\s+(?:the )?(?:[A-Z][\\w-]+[’']s\\s+)?$", Pattern.CASE_INSENSITIVE);

    private Places() {
    }

    static List<Located> of(Gazetteer gazetteer, String text, List<CountryMention> countries, List<String> parties) {
        Set<String> involved = new LinkedHashSet<>(parties);
        List<Located> out = new ArrayList<>();
        for (PlaceMatch m : gazetteer.findPlaces(text)) {
            if (overlapsCountryMention(countries, m.start(), m.end()) || notWhereItHappened(text, m.start(), m.end())) {
                continue;
            }
            gazetteer.resolve(m, involved).ifPresent(p -> out.add(new Located(m, p)));
        }
        return List.copyOf(out);
    }

    public static boolean notWhereItHappened(String text, int start, int end) {
        if (RIVER_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 8))).find()) {
            return true;
        }
        return ELSEWHERE_BEFORE.matcher(text.substring(Math.max(0, start - 48), start)).find();
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
