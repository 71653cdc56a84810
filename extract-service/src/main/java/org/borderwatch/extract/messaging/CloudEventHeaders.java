package org.borderwatch.extract.messaging;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.borderwatch.contract.CloudEventTypes;

/**
 * CloudEvents 1.0 Kafka binary-mode headers ({@code ce_*}, {@code content-type}) plus the {@code schemaVersion}
 * header. Built here rather than by the connector's cloud-events support so that the live pipeline and the replay
 * (a plain KafkaProducer) write exactly the same headers, and so that {@code ce_id} is deterministic.
 */
public final class CloudEventHeaders {
    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";

    private CloudEventHeaders() {
    }

    /**
     * @param id      the event id: the same fact gives the same id, so consumers may deduplicate by (source, id)
     * @param subject what the event is about (the articleId), or null
     * @param time    ISO-8601 instant
     */
    public static Headers of(String id, String type, String source, String subject, String time) {
        RecordHeaders headers = new RecordHeaders();
        add(headers, "ce_specversion", SPEC_VERSION);
        add(headers, "ce_id", id);
        add(headers, "ce_type", type);
        add(headers, "ce_source", source);
        if (subject != null) {
            add(headers, "ce_subject", subject);
        }
        add(headers, "ce_time", time);
        add(headers, "content-type", CONTENT_TYPE);
        add(headers, CloudEventTypes.SCHEMA_VERSION_HEADER, String.valueOf(CloudEventTypes.SCHEMA_VERSION));
        return headers;
    }

    /** ce_id of an analysis: one per article and extractor version, identical on redelivery and replay. */
    public static String analysisId(String articleId, String extractorVersion) {
        return "analysis:" + articleId + ":" + extractorVersion;
    }

    /** ce_id of a rejection: one per raw record (topic-partition@offset). */
    public static String rejectionId(String rawSource) {
        return "rejection:" + rawSource;
    }

    private static void add(Headers headers, String key, String value) {
        headers.add(key, value.getBytes(StandardCharsets.UTF_8));
    }
}
