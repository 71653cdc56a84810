package org.borderwatch.extract.replay;

import static io.restassured.RestAssured.given;
import static org.borderwatch.extract.testing.KafkaTestClient.header;
import static org.borderwatch.extract.testing.KafkaTestClient.parse;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.borderwatch.contract.ArticleAnalysis;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.RawArticle;
import org.borderwatch.contract.Topics;
import org.borderwatch.extract.testing.KafkaTestClient;
import org.borderwatch.extract.testing.Seeds;
import org.borderwatch.testing.kafka.KafkaBrokerTestResource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Replay over HTTP against a broker of its own (so that articles.raw holds exactly the five seeds): the token is
 * required, the progress reaches done == total == 5, and five new analyses, marked as replayed, replace the old ones
 * with the same event ids.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerTestResource.class, restrictToAnnotatedClass = true)
class ReplayIT {
    private static final String TOKEN = "test-admin-token";

    @Test
    void replayNeedsTheTokenAndReanalyzesEverySeed() {
        List<RawArticle> seeds = Seeds.all();
        assertEquals(5, seeds.size());
        Set<String> ids = seeds.stream().map(RawArticle::articleId).collect(Collectors.toSet());
        try (KafkaTestClient kafka = new KafkaTestClient()) {
            seeds.forEach(kafka::publish);
            List<ConsumerRecord<String, byte[]>> live = kafka.await(Topics.ANALYZED, r -> ids.contains(r.key()), 5,
                    Duration.ofSeconds(60));

            given().when().post("/admin/replay").then().statusCode(401);
            given().header("Authorization", "Bearer not-the-token").when().post("/admin/replay").then().statusCode(403);
            given().header("Authorization", "Basic " + TOKEN).when().get("/admin/replay").then().statusCode(401);
            given().header("Authorization", "Bearer " + TOKEN).queryParam("since", "last tuesday")
                    .when().post("/admin/replay").then().statusCode(400);
            given().header("Authorization", "Bearer " + TOKEN).when().get("/admin/replay")
                    .then().statusCode(200).body("state", equalTo("idle"));

            given().header("Authorization", "Bearer " + TOKEN).when().post("/admin/replay")
                    .then().statusCode(202).body("state", equalTo("running")).body("startedAt", notNullValue());
            // Sent right away: %test holds a started replay 3 s before it reads (borderwatch.replay.start-delay).
            given().header("Authorization", "Bearer " + TOKEN).when().post("/admin/replay")
                    .then().statusCode(409).body("state", equalTo("running"));

            JsonPath done = Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> given().header("Authorization", "Bearer " + TOKEN).when().get("/admin/replay")
                            .then().statusCode(200).extract().jsonPath(), p -> !"running".equals(p.getString("state")));
            assertEquals("done", done.getString("state"));
            assertEquals(5, done.getLong("total"));
            assertEquals(5, done.getLong("done"));
            assertEquals(5, done.getLong("published"));
            assertEquals(0, done.getLong("failed"));
            assertTrue(done.getDouble("ratePerSecond") > 0);
            Map<String, String> extractor = done.getMap("extractor");
            assertFalse(extractor.get("version").isBlank());
            assertTrue(done.getString("finishedAt") != null);

            List<ConsumerRecord<String, byte[]>> replayed = kafka.await(Topics.ANALYZED,
                    r -> header(r, ReplayService.REPLAY_HEADER) != null, 5, Duration.ofSeconds(30));
            assertEquals(ids, replayed.stream().map(ConsumerRecord::key).collect(Collectors.toSet()));
            Map<String, ConsumerRecord<String, byte[]>> liveByKey = live.stream()
                    .collect(Collectors.toMap(ConsumerRecord::key, r -> r, (a, b) -> a));
            for (ConsumerRecord<String, byte[]> again : replayed) {
                ConsumerRecord<String, byte[]> before = liveByKey.get(again.key());
                assertEquals(header(before, "ce_id"), header(again, "ce_id"), "same article and version: same ce_id");
                assertEquals(eventIds(before), eventIds(again), "same article and version: same event ids");
            }
        }
    }

    @Test
    void replayWithSinceInTheFutureSkipsEverything() {
        try (KafkaTestClient kafka = new KafkaTestClient()) {
            RawArticle article = Seeds.article("An article for the since filter, published 2021-05-13", "since.txt");
            kafka.publish(article);
            kafka.await(Topics.ANALYZED, r -> article.articleId().equals(r.key()), 1, Duration.ofSeconds(60));
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> !"running".equals(
                given().header("Authorization", "Bearer " + TOKEN).get("/admin/replay").jsonPath().getString("state")));
        given().header("Authorization", "Bearer " + TOKEN).queryParam("since", "2999-01-01")
                .when().post("/admin/replay").then().statusCode(202).body("since", equalTo("2999-01-01"));
        JsonPath done = Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().header("Authorization", "Bearer " + TOKEN).when().get("/admin/replay")
                        .then().statusCode(200).extract().jsonPath(), p -> !"running".equals(p.getString("state")));
        assertEquals("done", done.getString("state"));
        assertTrue(done.getLong("total") >= 1);
        assertEquals(done.getLong("total"), done.getLong("done"));
        assertEquals(0, done.getLong("published"));
        assertEquals(done.getLong("total"), done.getLong("skipped"));
    }

    private static List<String> eventIds(ConsumerRecord<String, byte[]> record) {
        return parse(record.value(), ArticleAnalysis.class).events().stream().map(EventRecord::id).toList();
    }
}
