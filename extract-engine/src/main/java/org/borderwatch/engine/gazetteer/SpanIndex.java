package org.borderwatch.engine.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whole-word dictionary for the ~160,000 place names: an open-addressing hash table over folded keys, probed with
 * every (word start, word end) span of the text that fits the longest key. It finds exactly what an Aho-Corasick
 * automaton plus word-boundary checks finds, but builds in tens of milliseconds where the double-array trie needs
 * about two seconds for this many keys (measured), and a lookup allocates nothing.
 *
 * <p>Two things keep the scan linear in practice: the span hash is extended char by char instead of recomputed for
 * every end, and a span stops growing as soon as the text so far is no "word prefix" of any key (a key prefix that
 * is followed in the key by a separator). A hash set of those prefixes answers that; a hash collision only lets a
 * span grow one more word, so the result is exactly that of probing every span.
 */
final class SpanIndex {

    private final String[] keys;
    private final int[] firstId;
    private final int[] idCount;
    private final int[] ids;
    private final int mask;
    private final int maxKeyLength;
    private final int size;
    /** Hashes (String.hashCode of the folded text) of every word prefix of a key, open addressing; see WORD_BREAK. */
    private final int[] prefixHashes;
    private final boolean[] prefixUsed;
    private final int prefixMask;

    /**
     * Folded chars that a non-word char of the text can fold to. A span of the text can only continue into a longer
     * key across a position whose folded char is one of these, so word prefixes are cut exactly there.
     */
    private static final boolean[] WORD_BREAK = new boolean[65536];

    static {
        for (int c = 0; c < 65536; c++) {
            if (!TextFold.isWordChar((char) c)) {
                WORD_BREAK[TextFold.fold((char) c)] = true;
            }
        }
    }

    /** {@code byKey}: folded key -> place ids (best first). */
    SpanIndex(Map<String, int[]> byKey) {
        int capacity = Integer.highestOneBit(Math.max(16, byKey.size() * 2 - 1)) << 1;
        this.keys = new String[capacity];
        this.firstId = new int[capacity];
        this.idCount = new int[capacity];
        this.mask = capacity - 1;
        int total = 0;
        for (int[] v : byKey.values()) {
            total += v.length;
        }
        this.ids = new int[total];
        int next = 0;
        int longest = 0;
        for (Map.Entry<String, int[]> e : byKey.entrySet()) {
            String k = e.getKey();
            if (k.isEmpty()) {
                continue;
            }
            int slot = spread(k.hashCode()) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = k;
            firstId[slot] = next;
            idCount[slot] = e.getValue().length;
            System.arraycopy(e.getValue(), 0, ids, next, e.getValue().length);
            next += e.getValue().length;
            longest = Math.max(longest, k.length());
        }
        this.maxKeyLength = longest;
        this.size = byKey.size();

        int prefixCount = 0;
        for (String k : byKey.keySet()) {
            for (int i = 1; i <= k.length(); i++) {
                if (i == k.length() || WORD_BREAK[k.charAt(i)]) {
                    prefixCount++;
                }
            }
        }
        int prefixCapacity = Integer.highestOneBit(Math.max(16, prefixCount * 2 - 1)) << 1;
        this.prefixHashes = new int[prefixCapacity];
        this.prefixUsed = new boolean[prefixCapacity];
        this.prefixMask = prefixCapacity - 1;
        for (String k : byKey.keySet()) {
            int h = 0;
            for (int i = 0; i < k.length(); i++) {
                h = 31 * h + k.charAt(i);
                if (i + 1 == k.length() || WORD_BREAK[k.charAt(i + 1)]) {
                    addPrefixHash(h);
                }
            }
        }
    }

    private void addPrefixHash(int h) {
        int slot = spread(h) & prefixMask;
        while (prefixUsed[slot]) {
            if (prefixHashes[slot] == h) {
                return;
            }
            slot = (slot + 1) & prefixMask;
        }
        prefixUsed[slot] = true;
        prefixHashes[slot] = h;
    }

