package org.borderwatch.contract;

/** Kafka topic names of the contract, plus the dead-letter topics Borderwatch adds to it. */
public final class Topics {
    /** Compacted archive of every article, keyed by articleId; replay reads it. */
    public static final String RAW = "articles.raw";
    /** Compacted, keyed by articleId: the latest analysis of each article. */
    public static final String ANALYZED = "articles.analyzed";
    /** Rejections (ingest and extract), keyed by articleId or file name; retention 30 days. */
    public static final String REJECTED = "articles.rejected";
    /** Dead letters: records of articles.raw that extract-service (or query-service) could not read at all. */
    public static final String RAW_DLQ = "articles.raw.dlq";
    /** Dead letters: records of articles.analyzed that query-service could not read at all. */
    public static final String ANALYZED_DLQ = "articles.analyzed.dlq";
    /** Dead letters: records of articles.rejected that query-service could not read at all. */
    public static final String REJECTED_DLQ = "articles.rejected.dlq";

    private Topics() {
    }
}
