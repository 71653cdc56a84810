package org.borderwatch.extract.messaging;

import static io.restassured.RestAssured.given;
import static org.borderwatch.extract.testing.KafkaTestClient.header;
import static org.borderwatch.extract.testing.KafkaTestClient.parse;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.borderwatch.contract.ArticleAnalysis;
import org.borderwatch.contract.Limits;
import org.borderwatch.contract.RawArticle;
import org.borderwatch.contract.Rejection;
import org.borderwatch.contract.Topics;
import org.borderwatch.extract.testing.KafkaTestClient;
import org.borderwatch.extract.testing.Seeds;
import org.borderwatch.testing.kafka.KafkaBrokerTestResource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Finding 1 of issue 13 on a real broker with the production sizes (contract {@link Limits}): one article used to
 * stop extract-service for good (its analysis, then its dead letter, failed with RecordTooLargeException; the record
 * was never acked and the throttled commit check shut the channel). Now each hostile article ends analyzed within
 * the analysis bounds or rejected with its reason, its offset is committed, and the 100 normal articles behind it
 * on the same partition are all analyzed, with the service live.
 *
 * <p>The analysis size limit is lowered to 1 MiB here (4 MiB in production) so that the guard behind the bounds
 * is reached: an article of 1,000 records with 1,000-character evidence (about 2 MB of analysis) is what the bounds
 * let through at most, and only a limit below that shows the guard at work.
 */
@QuarkusTest
@TestProfile(HostileArticlesIT.ProductionSizes.class)
@QuarkusTestResource(value = KafkaBrokerTestResource.class, restrictToAnnotatedClass = true)
class HostileArticlesIT {
    private static final Duration WAIT = Duration.ofSeconds(180);
    private static final int NORMAL = 100;
    private static KafkaTestClient kafka;

