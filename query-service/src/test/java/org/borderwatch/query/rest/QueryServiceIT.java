package org.borderwatch.query.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.borderwatch.contract.ArticleAnalysis;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.EventType;
import org.borderwatch.contract.RawArticle;
import org.borderwatch.contract.Rejection;
import org.borderwatch.contract.Topics;
import org.borderwatch.contract.api.IncidentPicture;
import org.borderwatch.query.incident.IncidentView;
import org.borderwatch.query.incident.ReadModel;
import org.borderwatch.query.testing.SeedFixtures;
import org.borderwatch.testing.kafka.EmbeddedKafka;
import org.borderwatch.testing.kafka.KafkaBrokerTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** query-service against a real broker: the seeds' analyses in, the contract's REST out. */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerTestResource.class, restrictToAnnotatedClass = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QueryServiceIT {
    static final String MAY = "am-az-2021-05-12";
    static final String SEP = "am-az-2022-09-13";
    private static boolean published;
    private static final SeedFixtures SEEDS = new SeedFixtures();

    EmbeddedKafka kafka;

    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void publishSeedsOnce() {
        if (published) {
            return;
        }
        try (org.borderwatch.query.testing.Topics topics = new org.borderwatch.query.testing.Topics(kafka.bootstrapServers())) {
            for (RawArticle raw : SEEDS.raws()) {
                topics.send(Topics.RAW, raw.articleId(), raw);
            }
            for (ArticleAnalysis a : SEEDS.analyses(SeedFixtures.V1)) {
                topics.send(Topics.ANALYZED, a.articleId(), a);
            }
        }
        published = true;
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().get("/articles?status=analyzed").then().body("$", hasSize(5)));
    }

    @Test
    @Order(1)
    void listsTheTwoSeedIncidents() {
        given().get("/incidents").then().statusCode(200)
                .body("id", equalTo(List.of(SEP, MAY)))
                .body("find { it.id == 'am-az-2022-09-13' }.killedBest", equalTo(49))
                .body("find { it.id == 'am-az-2021-05-12' }.articleCount", equalTo(3));
        given().get("/incidents?country=KG").then().statusCode(200).body("$", hasSize(0));
        given().get("/incidents?from=2022-01-01").then().body("id", equalTo(List.of(SEP)));
        // paging: the same order, a page at a time, with the count of all in a header
        given().get("/incidents?limit=1").then().statusCode(200).header("X-Total-Count", "2")
                .body("id", equalTo(List.of(SEP)));
        given().get("/incidents?offset=1&limit=1").then().statusCode(200).header("X-Total-Count", "2")
                .body("id", equalTo(List.of(MAY)));
        given().get("/incidents?offset=5").then().statusCode(200).header("X-Total-Count", "2").body("$", hasSize(0));
        given().get("/incidents?from=2022-01-01&limit=10").then().header("X-Total-Count", "1")
                .body("id", equalTo(List.of(SEP)));
        given().get("/incidents?limit=0").then().statusCode(400);
        given().get("/incidents?limit=1001").then().statusCode(400);
        given().get("/incidents?offset=-1").then().statusCode(400);
        given().get("/incidents?limit=ten").then().statusCode(400);
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    @Order(2)
    void theMayIncidentPicture() throws java.io.IOException {
        given().get("/incidents/" + MAY).then().statusCode(200)
                .body("countries", equalTo(List.of("AM", "AZ")))
                .body("appeals.find { it.to == 'CSTO' }.outcome", equalTo("rejected"))
                .body("appeals.find { it.to == 'CSTO' }.reason", equalTo("a border incident"))
                .body("casualties.find { it.category == 'killed' }.claims.count", hasItem(0))
                .body("casualties.find { it.category == 'killed' }.claims.count", hasItem(1))
                .body("casualties.find { it.category == 'captured' }.best", equalTo(6))
                .body("articles.find { it.id == '" + SEEDS.id(4) + "' }.duplicateOf", equalTo(SEEDS.id(1)))
                .body("forces.find { it.party == 'AZ' }.high", equalTo(1000))
                .body("locations.name", hasItem("Sev Lidj"));
        given().get("/incidents/" + SEP).then().statusCode(200)
                .body("casualties[0].best", equalTo(49))
                .body("casualties[0].claims[0].claimedBy.name", equalTo("Nikol Pashinyan"))
                .body("casualties[0].claims[0].evidence.sentence", containsString("not the final figures"))
                .body("ceasefire.mediator", equalTo("RU"))
                .body("status", equalTo("ceasefire"));
        // Kept for the report and for reading: what GET /incidents/{id} serves for the seed fixtures.
        java.nio.file.Path out = java.nio.file.Path.of("target", "seed-incidents");
        java.nio.file.Files.createDirectories(out);
        for (String id : List.of(MAY, SEP)) {
            java.nio.file.Files.writeString(out.resolve(id + ".json"),
                    given().get("/incidents/" + id).then().statusCode(200).extract().asPrettyString());
        }
    }

    /**
     * A client that accepts gzip (every browser) gets the same JSON compressed when it is worth it (1 KB and more:
     * the picture; the seeds' two-line list is sent as it is); one that does not, plain JSON.
     */
    @Test
    @Order(2)
    void theIncidentBodiesAreServedCompressedToClientsThatAcceptGzip() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        for (String path : List.of("incidents", "incidents/" + MAY)) {
            java.net.URI uri = base.toURI().resolve(path);
            java.net.http.HttpResponse<byte[]> plain = http.send(java.net.http.HttpRequest.newBuilder(uri).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            java.net.http.HttpResponse<byte[]> zipped = http.send(java.net.http.HttpRequest.newBuilder(uri)
                    .header("Accept-Encoding", "gzip, deflate").build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            org.junit.jupiter.api.Assertions.assertEquals(200, zipped.statusCode());
            org.junit.jupiter.api.Assertions.assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty(), path);
            if (plain.body().length < SnapshotJson.GZIP_MIN_BYTES) {
                org.junit.jupiter.api.Assertions.assertEquals("incidents", path, "only the small list is sent plain");
                org.junit.jupiter.api.Assertions.assertTrue(zipped.headers().firstValue("Content-Encoding").isEmpty());
                continue;
            }
            org.junit.jupiter.api.Assertions.assertEquals("gzip",
                    zipped.headers().firstValue("Content-Encoding").orElse(null), path);
            org.junit.jupiter.api.Assertions.assertTrue(zipped.body().length < plain.body().length, path);
            byte[] unzipped = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body()))
                    .readAllBytes();
            org.junit.jupiter.api.Assertions.assertEquals(new String(plain.body(), java.nio.charset.StandardCharsets.UTF_8),
                    new String(unzipped, java.nio.charset.StandardCharsets.UTF_8), path);
        }
    }

    /**
     * The hot reads answered from cached bytes ahead of the REST layer ({@link CachedAnswerRoutes}) give the very
     * answer the REST layer gives for the same body, which a blank filter (same cache key) sends through it.
     */
    @Test
    @Order(2)
    void cachedAnswersAreTheRestLayersAnswersByteForByte() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        // [route path, REST-layer path with the same cache key]
        String[][] pairs = {{"incidents", "incidents?country="}, {"incidents?limit=1", "incidents?limit=1&country="},
                {"incidents?offset=1&limit=1", "incidents?to=&offset=1&limit=1"}, {"incidents?offset=0", "incidents?offset=0&from="},
                {"incidents/" + MAY, "incidents/" + MAY + "?asOf="}, {"incidents/" + SEP, "incidents/" + SEP + "?asOf="}};
        for (String[] pair : pairs) {
            http.send(HttpRequest.newBuilder(base.toURI().resolve(pair[1])).build(), // serializes it into the cache
                    HttpResponse.BodyHandlers.discarding());
            for (String encoding : List.of("gzip", "identity")) {
                double before = cachedAnswers();
                HttpResponse<byte[]> fast = http.send(HttpRequest.newBuilder(base.toURI().resolve(pair[0]))
                        .header("Accept-Encoding", encoding).build(), HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(before + 1, cachedAnswers(), pair[0] + " answered from the cache");
                HttpResponse<byte[]> rest = http.send(HttpRequest.newBuilder(base.toURI().resolve(pair[1]))
                        .header("Accept-Encoding", encoding).build(), HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(before + 1, cachedAnswers(), pair[1] + " answered by the REST layer");
                assertEquals(200, fast.statusCode(), pair[0]);
                assertEquals(rest.statusCode(), fast.statusCode(), pair[0]);
                for (String header : List.of("Content-Type", "Content-Encoding", "Vary", "X-Total-Count",
                        "Content-Length")) {
                    assertEquals(rest.headers().allValues(header), fast.headers().allValues(header),
                            pair[0] + " " + encoding + ": " + header);
                }
                assertTrue(java.util.Arrays.equals(rest.body(), fast.body()), pair[0] + " " + encoding + ": body");
            }
        }
        // not answered from the cache: unknown incident, a bad page, asOf; the REST layer words them
        double before = cachedAnswers();
        given().get("/incidents/am-az-1999-01-01").then().statusCode(404);
        given().get("/incidents?limit=0").then().statusCode(400);
        given().get("/incidents?offset=1&offset=2").then().statusCode(200);
        given().get("/incidents/" + MAY + "?asOf=2021-05-14").then().statusCode(200);
        assertEquals(before, cachedAnswers());
        // HTTP metrics keep one series per route, not one per incident
        String metrics = given().get("/q/metrics").then().extract().asString();
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("http_server_requests_seconds_count")
                && l.contains("uri=\"/incidents/{id}\"")), "the picture route's series");
        assertTrue(metrics.lines().noneMatch(l -> l.startsWith("http_server_requests") && l.contains(MAY)),
                "no series per incident id");
    }

    private double cachedAnswers() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith("borderwatch_query_answers_cached_total"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    @Order(3)
    void asOfShowsWhatWasPublishedByThatDay() {
        given().get("/incidents/" + MAY + "?asOf=2021-05-14").then().statusCode(200)
                .body("asOf", equalTo("2021-05-14"))
                .body("appeals[0].to", equalTo("CSTO"))
                .body("appeals[0].outcome", equalTo("consultations"))
                .body("responses.type", org.hamcrest.Matchers.not(hasItem("rejection")))
                .body("articles", hasSize(1));
        given().get("/incidents/" + MAY + "?asOf=14-05-2021").then().statusCode(400);
        given().get("/incidents/no-such-incident").then().statusCode(404);
    }

    @Test
    @Order(4)
    void articlesAndTimelineAndExports() {
        given().get("/articles").then().statusCode(200).body("$", hasSize(5))
                .body("status", everyItemIs("analyzed"));
        given().get("/articles/" + SEEDS.id(3)).then().statusCode(200)
                .body("incidentId", equalTo(SEP))
                .body("text", containsString("49 people died"))
                .body("events.size()", org.hamcrest.Matchers.greaterThan(5));
        given().get("/articles?fileName=" + SeedFixtures.FILES[0]).then().body("$", hasSize(1));
        given().get("/incidents/" + SEP + "/timeline").then().statusCode(200)
                .body("[0].event.date", equalTo("2022-09-13"));
        String csv = given().get("/incidents/" + SEP + "/events.csv").then().statusCode(200)
                .extract().asString();
        assertTrue(csv.startsWith("event_date,event_type,sub_event_type,actor1,actor2,country,admin1,location"), csv);
        assertTrue(csv.contains("Goris"), csv);
        given().get("/export/events.csv").then().statusCode(200).body(containsString("am-az-2021-05-12"));
        given().get("/incidents/" + MAY + "/geojson").then().statusCode(200).body("features.properties.name", hasItem("Vardenis"));
        given().get("/export/incidents.geojson").then().statusCode(200)
                .body("type", equalTo("FeatureCollection"))
                .body("features.properties.name", hasItem("Jermuk"));
        // The contract's root paths for the all-incident exports.
        String all = given().get("/events.csv").then().statusCode(200).contentType(containsString("text/csv"))
                .extract().asString();
        assertTrue(all.contains(MAY) && all.contains(SEP), all);
        String header = all.lines().findFirst().orElse("");
        assertTrue(header.contains(",incident_id,article_id,") && header.contains(",claimed_by"), header);
        given().get("/incidents.geojson").then().statusCode(200)
                .body("type", equalTo("FeatureCollection"))
                .body("features.properties.name", hasItem("Vardenis"))
                .body("features.properties.name", hasItem("Jermuk"));
    }

    @Test
    @Order(4)
    void exportsLeaveCopiesOutFlagTheHeadlineRowsAndTakeTheListsFilters() {
        // Summing fatalities over the rows flagged headline gives the incident's killed figure; all rows overstate.
        List<Map<String, String>> sep = csvRows(given().get("/incidents/" + SEP + "/events.csv").then().statusCode(200)
                .extract().asString());
        assertEquals(49, sep.stream().filter(r -> r.get("headline").equals("true"))
                .mapToInt(r -> Integer.parseInt(r.get("fatalities"))).sum(), sep.toString());
        // The May incident's copy (seed 004 of seed 001) is left out unless asked for, and marked when it is.
        List<Map<String, String>> may = csvRows(given().get("/incidents/" + MAY + "/events.csv").then().statusCode(200)
                .extract().asString());
        assertTrue(may.stream().noneMatch(r -> r.get("article_id").equals(SEEDS.id(4))), may.toString());
        List<Map<String, String>> withCopies = csvRows(given().get("/export/events.csv?copies=true").then()
                .statusCode(200).extract().asString());
        assertTrue(withCopies.stream().filter(r -> r.get("article_id").equals(SEEDS.id(4)))
                .allMatch(r -> r.get("duplicate_of").equals(SEEDS.id(1))), withCopies.toString());
        assertTrue(withCopies.stream().anyMatch(r -> r.get("article_id").equals(SEEDS.id(4))));
        given().get("/incidents/" + MAY + "/timeline").then().statusCode(200)
                .body("articleId", org.hamcrest.Matchers.not(hasItem(SEEDS.id(4))));
        given().get("/incidents/" + MAY + "/timeline?copies=true").then().statusCode(200)
                .body("articleId", hasItem(SEEDS.id(4)));
        // country, from, to and asOf on every export
        List<Map<String, String>> kg = csvRows(given().get("/events.csv?country=kg").then().statusCode(200)
                .extract().asString());
        assertTrue(kg.isEmpty(), kg.toString());
        List<Map<String, String>> since = csvRows(given().get("/export/events.csv?from=2022-01-01").then()
                .statusCode(200).extract().asString());
        assertTrue(!since.isEmpty() && since.stream().allMatch(r -> r.get("incident_id").equals(SEP)), since.toString());
        String early = given().get("/export/events.csv?asOf=2021-05-14").then().statusCode(200).extract().asString();
        assertTrue(early.contains(MAY) && !early.contains(SEP), early);
        given().get("/incidents/" + MAY + "/timeline?asOf=2021-05-14").then().statusCode(200)
                .body("event.type", org.hamcrest.Matchers.not(hasItem("REJECTION")));
        given().get("/incidents/" + MAY + "/timeline?from=2021-05-12&to=2021-05-12").then().statusCode(200)
                .body("event.date", everyItemIs("2021-05-12"));
        given().get("/incidents.geojson?from=2022-01-01").then().statusCode(200)
                .body("features.properties.name", org.hamcrest.Matchers.not(hasItem("Vardenis")))
                .body("features.properties.incidentId", everyItemIs(SEP))
                .body("query.from", equalTo("2022-01-01"));
        given().get("/incidents/" + MAY + "/geojson?asOf=2021-05-14").then().statusCode(200)
                .body("query.asOf", equalTo("2021-05-14"));
        // an unknown value is refused, saying what was wrong
        given().get("/export/events.csv?country=Armenia").then().statusCode(400)
                .contentType(containsString("application/json")).body("message", containsString("country"));
        given().get("/incidents/" + MAY + "/geojson?copies=maybe").then().statusCode(400)
                .body("message", containsString("copies"));
        given().get("/incidents.geojson?asOf=yesterday").then().statusCode(400).body("message", containsString("asOf"));
        given().get("/incidents?country=ZZ").then().statusCode(400).body("message", containsString("ZZ"));
        given().get("/incidents?limit=ten").then().statusCode(400).body("message", containsString("limit"));
    }

    @Test
    @Order(9)
    void articlesPageAndRefuseAnUnknownStatusAndListFilesRejectedBeforeTheyHadAnId() {
        given().get("/articles?limit=2").then().statusCode(200).header("X-Total-Count", "5").body("$", hasSize(2));
        given().get("/articles?offset=4&limit=2").then().statusCode(200).header("X-Total-Count", "5")
                .body("$", hasSize(1));
        given().get("/articles?status=analyzed&offset=1").then().statusCode(200).header("X-Total-Count", "5")
                .body("$", hasSize(4));
        given().get("/articles?status=bogus").then().statusCode(400).contentType(containsString("application/json"))
                .body("status", equalTo(400)).body("message", containsString("bogus"));
        given().get("/articles?limit=0").then().statusCode(400).body("message", containsString("limit"));
        // The copy says which article it copies, in the list and on its own page (ArticleView's fields at the top).
        given().get("/articles?fileName=" + SeedFixtures.FILES[4]).then().body("[0].duplicateOf", equalTo(SEEDS.id(1)));
        given().get("/articles/" + SEEDS.id(4)).then().statusCode(200).body("duplicateOf", equalTo(SEEDS.id(1)))
                .body("id", equalTo(SEEDS.id(4))).body("status", equalTo("analyzed")).body("text", notNullValue());
        try (org.borderwatch.query.testing.Topics topics = new org.borderwatch.query.testing.Topics(kafka.bootstrapServers())) {
            topics.send(Topics.REJECTED, "unreadable.html", new Rejection(1, null, "unreadable.html", "ingest",
                    "not valid UTF-8 at byte 12", "inbox", "2026-11-20T10:00:00Z"));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/articles?status=rejected").then()
                .statusCode(200).body("fileName", hasItem("unreadable.html"))
                .body("find { it.fileName == 'unreadable.html' }.reason", equalTo("not valid UTF-8 at byte 12"))
                .body("find { it.fileName == 'unreadable.html' }.id", nullValue()));
        given().get("/articles?status=analyzed").then().body("$", hasSize(5));
        // the API description still builds with the unwrapped article and the exports' shared parameters
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/articles'.get.parameters.name", hasItem("limit"))
                .body("paths.'/export/events.csv'.get.parameters.name", hasItem("copies"));
    }

    /** The rows of a CSV answer as column -> cell (quoted cells with commas and doubled quotes). */
    private static List<Map<String, String>> csvRows(String csv) {
        List<List<String>> lines = new java.util.ArrayList<>();
        List<String> cells = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                cells.add(cell.toString());
                cell.setLength(0);
                lines.add(cells);
                cells = new java.util.ArrayList<>();
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        List<String> header = lines.get(0);
        List<Map<String, String>> rows = new java.util.ArrayList<>();
        for (List<String> line : lines.subList(1, lines.size())) {
            Map<String, String> row = new java.util.LinkedHashMap<>();
            for (int k = 0; k < header.size(); k++) {
                row.put(header.get(k), line.get(k));
            }
            rows.add(row);
        }
        return rows;
    }

    private static org.hamcrest.Matcher<Iterable<? extends String>> everyItemIs(String s) {
        return org.hamcrest.Matchers.everyItem(equalTo(s));
    }

    @Test
    @Order(5)
    void duplicateAndOutOfOrderDeliveryChangeNothing() throws Exception {
        String before = pictures();
        try (org.borderwatch.query.testing.Topics topics = new org.borderwatch.query.testing.Topics(kafka.bootstrapServers())) {
            for (ArticleAnalysis a : SEEDS.analyses(SeedFixtures.V1)) {
                topics.send(Topics.ANALYZED, a.articleId(), a);
            }
            for (ArticleAnalysis a : SEEDS.analyses("0.9.0")) {
                topics.send(Topics.ANALYZED, a.articleId(), a);
            }
            for (RawArticle raw : SEEDS.raws()) {
                topics.send(Topics.RAW, raw.articleId(), raw);
            }
            // An analysis of a schema this service does not know: poison too.
            ArticleAnalysis a = SEEDS.analysis(0, "9.0.0");
            topics.send(Topics.ANALYZED, "future-schema", new ArticleAnalysis(99, a.articleId(), a.extractor(),
                    a.analyzedAt(), a.published(), a.isBorderIncident(), a.countries(), a.events(), a.warnings(),
                    a.title(), a.outlet(), a.fileName(), a.ingestedAt()));
            // A marker after them: once it is folded, everything before it was too (one partition per key order).
            topics.sendBytes(Topics.ANALYZED, "marker", "{not json".getBytes(StandardCharsets.UTF_8));
            // Unreadable records on the other two topics are dead-lettered as well, after their own topic.
            topics.sendBytes(Topics.RAW, "raw-marker", "{not json".getBytes(StandardCharsets.UTF_8));
            topics.sendBytes(Topics.REJECTED, "rejected-marker", "[1, 2]".getBytes(StandardCharsets.UTF_8));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> dlq().size() >= 2
                && dlq(Topics.RAW_DLQ, 1).size() >= 1 && dlq(Topics.REJECTED_DLQ, 1).size() >= 1);
        Thread.sleep(500);
        assertEquals(before, pictures());
    }

    @Test
    @Order(6)
    void poisonGoesToTheDeadLetterTopicWithItsReasonAndTheConsumerGoesOn() {
        List<ConsumerRecord<String, byte[]>> dead = dlq();
        ConsumerRecord<String, byte[]> poison = dead.stream().filter(r -> "marker".equals(r.key())).findFirst()
                .orElseThrow();
        String reason = new String(poison.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
        assertTrue(reason.contains("not a ArticleAnalysis"), reason);
        ConsumerRecord<String, byte[]> future = dead.stream().filter(r -> "future-schema".equals(r.key()))
                .findFirst().orElseThrow();
        String why = new String(future.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
        assertTrue(why.contains("unknown schemaVersion 99"), why);
        ConsumerRecord<String, byte[]> raw = dlq(Topics.RAW_DLQ, 1).stream()
                .filter(r -> "raw-marker".equals(r.key())).findFirst().orElseThrow();
        String rawWhy = new String(raw.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
        assertTrue(rawWhy.contains("not a RawArticle"), rawWhy);
        assertEquals("{not json", new String(raw.value(), StandardCharsets.UTF_8));
        ConsumerRecord<String, byte[]> rejected = dlq(Topics.REJECTED_DLQ, 1).stream()
                .filter(r -> "rejected-marker".equals(r.key())).findFirst().orElseThrow();
        String rejectedWhy = new String(rejected.headers().lastHeader("dead-letter-reason").value(),
                StandardCharsets.UTF_8);
        assertTrue(rejectedWhy.contains("not a Rejection"), rejectedWhy);
        // The article page still finds its text on articles.raw after the raw records were sent again.
        given().get("/articles/" + SEEDS.id(3)).then().statusCode(200)
                .body("text", containsString("49 people died"));
        given().get("/incidents").then().statusCode(200).body("$", hasSize(2));
    }

    @Test
    @Order(7)
    void aRestartRebuildsTheSamePicturesFromTheTopics() throws Exception {
        // What a restarted instance does: a fresh consumer reads the topics from the beginning into a new model.
        ReadModel fresh = new ReadModel();
        try (org.borderwatch.query.testing.Topics topics = new org.borderwatch.query.testing.Topics(kafka.bootstrapServers())) {
            for (ConsumerRecord<String, byte[]> r : topics.readAll(Topics.RAW, 11, Duration.ofSeconds(10))) {
                if ("raw-marker".equals(r.key())) {
                    continue; // the poison record: dead-lettered by the service, skipped here
                }
                fresh.apply(org.borderwatch.query.testing.Topics.JSON.readValue(r.value(), RawArticle.class));
            }
            for (ConsumerRecord<String, byte[]> r : topics.readAll(Topics.ANALYZED, 17, Duration.ofSeconds(10))) {
                try {
                    ArticleAnalysis a = org.borderwatch.query.testing.Topics.JSON.readValue(r.value(), ArticleAnalysis.class);
                    if (a.schemaVersion() == org.borderwatch.contract.CloudEventTypes.SCHEMA_VERSION) {
                        fresh.apply(a);
                    }
                } catch (java.io.IOException poison) {
                    // the marker: dead-lettered by the service, skipped here
                }
            }
        }
        IncidentView rebuilt = new IncidentView(fresh, Clock.systemUTC());
        for (String id : List.of(MAY, SEP)) {
            IncidentPicture served = given().get("/incidents/" + id).then().extract().as(IncidentPicture.class);
            IncidentPicture again = rebuilt.picture(id).orElseThrow();
            assertEquals(withoutTime(served), withoutTime(again), id);
        }
    }

    @Test
    @Order(8)
    void theStreamPushesThePictureWhenANewAnalysisChangesIt() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "incidents/" + SEP + "/stream"))
                .header("Accept", "text/event-stream").build();
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.startsWith("data:")) {
                        events.add(line.substring(5).trim());
                    }
                }
            } catch (java.io.IOException closed) {
                // stream closed at the end of the test
            }
        });
        reader.setDaemon(true);
        reader.start();
        String first = events.poll(20, TimeUnit.SECONDS);
        assertTrue(first != null && first.contains("\"id\":\"" + SEP + "\""), String.valueOf(first));

        ArticleAnalysis newer = withExtraCasualty(SEEDS.analysis(3, "1.1.0"));
        try (org.borderwatch.query.testing.Topics topics = new org.borderwatch.query.testing.Topics(kafka.bootstrapServers())) {
            topics.send(Topics.ANALYZED, newer.articleId(), newer);
        }
        String next = events.poll(30, TimeUnit.SECONDS);
        assertTrue(next != null && next.contains("\"wounded\""), String.valueOf(next));
        IncidentPicture pushed = org.borderwatch.query.testing.Topics.JSON.readValue(next, IncidentPicture.class);
        assertTrue(pushed.casualties().stream().anyMatch(c -> c.category().equals("wounded") && c.best() == 12));
        // The replaced analysis of 003 counts once: still one 49-killed claim.
        assertEquals(1, pushed.casualties().stream().filter(c -> c.category().equals("killed")).findFirst()
                .orElseThrow().claims().size());
    }

    private static ArticleAnalysis withExtraCasualty(ArticleAnalysis a) {
        List<EventRecord> events = new ArrayList<>(a.events());
        EventRecord k = events.stream().filter(e -> e.type() == EventType.CASUALTIES).findFirst().orElseThrow();
        events.add(new EventRecord(k.id() + "-w", EventType.CASUALTIES, null, k.date(), k.datePrecision(), false, "AM",
                null, new EventRecord.Counts(null, 12, null, null, null, null, null, null), k.actors(), null, null,
                List.of(), k.claimedBy(), null, k.evidence(), 0.8, false, null, "1.1.0", null));
        return new ArticleAnalysis(a.schemaVersion(), a.articleId(), a.extractor(), a.analyzedAt(), a.published(),
                a.isBorderIncident(), a.countries(), events, a.warnings(), a.title(), a.outlet(), a.fileName(),
                a.ingestedAt());
    }

    private List<ConsumerRecord<String, byte[]>> dlq() {
        return dlq(Topics.ANALYZED_DLQ, 2);
    }

    private List<ConsumerRecord<String, byte[]>> dlq(String topic, int expected) {
        try (org.borderwatch.query.testing.Topics topics = new org.borderwatch.query.testing.Topics(kafka.bootstrapServers())) {
            return topics.readAll(topic, expected, Duration.ofSeconds(3));
        }
    }

    private static String pictures() {
        StringBuilder sb = new StringBuilder();
        for (String id : List.of(MAY, SEP)) {
            Map<String, Object> p = given().get("/incidents/" + id).then().statusCode(200).extract().as(Map.class);
            p.remove("updatedAt");
            sb.append(p);
        }
        return sb.toString();
    }

    private static IncidentPicture withoutTime(IncidentPicture p) {
        return new IncidentPicture(p.id(), p.title(), p.countries(), p.status(), p.firstEventDate(),
                p.lastEventDate(), p.locations(), p.casualties(), p.forces(), p.appeals(), p.responses(),
                p.accusations(), p.ceasefire(), p.articles(), p.asOf(), null);
    }
}
