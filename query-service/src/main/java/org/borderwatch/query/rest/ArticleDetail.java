package org.borderwatch.query.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.Extractor;

/**
 * {@code GET /articles/{id}}: the contract's ArticleView fields, plus the text (evidence offsets point into it),
 * when it was ingested, and the original it copies.
 */
public record ArticleDetail(
        String id,
        String fileName,
        String title,
        String published,
        String outlet,
        String status,
        String reason,
        @JsonProperty("isBorderIncident") Boolean isBorderIncident,
        List<String> countries,
        String incidentId,
        Extractor extractor,
        List<EventRecord> events,
        String text,
        String ingestedAt,
        String duplicateOf,
        List<String> warnings) {
}
