package org.borderwatch.contract.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.Extractor;

/**
 * {@code GET /articles} and {@code GET /articles/{id}}. status: pending | analyzed | rejected.
 * events may be null in the list.
 *
 * @param id         the article's id; null for an input rejected before it had one (a file that could not be read)
 * @param reason     why it was rejected, or, for an analyzed article that is not a border incident, why not
 * @param duplicateOf added: the id of the article this one is a near-copy of (syndication), or null
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
        List<EventRecord> events,
        String duplicateOf) {

    public ArticleView(String id, String fileName, String title, String published, String outlet, String status,
            String reason, Boolean isBorderIncident, List<String> countries, String incidentId, Extractor extractor,
            List<EventRecord> events) {
        this(id, fileName, title, published, outlet, status, reason, isBorderIncident, countries, incidentId,
                extractor, events, null);
    }
}
