package org.borderwatch.extract.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Settings of extract-service (prefix {@code borderwatch.extract}). */
@ConfigMapping(prefix = "borderwatch.extract")
public interface ExtractConfig {

    /** Largest article text (UTF-8 bytes) the engine is given; larger ones are dead-lettered as oversized. */
    @WithName("max-text-bytes")
    @WithDefault("2097152")
    long maxTextBytes();

    /**
     * Largest raw record value (bytes) that is parsed at all: a cheap guard before JSON parsing, above the text
     * limit because the value also holds metadata and JSON escapes.
     */
    @WithName("max-record-bytes")
    @WithDefault("4194304")
    long maxRecordBytes();

    /** CloudEvents {@code ce_source} of every record this service writes. */
    @WithName("ce-source")
    @WithDefault("/borderwatch/extract-service")
    String ceSource();
}
