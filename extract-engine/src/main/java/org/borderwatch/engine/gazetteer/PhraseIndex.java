package org.borderwatch.engine.gazetteer;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Aho-Corasick double-array trie over folded keys with whole-word checks and "longest match wins, no overlaps".
 * Immutable after construction; {@link #find} allocates only its result, so it is safe to share between threads.
 */
final class PhraseIndex<V> {

    /** A whole-word hit in the scanned text. */
    record Hit<V>(int start, int end, V value) {
        int length() {
            return end - start;
        }
    }

    private final AhoCorasickDoubleArrayTrie<V> trie;
    private final int size;

    PhraseIndex(Map<String, V> byFoldedKey) {
        TreeMap<String, V> sorted = new TreeMap<>(byFoldedKey);
        sorted.remove("");
        this.trie = new AhoCorasickDoubleArrayTrie<>();
        this.size = sorted.size();
        if (!sorted.isEmpty()) {
            trie.build(sorted);
        }
    }

    int size() {
        return size;
    }

    /** Every whole-word hit (overlapping ones included). {@code folded} is {@link TextFold#fold} of {@code text}. */
    List<Hit<V>> findAll(String text, char[] folded) {
        List<Hit<V>> hits = new ArrayList<>();
        if (size == 0) {
            return hits;
        }
        trie.parseText(folded, (begin, end, value) -> {
            if (begin > 0 && TextFold.isWordChar(text.charAt(begin - 1))) {
                return;
            }
            if (end < text.length() && TextFold.isWordChar(text.charAt(end))) {
                return;
            }
            hits.add(new Hit<>(begin, end, value));
        });
        return hits;
    }

    /** Keeps the longest hits; among equally long ones the leftmost; no two kept hits overlap. Result by offset. */
    static <V> List<Hit<V>> longestNonOverlapping(List<Hit<V>> hits) {
        if (hits.size() < 2) {
            return hits;
        }
        List<Hit<V>> byLength = new ArrayList<>(hits);
        byLength.sort(Comparator.<Hit<V>>comparingInt(Hit::length).reversed().thenComparingInt(Hit::start));
        List<Hit<V>> kept = new ArrayList<>();
        for (Hit<V> h : byLength) {
            boolean overlaps = false;
            for (Hit<V> k : kept) {
                if (h.start() < k.end() && k.start() < h.end()) {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps) {
                kept.add(h);
            }
        }
        kept.sort(Comparator.comparingInt(Hit::start));
        return kept;
    }
}
