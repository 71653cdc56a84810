package org.borderwatch.extract.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Settings of extract-service (prefix {@code borderwatch.extract}). */
@ConfigMapping(prefix = "borderwatch.extract")
public interface ExtractConfig {

    /**
     * Largest article text (UTF-8 bytes) the engine is given; larger ones are rejected as oversized. Default:
     * {@code Limits.MAX_TEXT_BYTES} (contract/README.md, "Sizes").
     */
    @WithName("max-text-bytes")
    @WithDefault("2097152")
    long maxTextBytes();

    /**
     * Largest raw record value (bytes) that is parsed at all: a cheap guard before JSON parsing, above the text
     * limit because the value also holds metadata and JSON escapes. Default: {@code Limits.MAX_RAW_RECORD_BYTES}.
     */
    @WithName("max-record-bytes")
    @WithDefault("4194304")
    long maxRecordBytes();

    /**
     * Largest serialized analysis written; a larger one is rejected ({@code analysis too large}) instead of failing
     * at the broker. Default: {@code Limits.MAX_ANALYSIS_BYTES}.
     */
    @WithName("max-analysis-bytes")
    @WithDefault("4194304")
    long maxAnalysisBytes();

    /** CloudEvents {@code ce_source} of every record this service writes. */
    @WithName("ce-source")
    @WithDefault("/borderwatch/extract-service")
    String ceSource();
}
