package org.borderwatch.ingest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.borderwatch.ingest.testing.DeadBrokerTestResource;
import org.borderwatch.ingest.testing.Inbox;
import org.borderwatch.ingest.testing.InboxTestResource;
import org.borderwatch.ingest.testing.Seeds;
import org.junit.jupiter.api.Test;

/**
 * No broker at the configured address: files stay in the inbox (nothing is moved before an ack), the service stays
 * up and says why, POST answers 503.
 */
@QuarkusTest
@TestProfile(BrokerDownIT.ShortTimeouts.class)
@QuarkusTestResource(value = DeadBrokerTestResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = InboxTestResource.class, restrictToAnnotatedClass = true)
class BrokerDownIT {

    public static class ShortTimeouts implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("borderwatch.publish.timeout", "PT1S", "borderwatch.inbox.retry-interval", "PT1S");
        }
    }

    @Test
    void filesWaitInTheInboxAndTheServiceStaysUp() throws Exception {
        Inbox inbox = new Inbox(null);
        inbox.drop("waiting.txt", Seeds.bytes("001"));
        inbox.drop("empty.txt", new byte[0]); // its rejection cannot be recorded either: it waits too

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/ingest/status").then()
                .body("brokerProblem", notNullValue()));
        Thread.sleep(3000); // several retry rounds
        for (String name : new String[] {"waiting.txt", "empty.txt"}) {
            assertTrue(Files.exists(inbox.dir().resolve(name)), name + " must stay in the inbox");
            assertFalse(Files.exists(inbox.done(name)));
            assertFalse(Files.exists(inbox.rejected(name)));
        }
        given().get("/ingest/status").then().body("pendingInInbox", equalTo(2)).body("accepted", equalTo(0));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(503);
        given().contentType("text/plain").body("Troops crossed the border.").post("/articles")
                .then().statusCode(503).body("error", org.hamcrest.Matchers.containsString("broker unavailable"));
    }
}
