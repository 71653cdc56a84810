package org.borderwatch.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The published JSON Schemas and the Java records must name the same fields, so neither drifts. */
class ContractSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void rawArticle() throws Exception {
        assertSameFields(RawArticle.class, schema("raw-article"));
    }

    @Test
    void rejection() throws Exception {
        assertSameFields(Rejection.class, schema("rejection"));
    }

    @Test
    void articleAnalysis() throws Exception {
        JsonNode schema = schema("article-analysis");
        assertSameFields(ArticleAnalysis.class, schema);
        assertSameFields(Extractor.class, schema.at("/properties/extractor"));
    }

    @Test
    void eventRecordAndItsParts() throws Exception {
        JsonNode schema = schema("event-record");
        assertSameFields(EventRecord.class, schema);
        assertSameFields(EventRecord.Counts.class, schema.at("/properties/counts"));
        assertSameFields(EventRecord.Actor.class, schema.at("/properties/actors/items"));
        assertSameFields(EventRecord.Appeal.class, schema.at("/properties/appeal"));
        assertSameFields(EventRecord.Location.class, schema.at("/properties/locations/items"));
        assertSameFields(EventRecord.Claimant.class, schema.at("/properties/claimedBy"));
        assertSameFields(EventRecord.Evidence.class, schema.at("/properties/evidence"));
    }

    @Test
    void everyEventTypeIsInTheSchemaWithItsPloverType() throws Exception {
        JsonNode schema = schema("event-record");
        Set<String> types = new TreeSet<>();
        schema.at("/properties/type/enum").forEach(n -> types.add(n.asText()));
        Set<String> javaTypes = new TreeSet<>();
        Set<String> plovers = new TreeSet<>();
        schema.at("/properties/plover/enum").forEach(n -> plovers.add(n.isNull() ? "null" : n.asText()));
        for (EventType t : EventType.values()) {
            javaTypes.add(t.name());
            assertEquals(true, plovers.contains(String.valueOf(t.plover())), t + " -> " + t.plover());
        }
        assertEquals(javaTypes, types);
    }

    private static JsonNode schema(String name) throws Exception {
        try (InputStream in = ContractSchemaTest.class.getResourceAsStream("/schemas/" + name + ".schema.json")) {
            assertNotNull(in, name);
            return JSON.readTree(in);
        }
    }

    private static void assertSameFields(Class<? extends Record> type, JsonNode schema) {
        Set<String> javaNames = new TreeSet<>();
        for (RecordComponent c : type.getRecordComponents()) {
            JsonProperty p = c.getAnnotation(JsonProperty.class);
            javaNames.add(p != null ? p.value() : c.getName());
        }
        Set<String> schemaNames = new TreeSet<>();
        schema.get("properties").fieldNames().forEachRemaining(schemaNames::add);
        assertEquals(javaNames, schemaNames, type.getSimpleName());
    }
}
