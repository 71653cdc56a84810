package org.borderwatch.query.incident;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.borderwatch.contract.EventRecord;

/**
 * The words reports of one incident share. Reports of one clash by different outlets name the same village, ship,
 * officer, weapon or deal; reports of another clash of the same pair name others. The words are those of an
 * article's evidence sentences (the read model keeps no text), and a word counts by how rare it is among the
 * pair's articles: "border" or "troops" appear in all of them and weigh nothing, a village's name in one
 * incident's reports weighs much.
 */
final class ReportWords {
    /** Shortest word kept: shorter ones are mostly function words. */
    private static final int MIN_LENGTH = 4;
    private static final Set<String> COMMON = Set.of("that", "with", "from", "this", "have", "were", "said", "they",
            "their", "been", "which", "would", "after", "also", "about", "there", "when", "into", "more", "than",
            "other", "over", "some", "such", "them", "then", "these", "will", "while", "where", "what", "says",
            "told", "according", "since", "before", "during", "against", "between", "both", "each", "could", "should",
            "being", "those", "through", "under", "until", "upon", "very", "just", "only", "like", "many", "most",
            "much", "must", "near", "not", "our", "out", "own", "same", "still", "here", "today", "yesterday",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "june", "july", "august", "september", "october", "november", "december", "week",
            "year", "years", "month", "months", "days", "last", "first", "second", "later", "earlier", "statement");

    private final Map<String, Double> weight = new HashMap<>();

    /** @param articles the words of each of the pair's articles */
    ReportWords(Collection<Set<String>> articles) {
        Map<String, Integer> df = new HashMap<>();
        for (Set<String> words : articles) {
            words.forEach(w -> df.merge(w, 1, Integer::sum));
        }
        int n = articles.size();
        df.forEach((w, count) -> {
            // a word of one report alone cannot be shared; one in every report of a large pair weighs ~0
            if (count > 1) {
                weight.put(w, Math.log((n + 1.0) / count));
            }
        });
    }

    /** Cosine of the two word sets, each word weighed by its rarity among the pair's articles; 0 to 1. */
    double similarity(Set<String> article, Set<String> group) {
        double shared = 0;
        double a = 0;
        for (String w : article) {
            Double x = weight.get(w);
            if (x != null) {
                a += x * x;
                if (group.contains(w)) {
                    shared += x * x;
                }
            }
        }
        if (shared == 0) {
            return 0;
        }
        double g = 0;
        for (String w : group) {
            Double x = weight.get(w);
            if (x != null) {
                g += x * x;
            }
        }
        return shared / Math.sqrt(a * g);
    }

    /** The distinct words of the evidence sentences of an article's events, lower-cased. */
    static Set<String> of(List<EventRecord> events) {
        Set<String> sentences = new HashSet<>();
        Set<String> out = new HashSet<>();
        for (EventRecord e : events) {
            if (e.evidence() == null || e.evidence().sentence() == null || !sentences.add(e.evidence().sentence())) {
                continue;
            }
            String s = e.evidence().sentence();
            int k = 0;
            while (k < s.length()) {
                while (k < s.length() && !Character.isLetterOrDigit(s.charAt(k))) {
                    k++;
                }
                int from = k;
                while (k < s.length() && (Character.isLetterOrDigit(s.charAt(k)) || s.charAt(k) == '-')) {
                    k++;
                }
                if (k - from >= MIN_LENGTH) {
                    String w = s.substring(from, k).toLowerCase(Locale.ROOT);
                    if (!COMMON.contains(w)) {
                        out.add(w);
                    }
                }
            }
        }
        return out;
    }
}
