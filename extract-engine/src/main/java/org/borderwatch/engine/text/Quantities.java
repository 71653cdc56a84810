package org.borderwatch.engine.text;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/** Numbers as news writes them: digits, "1,000", words, with qualifiers ("more than 250", "nearly 300"). */
public final class Quantities {

    public record Quantity(int value, String qualifier, int start, int end) {
    }

    public static final String NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
            + "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
            + "|a dozen|a hundred|hundred|a thousand";
    public static final String QUALIFIERS = "more than|over|at least|nearly|almost|about|around|some|up to|approximately"
            + "|roughly|as many as|no fewer than|no less than|an estimated|close to|fewer than|less than";

    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("a dozen", 12), Map.entry("a hundred", 100), Map.entry("hundred", 100),
            Map.entry("a thousand", 1000), Map.entry("a", 1), Map.entry("an", 1));

    /** qualifier? number (digits with separators, or a word), ending at the end of the input. */
    private static final GatedPattern TRAILING = GatedPattern.compile("(?i)(?:\\b(" + QUALIFIERS + ")\\s+)?\\b(\\d{1,3}(?:,\\d{3})+|\\d+|"
            + NUMBER_WORDS + "|an?)\\b(?:-strong)?\\s*$");
    static final GatedPattern ANY = GatedPattern.compile("(?i)(?:\\b(" + QUALIFIERS + ")\\s+)?\\b(\\d{1,3}(?:,\\d{3})+|\\d+|"
            + NUMBER_WORDS + ")\\b");

    private Quantities() {
    }

    public static Integer value(String token) {
        String t = token.toLowerCase(Locale.ROOT).replace(",", "");
        if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
            try {
                return Integer.parseInt(t);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return WORDS.get(t);
    }

    public static String qualifier(String q) {
        if (q == null) {
            return null;
        }
        return switch (q.toLowerCase(Locale.ROOT)) {
            case "more than", "over" -> "more than";
            case "at least", "no fewer than", "no less than" -> "at least";
            case "up to", "as many as" -> "up to";
            case "fewer than", "less than" -> "less than";
            default -> "about";
        };
    }

    /** The quantity that ends {@code s} (after trimming), with offsets relative to s. */
    public static Quantity trailing(String s) {
        Matcher m = TRAILING.matcher(s);
        if (!m.find()) {
            return null;
        }
        Integer v = value(m.group(2));
        return v == null ? null : new Quantity(v, qualifier(m.group(1)), m.start(), m.end());
    }

    /** The first quantity at the start of {@code s}. */
    public static Quantity leading(String s) {
        Matcher m = ANY.anchoredMatcher(s);
        if (!m.lookingAt()) {
            return null;
        }
        Integer v = value(m.group(2));
        return v == null ? null : new Quantity(v, qualifier(m.group(1)), m.start(), m.end());
    }
}
