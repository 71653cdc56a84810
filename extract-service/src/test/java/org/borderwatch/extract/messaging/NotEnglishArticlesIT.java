package org.borderwatch.extract.messaging;

import static io.restassured.RestAssured.given;
import static org.borderwatch.extract.testing.KafkaTestClient.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
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
 * Issue 15: an article the engine cannot read ends rejected with its language as the reason, never as an analysis
 * with no incident; the English article behind it on the same partition is analyzed, and the offsets move on.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerTestResource.class, restrictToAnnotatedClass = true)
class NotEnglishArticlesIT {
    private static final Duration WAIT = Duration.ofSeconds(90);
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
    void russianAndFrenchArticlesAreRejectedWithTheirLanguageAndTheEnglishOneIsAnalyzed() throws Exception {
        RawArticle russian = Seeds.article("""
                Армения и Азербайджан обвинили друг друга в обстреле
                Военные двух стран обменялись огнём на границе во вторник, сообщило министерство обороны Армении. \
                Двое военнослужащих были ранены, обстановка в районе остаётся напряжённой.
                """, "ru.txt");
        RawArticle french = Seeds.article("""
                Tirs à la frontière entre l'Arménie et l'Azerbaïdjan
                Les soldats des deux pays ont échangé des tirs à la frontière mardi, selon le ministère arménien de \
                la défense. Deux militaires ont été blessés et la situation reste tendue dans la région.
                """, "fr.txt");
        RawArticle english = Seeds.article("""
                Armenia and Azerbaijan trade fire on the border
                Armenian and Azerbaijani troops exchanged fire on the border near Sotk on Tuesday, the Armenian \
                defence ministry said. Two Armenian soldiers were wounded.
                """, "en.txt");
        kafka.publish(0, russian.articleId(), KafkaTestClient.json(russian), "1");
        kafka.publish(0, french.articleId(), KafkaTestClient.json(french), "1");
        RecordMetadata last = kafka.publish(0, english.articleId(), KafkaTestClient.json(english), "1");

        assertEquals(1, kafka.await(Topics.ANALYZED, r -> english.articleId().equals(r.key()), 1, WAIT).size(),
                "the English article is analyzed");
        assertEquals("language ru: not supported yet", rejectionOf(russian).reason());
        assertEquals("language fr: not supported yet", rejectionOf(french).reason());
        assertEquals("ru.txt", rejectionOf(russian).fileName());

        try (Admin admin = Admin.create(Map.of("bootstrap.servers",
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class)))) {
            Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).until(() -> {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets("borderwatch-extract-test")
                        .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS).get(new TopicPartition(Topics.RAW, 0));
                return committed != null && committed.offset() >= last.offset() + 1;
            });
        }
        // the English analysis is on the topic now, and the two rejected articles have none beside it
        Set<String> rejected = Set.of(russian.articleId(), french.articleId());
        assertEquals(0, kafka.readAll(Topics.ANALYZED, r -> rejected.contains(r.key())).size(),
                "no analysis of a rejected article");

        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.matches("(?s).*borderwatch_extract_rejected_total\\{reason=\"unsupported-language\"[^}]*} 2\\.0.*"),
                "both counted by their reason");
    }

    private static Rejection rejectionOf(RawArticle article) {
        return parse(kafka.await(Topics.REJECTED, r -> article.articleId().equals(r.key()), 1, WAIT).get(0).value(),
                Rejection.class);
    }
}
