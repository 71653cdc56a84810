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
    /** Group 1: the weapon; group 2 + i: row i of the table (so a match tells its row without matching again). */
    static final GatedPattern WEAPON = GatedPattern.compile("\\b(" + String.join("|", TABLE.firstColumn().stream()
            .map(Weapons::rowGroup).toList()) + ")\\b", Pattern.CASE_INSENSITIVE);

    private Weapons() {
    }

    /** The weapons named in {@code t}, each once, in text order. */
    static List<String> in(String t) {
        List<String> weapons = new ArrayList<>();
        Matcher w = WEAPON.matcher(t);
        while (w.find()) {
            String weapon = name(w);
            if (!weapons.contains(weapon)) {
                weapons.add(weapon);
            }
        }
        return weapons;
    }

    /** The table's name for a match of {@link #WEAPON}; "-" rows keep the words, lower-cased. */
    private static String name(Matcher w) {
        for (int row = 0; row < TABLE.rows().size(); row++) {
            if (w.start(row + 2) >= 0) {
                String name = TABLE.rows().get(row)[1];
                return name.equals("-") ? w.group(1).toLowerCase(Locale.ROOT) : name;
            }
        }
        throw new IllegalStateException("a weapon matched no row of " + TABLE.name() + ": " + w.group(1));
    }

    /** A row's expression as a group of its own; a row must not open groups of its own (they would shift the rows). */
    private static String rowGroup(String expression) {
        if (expression.contains("(")) {
            throw new IllegalStateException(TABLE.name() + ": a row is a plain expression without groups: " + expression);
        }
        return "(" + expression + ")";
    }
}
