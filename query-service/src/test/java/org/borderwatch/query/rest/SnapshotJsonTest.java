package org.borderwatch.query.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.borderwatch.contract.ArticleAnalysis;
import org.borderwatch.query.incident.IncidentView;
import org.borderwatch.query.incident.ReadModel;
import org.borderwatch.query.testing.SeedFixtures;
import org.junit.jupiter.api.Test;

/** The per-snapshot body cache: the same bytes while the model is unchanged, fresh ones as soon as it changes. */
class SnapshotJsonTest {
    private final ObjectMapper json = new ObjectMapper();
    private final SeedFixtures seeds = new SeedFixtures();

    @Test
    void oneBodyPerSnapshotAndANewOneWhenTheModelChanges() throws Exception {
        ReadModel model = new ReadModel();
        seeds.raws().forEach(model::apply);
        List<ArticleAnalysis> analyses = seeds.analyses("1.0.0");
        analyses.subList(0, 3).forEach(model::apply); // 000-002: the May 2021 incident only
        IncidentView view = new IncidentView(model, Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC));
        SnapshotJson bodies = new SnapshotJson(json);

        byte[] first = bodies.body(view.snapshot(), "list", s -> view.summaries(null, null, null));
        assertSame(first, bodies.body(view.snapshot(), "list", s -> view.summaries(null, null, null)),
                "an unchanged model serves the cached bytes");
        assertEquals(1, json.readTree(first).size());

        model.apply(analyses.get(3)); // 003: the September 2022 incident appears
        byte[] second = bodies.body(view.snapshot(), "list", s -> view.summaries(null, null, null));
        assertNotSame(first, second);
        JsonNode list = json.readTree(second);
        assertEquals(2, list.size());
        assertEquals("am-az-2022-09-13", list.get(0).path("id").asText(), "newest first");

        assertNull(bodies.body(view.snapshot(), "picture|none", s -> s.pictures().get("none")));
        byte[] picture = bodies.body(view.snapshot(), "picture|am-az-2022-09-13",
                s -> s.pictures().get("am-az-2022-09-13"));
        assertTrue(json.readTree(picture).path("casualties").isArray());
    }

    @Test
    void acceptEncodingIsReadAsHttpSaysIncludingQZero() {
        assertTrue(IncidentResource.acceptsGzip("gzip, deflate, br"));
        assertTrue(IncidentResource.acceptsGzip("deflate, GZIP;q=0.5"));
        assertFalse(IncidentResource.acceptsGzip("gzip;q=0"));
        assertFalse(IncidentResource.acceptsGzip("identity"));
        assertFalse(IncidentResource.acceptsGzip(null));
    }
}