    /** Whether some key may start with a folded span of this hash followed by a separator (or end there). */
    private boolean mayBeWordPrefix(int h) {
        int slot = spread(h) & prefixMask;
        while (prefixUsed[slot]) {
            if (prefixHashes[slot] == h) {
                return true;
            }
            slot = (slot + 1) & prefixMask;
        }
        return false;
    }

    int size() {
        return size;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** Slot of the folded span [start, end), or -1. */
    private int lookup(char[] folded, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + folded[i];
        }
        return lookup(folded, start, end, h);
    }

    /** Slot of the folded span [start, end) whose String hash is {@code h}, or -1. */
    private int lookup(char[] folded, int start, int end, int h) {
        int len = end - start;
        int slot = spread(h) & mask;
        String k;
        while ((k = keys[slot]) != null) {
            if (k.length() == len && k.hashCode() == h && same(k, folded, start)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private static boolean same(String k, char[] folded, int start) {
        for (int i = 0; i < k.length(); i++) {
            if (k.charAt(i) != folded[start + i]) {
                return false;
            }
        }
        return true;
    }

    /** Ids of a folded key, or an empty array. */
    int[] idsOf(String foldedKey) {
        char[] f = foldedKey.toCharArray();
        int slot = lookup(f, 0, f.length);
        return slot < 0 ? new int[0] : copyIds(slot);
    }

    private int[] copyIds(int slot) {
        int[] out = new int[idCount[slot]];
        System.arraycopy(ids, firstId[slot], out, 0, out.length);
        return out;
    }

    /** Upper-case initial, or a lower-case Arabic article before one ("al-Fashqa", "el-Geneina"). */
    static boolean capitalized(String text, int s) {
        char c = text.charAt(s);
        if (Character.isUpperCase(c) || Character.isTitleCase(c) || Character.isDigit(c)) {
            return true;
        }
        int dash = -1;
        for (int i = s + 1; i < Math.min(text.length(), s + 4); i++) {
            if (text.charAt(i) == '-') {
                dash = i;
                break;
            }
        }
        if (dash < 0 || dash + 1 >= text.length() || !Character.isUpperCase(text.charAt(dash + 1))) {
            return false;
        }
        String article = text.substring(s, dash);
        return article.equals("al") || article.equals("el") || article.equals("ad") || article.equals("ar")
                || article.equals("as") || article.equals("ash") || article.equals("at") || article.equals("az")
                || article.equals("an") || article.equals("ath") || article.equals("adh") || article.equals("ul");
    }

    /**
     * Every whole-word span of the text that is a key. Only spans starting at a word start are tried, and with
     * {@code capitalStart} only words whose first char is upper case, title case or a digit.
     */
    List<PhraseIndex.Hit<int[]>> findAll(String text, char[] folded, boolean capitalStart) {
        List<PhraseIndex.Hit<int[]>> hits = new ArrayList<>();
        int n = text.length();
        for (int s = 0; s < n; s++) {
            char c = text.charAt(s);
            if (!TextFold.isWordChar(c) || (s > 0 && TextFold.isWordChar(text.charAt(s - 1)))) {
                continue;
            }
            if (capitalStart && !capitalized(text, s)) {
                continue;
            }
            int limit = Math.min(n, s + maxKeyLength);
            int h = 0;
            for (int e = s + 1; e <= limit; e++) {
                h = 31 * h + folded[e - 1];
                if (e < n && !WORD_BREAK[folded[e]]) {
                    continue; // inside a word: no span ends here and no key continues across here
                }
                // [s, e) is followed by a separator (or the end): unless some key starts with it, no span from s
                // that reaches past e can be a key either
                if (!mayBeWordPrefix(h)) {
                    break;
                }
                // a span ends after a word char (or the ")" of "Sev Lidj (Black Lake)", the "." of "St.") and
                // before a non-word char or the end of the text
                char last = text.charAt(e - 1);
                if (!(TextFold.isWordChar(last) || last == ')' || last == '.')
                        || (e < n && TextFold.isWordChar(text.charAt(e)))) {
                    continue;
                }
                int slot = lookup(folded, s, e, h);
                if (slot >= 0) {
                    hits.add(new PhraseIndex.Hit<>(s, e, copyIds(slot)));
                }
            }
        }
        return hits;
    }
}
