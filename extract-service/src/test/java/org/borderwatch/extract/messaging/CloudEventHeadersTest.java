package org.borderwatch.extract.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.borderwatch.contract.CloudEventTypes;
import org.junit.jupiter.api.Test;

class CloudEventHeadersTest {

    private static String value(Headers headers, String key) {
        var header = headers.lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Test
    void binaryModeHeadersAndSchemaVersion() {
        Headers headers = CloudEventHeaders.of("id-1", CloudEventTypes.ARTICLE_ANALYSIS, "/src", "article", "2026-11-22T10:00:00Z");
        assertEquals("1.0", value(headers, "ce_specversion"));
        assertEquals("id-1", value(headers, "ce_id"));
        assertEquals(CloudEventTypes.ARTICLE_ANALYSIS, value(headers, "ce_type"));
        assertEquals("/src", value(headers, "ce_source"));
        assertEquals("article", value(headers, "ce_subject"));
        assertEquals("2026-11-22T10:00:00Z", value(headers, "ce_time"));
        assertEquals("application/json", value(headers, "content-type"));
        assertEquals("1", value(headers, CloudEventTypes.SCHEMA_VERSION_HEADER));
        assertNull(value(CloudEventHeaders.of("i", "t", "s", null, "x"), "ce_subject"));
    }

    @Test
    void analysisIdsAreDeterministicPerArticleAndVersion() {
        assertEquals(CloudEventHeaders.analysisId("abc", "1.0"), CloudEventHeaders.analysisId("abc", "1.0"));
        assertNotEquals(CloudEventHeaders.analysisId("abc", "1.0"), CloudEventHeaders.analysisId("abc", "1.1"));
        assertNotEquals(CloudEventHeaders.analysisId("abc", "1.0"), CloudEventHeaders.analysisId("abd", "1.0"));
    }
}
