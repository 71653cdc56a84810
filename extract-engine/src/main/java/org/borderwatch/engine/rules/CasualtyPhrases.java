package org.borderwatch.engine.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.engine.text.GatedPattern;
import org.borderwatch.engine.text.Quantities;
import org.borderwatch.engine.text.ReferenceTable;

/**
 * The noun phrases that count casualties: "an officer and two soldiers", "more than 20 civilians", and whether
 * they are civilians. Offsets are offsets in the noun phrase given.
 */
final class CasualtyPhrases {

    private static final int F = Pattern.CASE_INSENSITIVE;

    /** Civilian and military nouns, from {@code /reference/casualty-nouns.tsv}. */
    private static final ReferenceTable NOUNS = ReferenceTable.load("casualty-nouns.tsv", 2);
    static final GatedPattern CIVILIAN_NOUN = GatedPattern.compile("\\b(" + nouns("civilian") + ")\\b", F);
    static final GatedPattern MILITARY_NOUN = GatedPattern.compile("\\b(" + nouns("military") + ")\\b", F);
    /** A number (digits, words, "a"/"an"), with "thousand"/"hundred" after it. */
    private static final GatedPattern NUMBER_TOKEN = GatedPattern.compile("(?i)\\b(\\d{1,3}(?:,\\d{3})+|\\d+|" + Quantities.NUMBER_WORDS
            + "|an?)\\b(?:\\s+(?:thousand|hundred))?");
    /** Nouns a number counts that are no people ("3 km", "two villages", "20 shells"). */
    private static final GatedPattern NOT_PEOPLE = GatedPattern.compile("(?i)\\b(km|kilomet\\w*|percent|years?(?!-)|days?|hours?|weeks?|months?|times|am|pm|villages?|districts?|positions?|directions?|sections?|areas?|posts?|points?|decades?|round|of the|shells?|rounds?)\\b");
    /** After "a"/"an", the singular of a person: "a soldier", "an Armenian officer". */
    private static final GatedPattern ONE_PERSON = GatedPattern.compile("(?i)^\\s+(?:[A-Z][\\w.-]+\\s+)?(?:[\\w-]+\\s+){0,2}?(soldier|serviceman|officer|civilian|villager|resident|guard|border guard|child|woman|man|captain|policeman|member|fighter|person|shepherd|farmer|herder|fisherman|national|citizen|tourist|boy|girl|teenager|contractor|sailor|pilot|conscript|rebel|driver)\\b");
    /** A qualifier ending the text: "more than ", "about ". */
    static final GatedPattern QUALIFIER_AT_END = GatedPattern.compile("(?i)\\b(" + Quantities.QUALIFIERS + ")\\s+$");
    private static final GatedPattern AND_AT_END = GatedPattern.compile("(?i)\\s+and\\s*$");

    private CasualtyPhrases() {
    }

    /** The expressions of one kind of the table as alternatives, in file order. */
    private static String nouns(String kind) {
        List<String> of = NOUNS.rows().stream().filter(r -> r[1].equals(kind)).map(r -> r[0]).toList();
        if (of.isEmpty()) {
            throw new IllegalStateException(NOUNS.name() + " has no " + kind + " nouns");
        }
        return String.join("|", of);
    }

    /**
     * The number phrases that end a noun phrase before a casualty verb, right to left through "and":
     * each {start, end, value, qualified (1/0)}.
     */
    static List<int[]> numberChain(String np) {
        List<int[]> out = new ArrayList<>();
        int end = np.length();
        while (true) {
            String part = np.substring(0, end);
            Matcher n = NUMBER_TOKEN.matcher(part);
            int bestStart = -1;
            int bestEnd = -1;
            while (n.find()) {
                String rest = part.substring(n.end());
                if (rest.isBlank() || rest.strip().split(" ").length <= 5 && !rest.contains(" and ")) {
                    bestStart = n.start();
                    bestEnd = n.end();
                    break;
                }
            }
            if (bestStart < 0) {
                break;
            }
            String token = part.substring(bestStart, bestEnd);
            String rest = part.substring(bestEnd);
            Integer value = numberValue(token);
            if (token.length() == 4 && value != null && value >= 1900 && value <= 2099) {
                break; // a year ("clashes in 2008 and 2009 killed several soldiers")
            }
            boolean article = token.equalsIgnoreCase("a") || token.equalsIgnoreCase("an");
            if (value == null || NOT_PEOPLE.matcher(rest).find() || (article && rest.isBlank())
                    || (article && !ONE_PERSON.matcher(rest).find())) {
                break;
            }
            String before = part.substring(0, bestStart);
            boolean qualified = QUALIFIER_AT_END.matcher(before).find();
            out.add(new int[] {bestStart, end, value, qualified ? 1 : 0});
            Matcher and = AND_AT_END.matcher(QUALIFIER_AT_END.matcher(before).replaceAll(""));
            if (!and.find()) {
                break;
            }
            end = and.start();
        }
        return out;
    }

    /** True when {@code rest} (after "a"/"an") names one person: " Kazakh herder", " 22-year-old man". */
    static boolean onePerson(String rest) {
        return ONE_PERSON.matcher(rest).find();
    }

    /** The qualifier right before the number at {@code numberStart}, or null. */
    static String qualifierAt(String np, int numberStart) {
        Matcher q = QUALIFIER_AT_END.matcher(np.substring(0, numberStart));
        return q.find() ? q.group(1) : null;
    }

    static Integer numberValue(String token) {
        String t = token.strip().toLowerCase(Locale.ROOT);
        int mult = 1;
        if (t.endsWith(" thousand")) {
            mult = 1000;
            t = t.substring(0, t.length() - 9).strip();
        } else if (t.endsWith(" hundred")) {
            mult = 100;
            t = t.substring(0, t.length() - 8).strip();
        }
        Integer v = Quantities.value(t);
        return v == null ? null : v * mult;
    }

    /** True for civilians, false for soldiers, null when the phrase does not tell ("people"). */
    static Boolean civilianOf(String phrase) {
        if (CIVILIAN_NOUN.matcher(phrase).find()) {
            return Boolean.TRUE;
        }
        if (MILITARY_NOUN.matcher(phrase).find()) {
            return Boolean.FALSE;
        }
        return null;
    }
}
