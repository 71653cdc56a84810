package org.borderwatch.extract.replay;

import static io.restassured.RestAssured.given;
import static org.borderwatch.extract.testing.KafkaTestClient.header;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.borderwatch.contract.RawArticle;
import org.borderwatch.contract.Topics;
import org.borderwatch.extract.testing.KafkaTestClient;
import org.borderwatch.extract.testing.Seeds;
import org.borderwatch.testing.kafka.KafkaBrokerTestResource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The replay's analyzer threads, on a broker of its own. */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerTestResource.class, restrictToAnnotatedClass = true)
class ParallelReplayIT {
    private static final String TOKEN = "test-admin-token";

    /**
     * A replay of hundreds of records on several analyzer threads (%test: borderwatch.replay.workers=3) with a poison
     * record among them: every article gets exactly one analysis from this replay, the poison is skipped, and the
     * progress adds up.
     */
    @Test
    void replayOnSeveralThreadsWritesOneAnalysisPerArticleAndSkipsThePoison() {
        List<RawArticle> articles = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            articles.add(Seeds.article("Border report " + i + "\n\nOSH, 2022-09-16. Kyrgyz and Tajik border guards "
                    + "exchanged fire near Kok-Tash on Wednesday, the Kyrgyz border service said; " + (i % 7)
                    + " soldiers were wounded. Report number " + i + ".", "report-" + i + ".txt"));
        }
        Set<String> ids = articles.stream().map(RawArticle::articleId).collect(Collectors.toSet());
        try (KafkaTestClient kafka = new KafkaTestClient()) {
            for (int i = 0; i < articles.size(); i++) {
                if (i == 150) {
                    kafka.publish(null, "poison-in-the-middle", "{not json".getBytes(), "1");
                }
                kafka.publish(articles.get(i));
            }
            kafka.await(Topics.ANALYZED, r -> ids.contains(r.key()), ids.size(), Duration.ofSeconds(120));
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> !"running".equals(
                    given().header("Authorization", "Bearer " + TOKEN).get("/admin/replay").jsonPath().getString("state")));

            String startedAt = given().header("Authorization", "Bearer " + TOKEN).when().post("/admin/replay")
                    .then().statusCode(202).extract().jsonPath().getString("startedAt");
            JsonPath done = Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                    .until(() -> given().header("Authorization", "Bearer " + TOKEN).when().get("/admin/replay")
                            .then().statusCode(200).extract().jsonPath(), p -> !"running".equals(p.getString("state")));
            assertEquals("done", done.getString("state"));
            assertEquals(done.getLong("total"), done.getLong("done"));
            assertEquals(0, done.getLong("failed"));
            assertTrue(done.getLong("skipped") >= 1, "the poison record is skipped");
            assertEquals(done.getLong("total"), done.getLong("published") + done.getLong("skipped"));

            List<ConsumerRecord<String, byte[]>> replayed = kafka.await(Topics.ANALYZED,
                    r -> startedAt.equals(header(r, ReplayService.REPLAY_HEADER)), (int) done.getLong("published"),
                    Duration.ofSeconds(60));
            Map<String, Long> perKey = replayed.stream()
                    .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
            assertTrue(perKey.keySet().containsAll(ids), "every article re-analyzed");
            assertTrue(perKey.values().stream().allMatch(n -> n == 1), "one analysis per article and replay");
            assertFalse(perKey.containsKey("poison-in-the-middle"));
        }
    }
}
