package org.borderwatch.ingest.messaging;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.borderwatch.contract.CloudEventTypes;

/** CloudEvents 1.0 Kafka binary-mode headers plus {@code schemaVersion}, as every Borderwatch record carries. */
public final class CloudEventHeaders {
    public static final String SPEC_VERSION = "1.0";

    private CloudEventHeaders() {
    }

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
        add(headers, "content-type", "application/json");
        add(headers, CloudEventTypes.SCHEMA_VERSION_HEADER, String.valueOf(CloudEventTypes.SCHEMA_VERSION));
        return headers;
    }

    private static void add(Headers headers, String key, String value) {
        headers.add(key, value.getBytes(StandardCharsets.UTF_8));
    }
}
