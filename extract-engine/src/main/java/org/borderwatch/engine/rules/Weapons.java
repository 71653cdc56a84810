package org.borderwatch.engine.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.engine.text.GatedPattern;
import org.borderwatch.engine.text.ReferenceTable;

/** The weapons a sentence names, by the names records carry; the lexicon is {@code /reference/weapons.tsv}. */
final class Weapons {

    private static final ReferenceTable TABLE = ReferenceTable.load("weapons.tsv", 2);
    static final GatedPattern WEAPON = GatedPattern.compile("\\b(" + TABLE.alternatives() + ")\\b", Pattern.CASE_INSENSITIVE);
    /** Each row's expression alone, to tell which row a match is. */
    private static final List<GatedPattern> ROWS = TABLE.rows().stream()
            .map(r -> GatedPattern.compile(r[0], Pattern.CASE_INSENSITIVE)).toList();

    private Weapons() {
    }

    /** The weapons named in {@code t}, each once, in text order. */
    static List<String> in(String t) {
        List<String> weapons = new ArrayList<>();
        Matcher w = WEAPON.matcher(t);
        while (w.find()) {
            String weapon = name(w.group(1));
            if (!weapons.contains(weapon)) {
                weapons.add(weapon);
            }
        }
        return weapons;
    }

    /** The lexicon's name for the words {@code found}; "-" rows keep the words, lower-cased. */
    static String name(String found) {
        for (int i = 0; i < ROWS.size(); i++) {
            if (ROWS.get(i).anchoredMatcher(found).matches()) {
                String name = TABLE.rows().get(i)[1];
                return name.equals("-") ? found.toLowerCase(Locale.ROOT) : name;
            }
        }
        throw new IllegalStateException("a weapon matched no row of " + TABLE.name() + ": " + found);
    }
}