    public static class ProductionSizes implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "borderwatch.extract.max-text-bytes", String.valueOf(Limits.MAX_TEXT_BYTES),
                    "borderwatch.extract.max-record-bytes", String.valueOf(Limits.MAX_RAW_RECORD_BYTES),
                    "borderwatch.extract.max-analysis-bytes", String.valueOf(1024 * 1024),
                    "borderwatch.engine.time-budget", "PT10S");
        }
    }

    @BeforeAll
    static void clients() {
        kafka = new KafkaTestClient();
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    @Test
    void hostileArticlesEndAnalyzedOrRejectedAndTheHundredBehindThemAreAnalyzed() throws Exception {
        // finding 1, first way: 2.5 MB of one sentence over and over (the curl): text over the 2 MiB limit
        RawArticle tooLong = Seeds.article(repeat("Azerbaijani forces shelled the town, the ministry said.\n",
                2_500_000) + UUID.randomUUID(), "too-long.txt");
        // a record value over the 4 MiB parse limit, keyed by its articleId as ingest keys it
        RawArticle tooBig = Seeds.article("x".repeat(4_300_000) + UUID.randomUUID(), "too-big.txt");
        // finding 1, second way: a run-on text of 1.5 MB, one "sentence" whose analysis was megabytes
        RawArticle runOn = Seeds.article(repeat("Azerbaijani forces shelled the town of Tegh and Armenian troops "
                + "returned fire near Jermuk, the ministry said, and ", 1_500_000) + UUID.randomUUID(), "run-on.txt");
        // 2,000 short sentences: 115 KB of text made a 1.29 MB analysis
        RawArticle manySentences = Seeds.article(repeat("Azerbaijani forces shelled the town, the ministry said. ",
                115_000) + UUID.randomUUID(), "many-sentences.txt");
        // 1,000+ records with 1,000-character evidence each: over the lowered analysis limit
        RawArticle longEvidence = Seeds.article(repeat("Two Armenian soldiers were killed and three were wounded near "
                + "Jermuk when Azerbaijani forces shelled the positions with artillery and mortars, "
                + "and the ministry of defence of Armenia said in a statement that the troops of Azerbaijan had "
                + "crossed the border near Tegh and Goris and Sotk and Kapan, ".repeat(6) + "the spokeswoman said. ",
                250_000) + UUID.randomUUID(), "long-evidence.txt");

        RecordMetadata first = kafka.publish(0, tooLong.articleId(), KafkaTestClient.json(tooLong), "1");
        kafka.publish(0, tooBig.articleId(), KafkaTestClient.json(tooBig), "1");
        kafka.publish(0, runOn.articleId(), KafkaTestClient.json(runOn), "1");
        kafka.publish(0, manySentences.articleId(), KafkaTestClient.json(manySentences), "1");
        kafka.publish(0, longEvidence.articleId(), KafkaTestClient.json(longEvidence), "1");
        Set<String> normal = new HashSet<>();
        RecordMetadata last = null;
        for (int i = 0; i < NORMAL; i++) {
            RawArticle article = Seeds.article("Armenian and Azerbaijani troops exchanged fire on the border near "
                    + "Sotk on Tuesday, the defence ministry said. Article " + i + " " + UUID.randomUUID(), "n" + i + ".txt");
            normal.add(article.articleId());
            last = kafka.publish(0, article.articleId(), KafkaTestClient.json(article), "1");
        }

        assertEquals(NORMAL, kafka.await(Topics.ANALYZED, r -> normal.contains(r.key()), NORMAL, WAIT).size(),
                "every normal article behind the hostile ones is analyzed");

        Rejection tooLongRejection = rejectionOf(tooLong.articleId());
        assertTrue(tooLongRejection.reason().startsWith("oversized: text of"), tooLongRejection.reason());
        Rejection tooBigRejection = rejectionOf(tooBig.articleId());
        assertTrue(tooBigRejection.reason().startsWith("oversized: record value of"), tooBigRejection.reason());
        Rejection tooLargeAnalysis = rejectionOf(longEvidence.articleId());
        assertTrue(tooLargeAnalysis.reason().startsWith("analysis too large: "), tooLargeAnalysis.reason());

        // The run-on text ends analyzed within the bounds or rejected for its time budget (2 s in tests: on a loaded
        // machine either may happen); it came before the hundred on the partition, so its outcome is written by now.
        List<ConsumerRecord<String, byte[]>> runOnAnalyses = kafka.readAll(Topics.ANALYZED, r -> runOn.articleId().equals(r.key()));
        if (runOnAnalyses.isEmpty()) {
            Rejection runOnRejection = rejectionOf(runOn.articleId());
            assertTrue(runOnRejection.reason().startsWith("time budget exceeded"), runOnRejection.reason());
        } else {
            ArticleAnalysis runOnAnalysis = parse(runOnAnalyses.get(0).value(), ArticleAnalysis.class);
            assertTrue(runOnAnalysis.events().stream().allMatch(e -> e.evidence() == null
                    || e.evidence().sentence().length() <= Limits.MAX_EVIDENCE_CHARS), "evidence is cut to the bound");
        }
        ArticleAnalysis manyAnalysis = analysisOf(manySentences.articleId());
        assertEquals(Limits.MAX_EVENTS_PER_ANALYSIS, manyAnalysis.events().size(), "records are cut to the bound");
        assertTrue(manyAnalysis.warnings().stream().anyMatch(w -> w.startsWith("event records cut:")),
                "the cut is said: " + manyAnalysis.warnings());

        Set<String> rejected = Set.of(tooLong.articleId(), tooBig.articleId(), longEvidence.articleId());
        List<ConsumerRecord<String, byte[]>> deadLetters = kafka.await(Topics.RAW_DLQ, r -> rejected.contains(r.key()), 3, WAIT);
        for (ConsumerRecord<String, byte[]> letter : deadLetters) {
            assertTrue(letter.value().length < 4096, "a dead letter is small: " + letter.value().length);
            DeadLetter parsed = parse(letter.value(), DeadLetter.class);
            assertEquals(letter.key(), parsed.articleId());
            assertEquals(header(letter, "dead-letter-size"), String.valueOf(parsed.sizeBytes()));
            assertTrue(parsed.sizeBytes() > 200_000, "the size of the raw record: " + parsed.sizeBytes());
        }

        try (Admin admin = Admin.create(Map.of("bootstrap.servers",
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class)))) {
            long end = last.offset() + 1;
            Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).until(() -> {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets("borderwatch-extract-test")
                        .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS).get(new TopicPartition(Topics.RAW, 0));
                return committed != null && committed.offset() >= end;
            });
        }
        assertTrue(first.offset() < last.offset());

        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.matches("(?s).*borderwatch_extract_rejected_total\\{reason=\"oversized\"[^}]*} [2-9].*"),
                "two oversized rejections counted");
        assertTrue(metrics.matches("(?s).*borderwatch_extract_rejected_total\\{reason=\"analysis-too-large\"[^}]*} [1-9].*"),
                "the too-large analysis counted");
    }

    private static Rejection rejectionOf(String articleId) {
        return parse(kafka.await(Topics.REJECTED, r -> articleId.equals(r.key()), 1, WAIT).get(0).value(), Rejection.class);
    }

    private static ArticleAnalysis analysisOf(String articleId) {
        return parse(kafka.await(Topics.ANALYZED, r -> articleId.equals(r.key()), 1, WAIT).get(0).value(),
                ArticleAnalysis.class);
    }

    private static String repeat(String unit, int length) {
        StringBuilder text = new StringBuilder(length + unit.length());
        while (text.length() < length) {
            text.append(unit);
        }
        return text.substring(0, length);
    }
}
