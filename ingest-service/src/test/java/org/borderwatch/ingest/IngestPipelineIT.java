package org.borderwatch.ingest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.borderwatch.contract.ArticleIds;
import org.borderwatch.contract.CloudEventTypes;
import org.borderwatch.contract.RawArticle;
import org.borderwatch.ingest.testing.Inbox;
import org.borderwatch.ingest.testing.InboxTestResource;
import org.borderwatch.ingest.testing.Seeds;
import org.borderwatch.ingest.testing.TopicCollector;
import org.borderwatch.testing.kafka.KafkaBrokerTestResource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The main paths against a real broker: inbox file -> articles.raw -> .done, duplicates, rejections, HTTP. */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerTestResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = InboxTestResource.class, restrictToAnnotatedClass = true)
class IngestPipelineIT {
    private static TopicCollector topics;
    private Inbox inbox;

    @BeforeEach
    void connect() {
        if (topics == null) {
            topics = new TopicCollector(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        }
        inbox = new Inbox(topics);
    }

    @AfterAll
    static void close() throws InterruptedException {
        if (topics != null) {
            topics.close();
            topics = null;
        }
    }

    @Test
    void seedDroppedInTheInboxIsPublishedWithKeyAndCloudEventHeadersThenMovedToDone() throws Exception {
        String name = Seeds.path("000").getFileName().toString();
        Files.copy(Seeds.path("000"), inbox.dir().resolve(name));
        RawArticle article = inbox.awaitAccepted(name);

        String text = Seeds.text("000");
        assertEquals(ArticleIds.of(text), article.articleId());
        assertEquals(ArticleIds.normalize(text), article.text());
        assertEquals("2021-05-13", article.published());
        assertEquals("text/plain", article.contentType());
        assertEquals(Seeds.bytes("000").length, article.sizeBytes());
        assertEquals(CloudEventTypes.SCHEMA_VERSION, article.schemaVersion());

        List<ConsumerRecord<String, byte[]>> records = topics.rawRecordsWithKey(article.articleId());
        assertEquals(1, records.size());
        ConsumerRecord<String, byte[]> record = records.get(0);
        assertEquals("raw:" + article.articleId(), TopicCollector.header(record, "ce_id"));
        assertEquals(CloudEventTypes.RAW_ARTICLE, TopicCollector.header(record, "ce_type"));
        assertEquals("/borderwatch/ingest-service", TopicCollector.header(record, "ce_source"));
        assertEquals("1.0", TopicCollector.header(record, "ce_specversion"));
        Instant.parse(TopicCollector.header(record, "ce_time"));
        assertEquals("1", TopicCollector.header(record, CloudEventTypes.SCHEMA_VERSION_HEADER));
        assertEquals(Seeds.text("000"), Files.readString(inbox.done(name)), "the file is moved unchanged");
    }

    @Test
    void bylineSeedCarriesOutletAndDate() {
        String name = "seed-003.txt";
        inbox.drop(name, Seeds.bytes("003"));
        RawArticle article = inbox.awaitAccepted(name);
        assertEquals("2022-09-13", article.published());
        assertEquals("Eurasia Business News", article.outlet());
        assertEquals("Anthony Marcus", article.byline());
    }

    /**
     * A burst like a bulk copy: 400 distinct articles of ~5 KB and 20 copies of some of them under other names,
     * all moved in at once, so the parallel publishing workers take copies of one text at the same moment. Every
     * file ends in .done, every distinct text is exactly one record, and no copy is a record of its own.
     */
    @Test
    void burstOfFilesWithCopiesInsideIsPublishedOncePerTextAndEveryFileSettles() throws Exception {
        Path staging = Files.createTempDirectory("burst");
        Map<String, String> idByName = new HashMap<>();
        String filler = Seeds.text("002");
        for (int i = 0; i < 400; i++) {
            String name = String.format("burst-%03d.txt", i);
            String text = "Burst article " + i + "\n\n" + filler + "\n\nEditor's note " + i + ".";
            Files.writeString(staging.resolve(name), text);
            idByName.put(name, ArticleIds.of(text));
            if (i % 20 == 0) {
                String copy = String.format("burst-%03d-copy.txt", i);
                Files.writeString(staging.resolve(copy), text);
                idByName.put(copy, ArticleIds.of(text));
            }
        }
        try (var files = Files.list(staging)) {
            for (Path file : files.toList()) {
                Files.move(file, inbox.dir().resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
            }
        }
        await().atMost(Inbox.TIMEOUT.multipliedBy(2)).until(
                () -> idByName.keySet().stream().allMatch(name -> Files.exists(inbox.done(name))));
        Thread.sleep(500);
        for (Map.Entry<String, String> file : idByName.entrySet()) {
            assertEquals(1, topics.rawRecordsWithKey(file.getValue()).size(), file.getKey() + ": one record per text");
        }
        long records = topics.raw().stream().filter(r -> idByName.containsValue(r.key())).count();
        assertEquals(400, records, "400 distinct texts, 400 records: the 20 copies added none");
    }

    @Test
    void sameTextUnderAnotherNameIsOneArticle() throws Exception {
        inbox.drop("first copy.txt", Seeds.bytes("001"));
        RawArticle first = inbox.awaitAccepted("first copy.txt");
        assertEquals("CSTO Rejects Yerevan’s Appeal for Help in Armenia Border Breach by Azerbaijan", first.title());
        long duplicatesBefore = given().get("/ingest/status").then().extract().jsonPath().getLong("duplicates");

        // same text, other line ends and trailing blank lines: the same normalized text
        inbox.drop("second copy.txt", Seeds.text("001").replace("\n", "\r\n") + "\r\n\r\n");
        await().atMost(Inbox.TIMEOUT).until(() -> Files.exists(inbox.done("second copy.txt")));
        given().get("/ingest/status").then().body("duplicates", equalTo((int) duplicatesBefore + 1));
        Thread.sleep(500);
        assertEquals(1, topics.rawRecordsWithKey(first.articleId()).size(), "no second record of the same article");
        assertTrue(topics.rawArticles("second copy.txt").isEmpty());
    }

    @Test
    void badFileGoesToRejectedWithReasonAndRejectionRecord() {
        inbox.drop("archive.zip", new byte[] {'P', 'K', 3, 4, 0, 0, 0});
        String reason = inbox.awaitRejected("archive.zip", "unsupported file type .zip");
        assertTrue(reason.contains("file: archive.zip"), reason);
        var record = topics.rejected().stream().filter(r -> "archive.zip".equals(r.key())).findFirst().orElseThrow();
        assertEquals(CloudEventTypes.REJECTION, TopicCollector.header(record, "ce_type"));
        assertNotNull(TopicCollector.header(record, "ce_id"));
    }

    @Test
    void postArticleIsAcceptedAfterTheBrokerAck() {
        String text = "Border talks resume\n\nThe two delegations met at the border crossing on Monday.";
        String id = given().contentType("text/plain; charset=UTF-8").body(text)
                .post("/articles")
                .then().statusCode(202)
                .body("articleId", equalTo(ArticleIds.of(text)))
                .body("duplicate", is(false))
                .body("title", equalTo("Border talks resume"))
                .extract().jsonPath().getString("articleId");
        List<ConsumerRecord<String, byte[]>> records = await().atMost(Inbox.TIMEOUT)
                .until(() -> topics.rawRecordsWithKey(id), l -> !l.isEmpty());
        RawArticle article = TopicCollector.parse(records.get(0).value(), RawArticle.class);
        assertEquals(ArticleIds.normalize(text), article.text());
        assertEquals(null, article.fileName());

        given().contentType("text/plain").body(text).post("/articles")
                .then().statusCode(202).body("articleId", equalTo(id)).body("duplicate", is(true));
    }

    @Test
    void postJsonArticle() {
        String json = "{\"title\":\"Ceasefire holds\",\"text\":\"The ceasefire held overnight.\",\"published\":\"2022-09-15\","
                + "\"outlet\":\"Test Wire\",\"url\":\"https://example.org/x\"}";
        given().contentType("application/json").body(json).post("/articles")
                .then().statusCode(202).body("title", equalTo("Ceasefire holds")).body("published", equalTo("2022-09-15"));
    }

    @Test
    void postOverTheLimitIs413() {
        byte[] big = new byte[300 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        given().contentType("text/plain").body(big).post("/articles")
                .then().statusCode(413).body("error", containsString("over the limit"));
    }

    @Test
    void statusHealthOpenApiAndMetricsAreServed() {
        given().get("/ingest/status").then().statusCode(200)
                .body("watching", is(true))
                .body("accepted", greaterThanOrEqualTo(0))
                .body("scan", org.hamcrest.Matchers.notNullValue());
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200).body("checks.name", org.hamcrest.Matchers.hasItem("inbox-watcher"));
        given().get("/q/openapi").then().statusCode(200).body(containsString("/articles"));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("borderwatch_ingest_inputs_total{outcome=\"accepted\"}"));
    }
}
