package org.borderwatch.extract.messaging;

import static io.restassured.RestAssured.given;
import static org.borderwatch.extract.testing.KafkaTestClient.header;
import static org.borderwatch.extract.testing.KafkaTestClient.parse;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.borderwatch.contract.ArticleAnalysis;
import org.borderwatch.contract.ArticleIds;
import org.borderwatch.contract.CloudEventHeaders;
import org.borderwatch.contract.CloudEventTypes;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.Extractor;
import org.borderwatch.engine.BorderwatchAnalyzer;
import org.borderwatch.contract.RawArticle;
import org.borderwatch.contract.Rejection;
import org.borderwatch.contract.Topics;
import org.borderwatch.extract.testing.EngineFaultInjection;
import org.borderwatch.extract.testing.KafkaTestClient;
import org.borderwatch.extract.testing.Seeds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.borderwatch.testing.kafka.KafkaBrokerTestResource;

/** The live pipeline against a real in-process broker: raw records in, analyses, dead letters and rejections out. */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerTestResource.class, restrictToAnnotatedClass = true)
class ExtractPipelineIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static KafkaTestClient kafka;

    @BeforeAll
    static void clients() {
        kafka = new KafkaTestClient();
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    @Test
    void seedArticleIsAnalyzedUnderItsKeyWithCloudEventHeaders() {
        RawArticle seed = Seeds.all().get(0);
        kafka.publish(seed);

        ConsumerRecord<String, byte[]> record = kafka.await(Topics.ANALYZED, r -> seed.articleId().equals(r.key()), 1, WAIT).get(0);
        ArticleAnalysis analysis = parse(record.value(), ArticleAnalysis.class);
        assertEquals(seed.articleId(), analysis.articleId());
        assertEquals(CloudEventTypes.SCHEMA_VERSION, analysis.schemaVersion());
        assertEquals(new Extractor(BorderwatchAnalyzer.NAME, BorderwatchAnalyzer.VERSION), analysis.extractor(),
                "no borderwatch.extractor.version configured: the engine's own");
        assertFalse(analysis.events().isEmpty(), "a seed article yields event records");
        assertEquals(CloudEventTypes.ARTICLE_ANALYSIS, header(record, "ce_type"));
        assertEquals("1.0", header(record, "ce_specversion"));
        assertEquals("/borderwatch/extract-service", header(record, "ce_source"));
        assertEquals(CloudEventHeaders.analysisId(seed.articleId(), analysis.extractor().version()), header(record, "ce_id"));
        assertNotNull(header(record, "ce_time"));
        assertEquals("1", header(record, CloudEventTypes.SCHEMA_VERSION_HEADER));
    }

    @Test
    void malformedJsonIsDeadLetteredAndTheNextRecordIsStillAnalyzed() {
        poisonThenGood("malformed-" + UUID.randomUUID(), "{\"articleId\": \"abc\", \"text\": ".getBytes(StandardCharsets.UTF_8),
                "1", "malformed JSON");
    }

    @Test
    void unknownSchemaVersionIsDeadLettered() {
        RawArticle article = Seeds.article("An article of a future schema " + UUID.randomUUID(), "future.txt");
        RawArticle future = new RawArticle(2, article.articleId(), article.title(), article.text(), article.published(),
                article.outlet(), article.byline(), article.url(), article.fileName(), article.contentType(),
                article.ingestedAt(), article.sizeBytes());
        Rejection rejection = poisonThenGood(future.articleId(), KafkaTestClient.json(future), "2", "unknown schemaVersion");
        assertEquals(future.articleId(), rejection.articleId());
    }

    @Test
    void oversizedTextIsDeadLettered() {
        RawArticle big = Seeds.article("x".repeat(70_000) + UUID.randomUUID(), "big.txt"); // test limit: 65536 bytes
        poisonThenGood(big.articleId(), KafkaTestClient.json(big), "1", "oversized");
    }

    @Test
    void articleIdThatIsNotTheTextsHashIsDeadLettered() {
        RawArticle article = Seeds.article("An article whose id was tampered with " + UUID.randomUUID(), "tampered.txt");
        String wrongId = ArticleIds.of("some other text " + UUID.randomUUID());
        RawArticle tampered = new RawArticle(1, wrongId, article.title(), article.text(), article.published(),
                article.outlet(), article.byline(), article.url(), article.fileName(), article.contentType(),
                article.ingestedAt(), article.sizeBytes());
        Rejection rejection = poisonThenGood(wrongId, KafkaTestClient.json(tampered), "1", "does not match the text's hash");
        assertEquals("tampered.txt", rejection.fileName());
    }

    @Test
    void missingTextIsDeadLettered() {
        String id = ArticleIds.of("missing " + UUID.randomUUID());
        RawArticle noText = new RawArticle(1, id, "t", null, null, null, null, null, "empty.txt", "text/plain",
                "2026-11-22T00:00:00Z", 0);
        poisonThenGood(id, KafkaTestClient.json(noText), "1", "missing text");
    }

    @Test
    void engineFailureIsDeadLetteredNotRetried() {
        RawArticle breaking = Seeds.article("This text breaks the engine: " + EngineFaultInjection.MARKER + " "
                + UUID.randomUUID(), "breaking.txt");
        poisonThenGood(breaking.articleId(), KafkaTestClient.json(breaking), "1", "engine failed");
    }

    @Test
    void redeliveredRecordGivesTheSameAnalysisUnderTheSameKey() {
        RawArticle seed = Seeds.all().get(1);
        byte[] value = KafkaTestClient.json(seed);
        kafka.publish(0, seed.articleId(), value, "1");
        kafka.publish(0, seed.articleId(), value, "1");

        List<ConsumerRecord<String, byte[]>> twice = kafka.await(Topics.ANALYZED, r -> seed.articleId().equals(r.key()), 2, WAIT);
        ArticleAnalysis first = parse(twice.get(0).value(), ArticleAnalysis.class);
        ArticleAnalysis second = parse(twice.get(1).value(), ArticleAnalysis.class);
        assertFalse(first.events().isEmpty());
        assertEquals(first.events().stream().map(EventRecord::id).toList(),
                second.events().stream().map(EventRecord::id).toList(), "same article, same version: same event ids");
        assertEquals(header(twice.get(0), "ce_id"), header(twice.get(1), "ce_id"));
        assertEquals(first.events(), second.events());
    }

    @Test
    void offsetsAreCommittedPastPoisonAndGoodRecordsOnceTheyAreWritten() throws Exception {
        RecordMetadata poison = kafka.publish(1, "poison-" + UUID.randomUUID(), "not json".getBytes(StandardCharsets.UTF_8), "1");
        RawArticle good = Seeds.article("A good article on partition 1 " + UUID.randomUUID(), "p1.txt");
        RecordMetadata last = kafka.publish(1, good.articleId(), KafkaTestClient.json(good), "1");
        assertEquals(poison.offset() + 1, last.offset());
        kafka.await(Topics.ANALYZED, r -> good.articleId().equals(r.key()), 1, WAIT);

        TopicPartition partition = new TopicPartition(Topics.RAW, 1);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers",
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class)))) {
            Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).until(() -> {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets("borderwatch-extract-test")
                        .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS).get(partition);
                return committed != null && committed.offset() >= last.offset() + 1;
            });
        }
    }

    @Test
    void healthMetricsAndOpenApiAreServed() {
        kafka.publish(Seeds.all().get(2));
        kafka.await(Topics.ANALYZED, r -> Seeds.all().get(2).articleId().equals(r.key()), 1, WAIT);

        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("quarkus_messaging_message_count_total{channel=\"articles-raw\""),
                "messaging metrics per channel");
        assertTrue(metrics.contains("quarkus_messaging_message_failures_total{channel=\"articles-raw\""),
                "failure counter per channel");
        assertTrue(metrics.contains("kafka_consumer_fetch_manager_records_lag"), "consumer lag from the Kafka client");
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("/admin/replay"));
    }

    @Test
    void runawayRuleIsStoppedByTheTimeBudgetAndTheArticleRejected() {
        RawArticle runaway = Seeds.article("Troops shelled the border village. " + EngineFaultInjection.BACKTRACK_MARKER
                + " " + EngineFaultInjection.RUNAWAY_TEXT + " " + UUID.randomUUID(), "runaway.txt");
        Rejection rejection = poisonThenGood(runaway.articleId(), KafkaTestClient.json(runaway), "1", "time budget exceeded");
        assertEquals(runaway.articleId(), rejection.articleId());
        assertEquals("runaway.txt", rejection.fileName());
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.matches("(?s).*borderwatch_extract_time_budget_total\\{outcome=\"exceeded\"[^}]*} [1-9].*"),
                "the budget outcome is counted");
        assertTrue(metrics.matches("(?s).*borderwatch_extract_rejected_total\\{reason=\"time-budget\"[^}]*} [1-9].*"),
                "the rejection is counted by its reason");
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void anAnalysisTheBrokerRefusesEndsAsARejectionAndThePartitionGoesOn() throws Exception {
        RawArticle seed = Seeds.all().get(3);
        RawArticle article = Seeds.article(seed.text() + "\n\nRefused copy " + UUID.randomUUID(), "refused.txt");
        try (Admin admin = Admin.create(Map.of("bootstrap.servers",
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class)))) {
            setMaxMessageBytes(admin, 1024); // a broker that keeps a smaller limit than the contract's
            try {
                kafka.publish(0, article.articleId(), KafkaTestClient.json(article), "1");
                Rejection rejection = parse(kafka.await(Topics.REJECTED, r -> article.articleId().equals(r.key()), 1, WAIT)
                        .get(0).value(), Rejection.class);
                assertTrue(rejection.reason().startsWith("analysis could not be written: "), rejection.reason());
                assertTrue(rejection.reason().contains("RecordTooLargeException"), rejection.reason());
                ConsumerRecord<String, byte[]> letter = kafka.await(Topics.RAW_DLQ,
                        r -> article.articleId().equals(r.key()), 1, WAIT).get(0);
                assertEquals("write-failed", header(letter, "dead-letter-kind"));
            } finally {
                setMaxMessageBytes(admin, org.borderwatch.contract.Limits.MAX_MESSAGE_BYTES);
            }
        }
        RawArticle good = Seeds.article("A good article behind a refused analysis " + UUID.randomUUID(), "good.txt");
        kafka.publish(0, good.articleId(), KafkaTestClient.json(good), "1");
        kafka.await(Topics.ANALYZED, r -> good.articleId().equals(r.key()), 1, WAIT);
    }

    private static void setMaxMessageBytes(Admin admin, int bytes) throws Exception {
        var topic = new org.apache.kafka.common.config.ConfigResource(org.apache.kafka.common.config.ConfigResource.Type.TOPIC,
                Topics.ANALYZED);
        admin.incrementalAlterConfigs(Map.of(topic, List.of(new org.apache.kafka.clients.admin.AlterConfigOp(
                new org.apache.kafka.clients.admin.ConfigEntry("max.message.bytes", String.valueOf(bytes)),
                org.apache.kafka.clients.admin.AlterConfigOp.OpType.SET)))).all().get(30, TimeUnit.SECONDS);
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                String.valueOf(bytes).equals(admin.describeConfigs(List.of(topic)).all().get(30, TimeUnit.SECONDS)
                        .get(topic).get("max.message.bytes").value()));
    }

    /**
     * Sends a poison record and then a good article to the same partition (0), and checks: the dead letter names
     * the raw record, its size and the reason, but is no copy of it; a Rejection of stage extract names the raw
     * record, and the good article behind it is analyzed (the partition is not stuck).
     */
    private Rejection poisonThenGood(String key, byte[] value, String schemaVersionHeader, String expectedReason) {
        RecordMetadata poison = kafka.publish(0, key, value, schemaVersionHeader);
        RawArticle good = Seeds.article("A good article behind a poison one " + UUID.randomUUID(), "good.txt");
        kafka.publish(0, good.articleId(), KafkaTestClient.json(good), "1");

        String rawSource = "articles.raw-0@" + poison.offset();
        ConsumerRecord<String, byte[]> deadLetter = kafka.await(Topics.RAW_DLQ,
                r -> String.valueOf(poison.offset()).equals(header(r, "dead-letter-offset"))
                        && "0".equals(header(r, "dead-letter-partition")), 1, WAIT).get(0);
        String reason = header(deadLetter, "dead-letter-reason");
        assertNotNull(reason);
        assertTrue(reason.contains(expectedReason), "reason '" + reason + "' should say " + expectedReason);
        DeadLetter letter = parse(deadLetter.value(), DeadLetter.class);
        assertEquals(reason, letter.reason());
        assertEquals(value.length, letter.sizeBytes());
        assertEquals(String.valueOf(value.length), header(deadLetter, "dead-letter-size"));
        assertEquals(rawSource, letter.source());
        assertFalse(java.util.Arrays.equals(value, deadLetter.value()), "the dead letter is no copy of the record");
        assertTrue(deadLetter.value().length < 4096, "a dead letter stays small: " + deadLetter.value().length);
        assertEquals(letter.articleId() != null ? letter.articleId() : key, deadLetter.key());

        ConsumerRecord<String, byte[]> rejectionRecord = kafka.await(Topics.REJECTED,
                r -> rawSource.equals(parse(r.value(), Rejection.class).source()), 1, WAIT).get(0);
        Rejection rejection = parse(rejectionRecord.value(), Rejection.class);
        assertEquals("extract", rejection.stage());
        assertEquals(reason, rejection.reason());
        assertEquals(CloudEventTypes.REJECTION, header(rejectionRecord, "ce_type"));
        assertEquals("1", header(rejectionRecord, CloudEventTypes.SCHEMA_VERSION_HEADER));

        kafka.await(Topics.ANALYZED, r -> good.articleId().equals(r.key()), 1, WAIT);
        return rejection;
    }
}
