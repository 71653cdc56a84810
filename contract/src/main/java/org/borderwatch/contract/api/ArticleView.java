package org.borderwatch.contract.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.Extractor;

/**
 * {@code GET /articles} and {@code GET /articles/{id}}. status: pending | analyzed | rejected.
 * events may be null in the list.
 */
public record ArticleView(
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
        List<EventRecord> events) {
}
