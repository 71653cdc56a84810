package org.borderwatch.query.incident;

import org.borderwatch.contract.ArticleAnalysis;
import org.borderwatch.contract.RawArticle;
import org.borderwatch.contract.Rejection;

/**
 * What the read model knows of one article: its raw form (from articles.raw) without its text, its latest analysis
 * (from articles.analyzed) and its rejection, if any. Immutable: a change makes a new state.
 *
 * <p>The text itself is not held (at 100k articles of ~5 KB it was the largest item of the heap): near-duplicate
 * detection needs only the text's shingle sample, computed once when the raw record arrives, and the article page
 * reads the text back from articles.raw where {@code textAt} says it is (the topic is the source of truth).
 *
 * @param raw      the raw record with {@code text} null
 * @param shingles {@link NearDuplicates#sample} of the raw text; null while no raw record has been seen
 * @param textAt   where a raw record of this article (the same id is the same text) lies on articles.raw; null when
 *                 the raw record did not come from the topic
 */
public record ArticleState(String articleId, RawArticle raw, ArticleAnalysis analysis, Rejection rejection,
        long[] shingles, TextLocation textAt) {

    /** A raw record's place on articles.raw. */
    public record TextLocation(int partition, long offset) {
    }

    /** A state from a raw record with its text: the text is reduced to its shingle sample here. */
    public ArticleState(String articleId, RawArticle raw, ArticleAnalysis analysis, Rejection rejection) {
        this(articleId, withoutText(raw), analysis, rejection, raw == null ? null : NearDuplicates.sample(
                raw.text() == null ? "" : raw.text()), null);
    }

    public static ArticleState empty(String articleId) {
        return new ArticleState(articleId, null, null, null, null, null);
    }

    /** @param r the raw record with its text (reduced to its sample here) */
    public ArticleState withRaw(RawArticle r, TextLocation at) {
        return new ArticleState(articleId, withoutText(r), analysis, rejection,
                NearDuplicates.sample(r.text() == null ? "" : r.text()), at);
    }

    /** The same raw record seen again at another place of the topic (a re-ingest of the same text). */
    ArticleState withTextAt(TextLocation at) {
        return new ArticleState(articleId, raw, analysis, rejection, shingles, at);
    }

    public ArticleState withAnalysis(ArticleAnalysis a) {
        return new ArticleState(articleId, raw, a, rejection, shingles, textAt);
    }

    public ArticleState withRejection(Rejection r) {
        return new ArticleState(articleId, raw, analysis, r, shingles, textAt);
    }

    static RawArticle withoutText(RawArticle r) {
        return r == null || r.text() == null ? r : new RawArticle(r.schemaVersion(), r.articleId(), r.title(), null,
                r.published(), r.outlet(), r.byline(), r.url(), r.fileName(), r.contentType(), r.ingestedAt(),
                r.sizeBytes());
    }

    /** pending (seen raw, not analyzed yet), analyzed, or rejected. */
    public String status() {
        if (analysis != null) {
            return "analyzed";
        }
        return rejection != null ? "rejected" : "pending";
    }

    /**
     * Why the article shows no incident: its rejection's reason, or, for an analyzed article that is no border
     * incident, what its analysis lacks (read from the analysis: fewer than two states, no current act between
     * them, or acts the extractor did not find to be the two states' forces at their border). Null otherwise.
     */
    public String reason() {
        if (analysis == null) {
            return rejection == null ? null : rejection.reason();
        }
        if (analysis.isBorderIncident()) {
            return null;
        }
        java.util.List<String> states = analysis.countries() == null ? java.util.List.of() : analysis.countries();
        if (states.size() < 2) {
            return "not a border incident: " + (states.isEmpty() ? "no state is named as a party"
                    : "only one state (" + states.get(0) + ") is named as a party");
        }
        boolean acts = analysis.events() != null && analysis.events().stream()
                .anyMatch(e -> !e.background() && !e.negated() && IncidentDates.isAction(e.type()));
        return acts ? "not a border incident: the acts reported were not found to be between the two states' forces "
                + "at their border"
                : "not a border incident: no current armed or coercive act between " + states.get(0) + " and "
                        + states.get(1) + " is reported";
    }

    public String title() {
        return raw != null && raw.title() != null ? raw.title() : analysis != null ? analysis.title() : null;
    }

    public String fileName() {
        if (raw != null && raw.fileName() != null) {
            return raw.fileName();
        }
        if (analysis != null && analysis.fileName() != null) {
            return analysis.fileName();
        }
        return rejection != null ? rejection.fileName() : null;
    }

    public String outlet() {
        return raw != null && raw.outlet() != null ? raw.outlet() : analysis != null ? analysis.outlet() : null;
    }

    /** The article's date: the analysis's resolved one, else the raw one. */
    public String published() {
        if (analysis != null && analysis.published() != null) {
            return analysis.published();
        }
        return raw != null ? raw.published() : null;
    }

    public String ingestedAt() {
        if (raw != null && raw.ingestedAt() != null) {
            return raw.ingestedAt();
        }
        return analysis != null ? analysis.ingestedAt() : null;
    }

    /**
     * The day the article became known, for asOf: its publication date, or the day it was ingested when the
     * article carries no date. Null when neither is known.
     */
    public String knownSince() {
        String p = published();
        if (p != null && p.length() >= 10) {
            return p.substring(0, 10);
        }
        String i = ingestedAt();
        return i != null && i.length() >= 10 ? i.substring(0, 10) : null;
    }

    /** Order of articles in a picture and for "the earlier one is the original". */
    public String sortKey() {
        String i = ingestedAt();
        return (i == null ? "9999" : i) + "|" + articleId;
    }

    /**
     * Orders as {@link #sortKey} does, without building the keys: sorting a pair of states of thousands of
     * articles built two strings per comparison.
     */
    public static final java.util.Comparator<ArticleState> BY_SORT_KEY = ArticleState::compareSortKeys;

    private static int compareSortKeys(ArticleState a, ArticleState b) {
        String ia = a.ingestedAt();
        String ib = b.ingestedAt();
        ia = ia == null ? "9999" : ia;
        ib = ib == null ? "9999" : ib;
        int la = ia.length() + 1 + a.articleId.length();
        int lb = ib.length() + 1 + b.articleId.length();
        for (int k = 0, n = Math.min(la, lb); k < n; k++) {
            char ca = keyChar(ia, a.articleId, k);
            char cb = keyChar(ib, b.articleId, k);
            if (ca != cb) {
                return ca - cb;
            }
        }
        return la - lb;
    }

    /** The {@code k}-th character of {@code ingestedAt + "|" + articleId}. */
    private static char keyChar(String ingestedAt, String articleId, int k) {
        int n = ingestedAt.length();
        return k < n ? ingestedAt.charAt(k) : k == n ? '|' : articleId.charAt(k - n - 1);
    }
}
