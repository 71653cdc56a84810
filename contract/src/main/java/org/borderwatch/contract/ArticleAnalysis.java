package org.borderwatch.contract;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * All event records of one article by one extractor version: the value of {@code articles.analyzed}.
 * Beyond the contract's fields it repeats the article's metadata (title, outlet, fileName, ingestedAt)
 * so that a read model can be built from this topic alone.
 */
public record ArticleAnalysis(
        int schemaVersion,
        String articleId,
        Extractor extractor,
        String analyzedAt,
        String published,
        @JsonProperty("isBorderIncident") boolean isBorderIncident,
        List<String> countries,
        List<EventRecord> events,
        List<String> warnings,
        String title,
        String outlet,
        String fileName,
        String ingestedAt) {
}
