package org.borderwatch.contract;

/**
 * The sizes every stage agrees on, in one place (contract/README.md, "Sizes", says why each is what it is).
 * Ingest refuses what is larger than {@link #MAX_ARTICLE_BYTES}; the text that comes out of such an article fits
 * {@link #MAX_TEXT_BYTES}, its raw record {@link #MAX_RAW_RECORD_BYTES}; its analysis is bounded
 * ({@link #MAX_EVENTS_PER_ANALYSIS}, {@link #MAX_EVIDENCE_CHARS}, {@link #MAX_ITEMS_PER_LIST}) so that it fits
 * {@link #MAX_ANALYSIS_BYTES}; and every Kafka size (producer {@code max.request.size}, topic
 * {@code max.message.bytes}, consumer {@code max.partition.fetch.bytes}) is {@link #MAX_MESSAGE_BYTES}, above both.
 */
public final class Limits {
    /** Largest article ingest accepts, as received: an inbox file or a {@code POST /articles} body (1 MiB). */
    public static final int MAX_ARTICLE_BYTES = 1024 * 1024;

    /**
     * Largest text (UTF-8 bytes) extract-service analyzes (2 MiB): twice the article limit, because decoding may
     * grow a text (a Latin-1 file of accented letters doubles in UTF-8), so every accepted article fits.
     */
    public static final int MAX_TEXT_BYTES = 2 * 1024 * 1024;

    /**
     * Largest {@code articles.raw} value extract-service parses (4 MiB): the text plus its JSON escapes and the
     * article's metadata.
     */
    public static final int MAX_RAW_RECORD_BYTES = 4 * 1024 * 1024;

    /** Event records kept per analysis; a text with more keeps the first ones and says so in its warnings. */
    public static final int MAX_EVENTS_PER_ANALYSIS = 1000;

    /** Characters kept of an evidence sentence or a quote; a longer one is cut (its offsets still match the text). */
    public static final int MAX_EVIDENCE_CHARS = 1000;

    /** Items kept per list of a record (actors, locations, weapons). */
    public static final int MAX_ITEMS_PER_LIST = 50;

    /**
     * Largest serialized {@code ArticleAnalysis} (4 MiB). The bounds above keep real and adversarial articles far
     * below it; an analysis that still exceeds it is rejected with its size as the reason, never written.
     */
    public static final int MAX_ANALYSIS_BYTES = 4 * 1024 * 1024;

    /**
     * Kafka's sizes for every Borderwatch topic (8 MiB): producer {@code max.request.size}, topic
     * {@code max.message.bytes}, consumer {@code max.partition.fetch.bytes}. Above the largest raw record and the
     * largest analysis, with room for headers and the record batch.
     */
    public static final int MAX_MESSAGE_BYTES = 8 * 1024 * 1024;

    private Limits() {
    }
}
