package org.borderwatch.contract;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers every Borderwatch record carries: CloudEvents 1.0 Kafka binary mode ({@code ce_*},
 * {@code content-type}) plus {@code schemaVersion}. One definition for every producer (ingest, the live extractor and
 * the replay, which uses a plain KafkaProducer), built here rather than by the connector's cloud-events support so
 * that {@code ce_id} is deterministic. Kafka-free: a service adds the entries to its record's headers.
 */
public final class CloudEventHeaders {
    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";

    private CloudEventHeaders() {
    }

    /**
     * Header name -> UTF-8 value, in the order they are written.
     *
     * @param id      the event id: the same fact gives the same id, so consumers may deduplicate by (source, id)
     * @param subject what the event is about (the articleId), or null
     * @param time    ISO-8601 instant
     */
    public static Map<String, byte[]> of(String id, String type, String source, String subject, String time) {
        Map<String, byte[]> headers = new LinkedHashMap<>();
        put(headers, "ce_specversion", SPEC_VERSION);
        put(headers, "ce_id", id);
        put(headers, "ce_type", type);
        put(headers, "ce_source", source);
        if (subject != null) {
            put(headers, "ce_subject", subject);
        }
        put(headers, "ce_time", time);
        put(headers, "content-type", CONTENT_TYPE);
        put(headers, CloudEventTypes.SCHEMA_VERSION_HEADER, String.valueOf(CloudEventTypes.SCHEMA_VERSION));
        return Collections.unmodifiableMap(headers);
    }

    /** ce_id of a raw article: one per article id (the same text is the same article). */
    public static String rawArticleId(String articleId) {
        return "raw:" + articleId;
    }

    /** ce_id of an analysis: one per article and extractor version, identical on redelivery and replay. */
    public static String analysisId(String articleId, String extractorVersion) {
        return "analysis:" + articleId + ":" + extractorVersion;
    }

    /** ce_id of a rejection: one per raw record (topic-partition@offset) or per rejected input. */
    public static String rejectionId(String rawSource) {
        return "rejection:" + rawSource;
    }

    private static void put(Map<String, byte[]> headers, String key, String value) {
        headers.put(key, value.getBytes(StandardCharsets.UTF_8));
    }
}
