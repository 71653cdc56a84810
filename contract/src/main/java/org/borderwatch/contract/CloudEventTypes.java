package org.borderwatch.contract;

/** CloudEvents {@code ce_type} values and the schema version every message carries. */
public final class CloudEventTypes {
    public static final int SCHEMA_VERSION = 1;
    /** Kafka header that carries {@link #SCHEMA_VERSION} next to the ce_* headers. */
    public static final String SCHEMA_VERSION_HEADER = "schemaVersion";

    public static final String RAW_ARTICLE = "org.borderwatch.article.raw.v1";
    public static final String ARTICLE_ANALYSIS = "org.borderwatch.article.analyzed.v1";
    public static final String REJECTION = "org.borderwatch.article.rejected.v1";

    private CloudEventTypes() {
    }
}
