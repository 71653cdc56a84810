package org.borderwatch.query.incident;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.EventType;
import org.borderwatch.query.incident.PictureBuilder.Sourced;

/**
 * An incident's title, in words that take no side: "China–India clash (Ladakh), June 2020". Who attacked or
 * crossed into whom is what the parties dispute; the accusations show each side's claim, the title never does.
 * <ul>
 * <li>The two states by their English names in alphabetical order (neither first by the system's choice).</li>
 * <li>What: {@code clash} when the fighting (attacks, clashes, ceasefire violations, people killed or wounded)
 * falls on one day, {@code clashes} over several days; without fighting, {@code border standoff} for incursions
 * and troops at the border, {@code border incident} for other hostile acts, {@code border tensions} with none.</li>
 * <li>Where: the region named most with those acts, in brackets; when: the month of the first event date.</li>
 * </ul>
 */
final class Titles {
    private static final Set<EventType> FIGHTING = Set.of(EventType.ATTACK, EventType.CLASH,
            EventType.CEASEFIRE_VIOLATION);
    private static final Set<EventType> STANDOFF = Set.of(EventType.INCURSION, EventType.TROOP_PRESENCE);

    private Titles() {
    }

    static String title(List<String> countries, List<Sourced> events, String first) {
        Set<String> fightingDays = new TreeSet<>();
        boolean fighting = false;
        boolean standoff = false;
        boolean hostile = false;
        Map<String, Integer> regions = new LinkedHashMap<>();
        for (Sourced s : events) {
            EventRecord e = s.event();
            if (e.negated() || !PictureBuilder.isHostile(e.type())) {
                continue;
            }
            hostile = true;
            if (isFighting(e)) {
                fighting = true;
                if (Dates.isDay(e.date())) {
                    fightingDays.add(e.date());
                }
            }
            standoff |= STANDOFF.contains(e.type());
            for (EventRecord.Location l : e.locations() == null ? List.<EventRecord.Location>of() : e.locations()) {
                String region = l.admin1() != null ? l.admin1() : "region".equals(l.kind()) ? l.name() : null;
                if (region != null) {
                    regions.merge(region, 1, Integer::sum);
                }
            }
        }
        String a = countryName(countries.get(0));
        String b = countryName(countries.get(1));
        String pair = a.compareTo(b) <= 0 ? a + "–" + b : b + "–" + a;
        String what = fighting ? (fightingDays.size() > 1 ? " clashes" : " clash")
                : standoff ? " border standoff"
                : hostile ? " border incident"
                : " border tensions";
        String region = top(regions);
        String where = region == null ? "" : " (" + region + ")";
        String when = "";
        LocalDate d = Dates.start(first);
        if (d != null) {
            when = ", " + (first.length() >= 7 ? d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " : "")
                    + d.getYear();
        }
        return pair + what + where + when;
    }

    private static boolean isFighting(EventRecord e) {
        if (FIGHTING.contains(e.type())) {
            return true;
        }
        return e.type() == EventType.CASUALTIES && e.counts() != null
                && ((e.counts().killed() != null && e.counts().killed() > 0)
                        || (e.counts().wounded() != null && e.counts().wounded() > 0));
    }

    /** The key with the highest count; ties to the first seen (events are in content order, so deterministic). */
    private static String top(Map<String, Integer> counts) {
        String best = null;
        int n = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > n) {
                best = e.getKey();
                n = e.getValue();
            }
        }
        return best;
    }

    static String countryName(String code) {
        if (code == null) {
            return "?";
        }
        String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        return name == null || name.isBlank() || name.equals(code) ? code : name;
    }
}
