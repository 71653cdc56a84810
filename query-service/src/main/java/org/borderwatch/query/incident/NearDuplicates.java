package org.borderwatch.query.incident;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.borderwatch.contract.EventRecord;

/**
 * Finds near-duplicate copies of one report (syndication: the same wire story in two outlets, lightly edited).
 * Each text becomes a sample of its word 5-shingles (those whose hash is 0 mod 8, so the sample of a shared
 * passage is the same in both copies); two articles are copies when the shared samples cover at least 35% of
 * the smaller one. Copies form groups (union-find); the earliest ingested article of a group is the original.
 * The result depends only on the set of articles, not on the order they arrived in.
 */
public final class NearDuplicates {
    static final int SHINGLE_WORDS = 5;
    static final int SAMPLE_MASK = 7;
    static final double MIN_CONTAINMENT = 0.35;
    static final int MIN_SAMPLES = 6;
    /** Samples shared by more articles than this are boilerplate (footers), not evidence of copying. */
    static final int COMMON_SAMPLE = 50;

    private final Map<String, long[]> samples = new ConcurrentHashMap<>();

    /** @return articleId -> id of the original it copies; originals and unique articles are absent */
    public Map<String, String> duplicateOf(List<ArticleState> articles) {
        List<ArticleState> sorted = new ArrayList<>(articles);
        sorted.sort(ArticleState.BY_SORT_KEY);
        int n = sorted.size();
        long[][] sample = new long[n][];
        int total = 0;
        for (int i = 0; i < n; i++) {
            sample[i] = samplesOf(sorted.get(i));
            total += sample[i].length;
        }
        // (sample hash, article) pairs packed in one long and sorted: equal samples become runs, with no boxing.
        int indexBits = Math.max(1, 64 - Long.numberOfLeadingZeros(n));
        long indexMask = (1L << indexBits) - 1;
        long[] packed = new long[total];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (long h : sample[i]) {
                packed[k++] = (h << indexBits) | i;
            }
        }
        Arrays.sort(packed);
        PairCounts shared = new PairCounts(Math.max(16, total));
        for (int start = 0; start < total; ) {
            long hash = packed[start] >>> indexBits;
            int end = start + 1;
            while (end < total && (packed[end] >>> indexBits) == hash) {
                end++;
            }
            int size = end - start;
            if (size >= 2 && size <= COMMON_SAMPLE) {
                for (int a = start; a < end; a++) {
                    for (int b = a + 1; b < end; b++) {
                        long i = packed[a] & indexMask;
                        long j = packed[b] & indexMask;
                        if (i != j) {
                            shared.increment((Math.min(i, j) << 32) | Math.max(i, j));
                        }
                    }
                }
            }
            start = end;
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int slot = 0; slot < shared.keys.length; slot++) {
            int count = shared.counts[slot];
            if (count == 0) {
                continue;
            }
            long pair = shared.keys[slot];
            int i = (int) (pair >>> 32);
            int j = (int) (pair & 0xffffffffL);
            int smaller = Math.min(sample[i].length, sample[j].length);
            if (smaller >= MIN_SAMPLES && count >= MIN_CONTAINMENT * smaller) {
                union(parent, i, j); // the order of unions does not matter: a root is always its group's smallest
            }
        }
        Map<String, String> result = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (root != i) {
                // Roots are always the smallest index of a group (union keeps the smaller), i.e. the earliest.
                result.put(sorted.get(i).articleId(), sorted.get(root).articleId());
            }
        }
        return result;
    }

    private long[] samplesOf(ArticleState a) {
        if (a.shingles() != null) {
            samples.remove(a.articleId()); // the raw text's sample replaces the stand-in
            return a.shingles(); // of the raw text, taken when the raw record arrived
        }
        // No raw record (yet): the evidence sentences stand in for the text.
        return samples.computeIfAbsent(a.articleId(), k -> sample(evidenceOf(a)));
    }

    private static String evidenceOf(ArticleState a) {
        if (a.analysis() == null || a.analysis().events() == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (EventRecord e : a.analysis().events()) {
            if (e.evidence() != null && e.evidence().sentence() != null) {
                sb.append(e.evidence().sentence()).append(' ');
            }
        }
        return sb.toString();
    }

    static long[] sample(String text) {
        long[] words = new long[Math.max(16, text.length() / 4)];
        int count = 0;
        long h = 0;
        boolean inWord = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                h = h * 31 + Character.toLowerCase(c);
                inWord = true;
            } else if (inWord) {
                if (count == words.length) {
                    words = Arrays.copyOf(words, count * 2);
                }
                words[count++] = h;
                h = 0;
                inWord = false;
            }
        }
        long[] out = new long[Math.max(0, count - SHINGLE_WORDS + 1)];
        int m = 0;
        for (int i = 0; i + SHINGLE_WORDS <= count; i++) {
            long s = 1469598103934665603L;
            for (int k = 0; k < SHINGLE_WORDS; k++) {
                s = (s ^ words[i + k]) * 1099511628211L;
            }
            s ^= (s >>> 29);
            if ((s & SAMPLE_MASK) == 0) {
                out[m++] = s;
            }
        }
        return Arrays.stream(out, 0, m).distinct().sorted().toArray();
    }

    /**
     * Shared-sample counts by pair of articles, open addressing on primitive arrays: a pair is counted once per
     * shared sample, up to ~1,200 times per sample, and boxed map entries made this the query-service's hottest
     * loop while a pair of states of thousands of articles was re-derived.
     */
    private static final class PairCounts {
        long[] keys;
        int[] counts;
        private int size;

        PairCounts(int expected) {
            int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
            keys = new long[capacity];
            counts = new int[capacity];
        }

        void increment(long key) {
            int mask = keys.length - 1;
            int slot = (int) mix(key) & mask;
            while (counts[slot] != 0) {
                if (keys[slot] == key) {
                    counts[slot]++;
                    return;
                }
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            counts[slot] = 1;
            if (++size * 2 > keys.length) {
                grow();
            }
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldCounts = counts;
            keys = new long[oldKeys.length * 2];
            counts = new int[oldKeys.length * 2];
            int mask = keys.length - 1;
            for (int k = 0; k < oldKeys.length; k++) {
                if (oldCounts[k] != 0) {
                    int slot = (int) mix(oldKeys[k]) & mask;
                    while (counts[slot] != 0) {
                        slot = (slot + 1) & mask;
                    }
                    keys[slot] = oldKeys[k];
                    counts[slot] = oldCounts[k];
                }
            }
        }

        private static long mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return h ^ (h >>> 32);
        }
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
