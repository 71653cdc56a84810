package org.borderwatch.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CloudEventHeadersTest {

    private static String value(Map<String, byte[]> headers, String key) {
        byte[] v = headers.get(key);
        return v == null ? null : new String(v, StandardCharsets.UTF_8);
    }

    @Test
    void binaryModeHeadersAndSchemaVersionInOrder() {
        Map<String, byte[]> headers = CloudEventHeaders.of("id-1", CloudEventTypes.ARTICLE_ANALYSIS, "/src", "article",
                "2026-11-22T10:00:00Z");
        assertEquals(List.of("ce_specversion", "ce_id", "ce_type", "ce_source", "ce_subject", "ce_time",
                "content-type", CloudEventTypes.SCHEMA_VERSION_HEADER), List.copyOf(headers.keySet()));
        assertEquals("1.0", value(headers, "ce_specversion"));
        assertEquals("id-1", value(headers, "ce_id"));
        assertEquals(CloudEventTypes.ARTICLE_ANALYSIS, value(headers, "ce_type"));
        assertEquals("/src", value(headers, "ce_source"));
        assertEquals("article", value(headers, "ce_subject"));
        assertEquals("2026-11-22T10:00:00Z", value(headers, "ce_time"));
        assertEquals("application/json", value(headers, "content-type"));
        assertEquals(String.valueOf(CloudEventTypes.SCHEMA_VERSION), value(headers, CloudEventTypes.SCHEMA_VERSION_HEADER));
        assertFalse(CloudEventHeaders.of("i", "t", "s", null, "x").containsKey("ce_subject"));
    }

    @Test
    void idsAreDeterministicPerFact() {
        assertEquals(CloudEventHeaders.analysisId("abc", "1.0"), CloudEventHeaders.analysisId("abc", "1.0"));
        assertNotEquals(CloudEventHeaders.analysisId("abc", "1.0"), CloudEventHeaders.analysisId("abc", "1.1"));
        assertNotEquals(CloudEventHeaders.analysisId("abc", "1.0"), CloudEventHeaders.analysisId("abd", "1.0"));
        assertEquals("raw:abc", CloudEventHeaders.rawArticleId("abc"));
        assertEquals("rejection:articles.raw-0@7", CloudEventHeaders.rejectionId("articles.raw-0@7"));
    }
}
