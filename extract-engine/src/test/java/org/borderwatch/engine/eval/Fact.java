package org.borderwatch.engine.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One scorable fact of one category: named fields with string values. An expected fact's null field is
 * "not checked" (the label does not know or does not care); a predicted fact's null field matches only a null
 * or unchecked expected field.
 *
 * <p>Field comparison is case- and diacritics-insensitive. Some fields compare specially, because labels and
 * engines legitimately spell them differently: {@code name} and {@code admin1} match when any alias of one side
 * equals any alias of the other ("Sev Lidj (Black Lake)" has the aliases "Sev Lidj" and "Black Lake"; a label's
 * "Sisaket (Si Sa Ket)" accepts the GeoNames spelling), and
 * {@code instrument} matches when one folded value contains the other ("Article 2" vs "Article 2 of the
 * Collective Security Treaty").
 */
public record Fact(String category, Map<String, String> fields) {

    public Fact {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public static Fact of(String category, String... keyValues) {
        if (keyValues.length % 2 != 0) {
            throw new IllegalArgumentException("key/value pairs expected");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            fields.put(keyValues[i], keyValues[i + 1]);
        }
        return new Fact(category, fields);
    }

    /** True when this (expected) fact is satisfied by the predicted one. */
    public boolean isMatchedBy(Fact predicted) {
        if (!category.equals(predicted.category)) {
            return false;
        }
        for (Map.Entry<String, String> field : fields.entrySet()) {
            String want = field.getValue();
            if (want == null) {
                continue;
            }
            String got = predicted.fields.get(field.getKey());
            if (got == null || !fieldMatches(field.getKey(), want, got)) {
                return false;
            }
        }
        return true;
    }

    static boolean fieldMatches(String field, String want, String got) {
        return switch (field) {
            case "name", "admin1" -> aliases(want).stream().anyMatch(aliases(got)::contains);
            case "instrument" -> {
                String w = fold(want);
                String g = fold(got);
                yield w.contains(g) || g.contains(w);
            }
            default -> fold(want).equals(fold(got));
        };
    }

    /** "Sev Lidj (Black Lake)" -> [sev lidj (black lake), sev lidj, black lake]; "A / B" -> [a / b, a, b]. */
    static List<String> aliases(String name) {
        List<String> out = new ArrayList<>();
        out.add(fold(name));
        String outer = name.replaceAll("\\([^)]*\\)", " ");
        for (String part : outer.split("[/;]")) {
            if (!fold(part).isEmpty()) {
                out.add(fold(part));
            }
        }
        // "Batken Region", "Gedaref State" and "Batken", "Gedaref" name one place
        for (String a : List.copyOf(out)) {
            String bare = a.replaceAll(" (region|province|oblast|district|governorate|state)$", "");
            if (!bare.equals(a) && !bare.isEmpty()) {
                out.add(bare);
            }
        }
        java.util.regex.Matcher inner = java.util.regex.Pattern.compile("\\(([^)]*)\\)").matcher(name);
        while (inner.find()) {
            out.add(fold(inner.group(1)));
        }
        return out;
    }

    /** Lower case, no diacritics, no punctuation, single spaces, no leading article "the". */
    static String fold(String s) {
        String noMarks = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String folded = noMarks.toLowerCase(Locale.ROOT)
                .replace('’', '\'')
                .replaceAll("[^\\p{L}\\p{N}.]+", " ")
                .strip()
                .replaceAll("\\s+", " ");
        return folded.startsWith("the ") ? folded.substring(4) : folded;
    }

    @Override
    public String toString() {
        return fields.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", ", category + "{", "}"));
    }
}
