package org.borderwatch.query.incident;

import org.borderwatch.contract.ArticleAnalysis;
import org.borderwatch.contract.RawArticle;
import org.borderwatch.contract.Rejection;

/**
 * What the read model knows of one article: its raw form (from articles.raw), its latest analysis (from
 * articles.analyzed) and its rejection, if any. Immutable: a change makes a new state.
 */
public record ArticleState(String articleId, RawArticle raw, ArticleAnalysis analysis, Rejection rejection) {

    public static ArticleState empty(String articleId) {
        return new ArticleState(articleId, null, null, null);
    }

    public ArticleState withRaw(RawArticle r) {
        return new ArticleState(articleId, r, analysis, rejection);
    }

    public ArticleState withAnalysis(ArticleAnalysis a) {
        return new ArticleState(articleId, raw, a, rejection);
    }

    public ArticleState withRejection(Rejection r) {
        return new ArticleState(articleId, raw, analysis, r);
    }

    /** pending (seen raw, not analyzed yet), analyzed, or rejected. */
    public String status() {
        if (analysis != null) {
            return "analyzed";
        }
        return rejection != null ? "rejected" : "pending";
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

    public String text() {
        return raw != null ? raw.text() : null;
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
}
