package org.borderwatch.extract.replay;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.awaitility.Awaitility;
import org.borderwatch.contract.Extractor;
import org.borderwatch.testing.kafka.KafkaBrokerTestResource;
import org.junit.jupiter.api.Test;

/**
 * The service starts where a replay was killed midway: its progress file says {@code running}, 37 of 120 records
 * read, exactly what a replay leaves when the process dies (ReplayProgressStoreTest shows the replay writes it so).
 * The service reports that replay as {@code interrupted} with its done/total instead of {@code idle}, done 0, and a
 * new replay can be started, whose end is saved in its turn.
 */
@QuarkusTest
@TestProfile(ReplayInterruptedIT.KilledMidway.class)
@QuarkusTestResource(value = KafkaBrokerTestResource.class, restrictToAnnotatedClass = true)
class ReplayInterruptedIT {
    private static final String TOKEN = "test-admin-token";
    static final Path FILE = Path.of("target", "replay-progress", "killed-midway.json");

    public static class KilledMidway implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            ReplayProgress running = ReplayProgress.started(new Extractor("borderwatch", "0.9.0"), null,
                    Instant.parse("2026-11-22T10:00:00Z"));
            running.total(120);
            running.done(37);
            try {
                Files.createDirectories(FILE.getParent());
                new ObjectMapper().writeValue(FILE.toFile(), running.snapshot(Instant.parse("2026-11-22T10:00:07Z")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("borderwatch.replay.progress-file", FILE.toString());
        }
    }

    @Test
    void aReplayKilledMidwayIsReportedInterruptedAndANewOneCanRun() throws Exception {
        given().header("Authorization", "Bearer " + TOKEN).when().get("/admin/replay").then().statusCode(200)
                .body("state", equalTo("interrupted"))
                .body("done", equalTo(37))
                .body("total", equalTo(120))
                .body("startedAt", equalTo("2026-11-22T10:00:00Z"))
                .body("error", containsString("37/120"));
        assertEquals("interrupted", new ObjectMapper().readTree(FILE.toFile()).get("state").asText(),
                "the file says so too: a second restart still knows");

        given().header("Authorization", "Bearer " + TOKEN).when().post("/admin/replay").then().statusCode(202);
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() ->
                "done".equals(given().header("Authorization", "Bearer " + TOKEN).when().get("/admin/replay")
                        .then().extract().path("state")));
        assertEquals("done", new ObjectMapper().readTree(FILE.toFile()).get("state").asText(),
                "the end of the new replay is saved");
    }
}
