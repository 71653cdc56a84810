package org.borderwatch.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.borderwatch.contract.ArticleIds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The foundation, end to end: a real broker and the three packaged services as separate processes; the five
 * seeds dropped into the inbox; the answer read over REST.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineSystemIT {
    static Pipeline pipeline;
    static List<Path> seeds;
    static long startedAt;

    @BeforeAll
    static void start() throws Exception {
        pipeline = new Pipeline();
        startedAt = System.nanoTime();
        pipeline.startBroker();
        for (String svc : List.of("ingest-service", "extract-service", "query-service")) {
            pipeline.startService(svc);
        }
        for (String svc : List.of("ingest-service", "extract-service", "query-service")) {
            pipeline.awaitReady(svc, Duration.ofSeconds(120));
        }
        System.out.printf("system up in %d ms%n", (System.nanoTime() - startedAt) / 1_000_000);
        try (Stream<Path> files = Files.list(pipeline.root().resolve("seeds"))) {
            seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @AfterAll
    static void stop() {
        if (pipeline != null) {
            pipeline.running().forEach(name ->
                    System.out.printf("RSS %-16s %d MB%n", name, pipeline.rssMb(name)));
            pipeline.close();
        }
    }

    static String id(Path seed) throws Exception {
        return ArticleIds.of(Files.readString(seed));
    }

    @Test
    @Order(1)
    void theFiveSeedsAreAnalyzedAndFallIntoTheirTwoIncidents() throws Exception {
        long dropped = System.nanoTime();
        for (Path seed : seeds) {
            Files.copy(seed, pipeline.inbox().resolve(seed.getFileName()));
        }
        pipeline.await("five analyzed articles", Duration.ofSeconds(60), () -> count("/articles?status=analyzed") == 5);
        pipeline.await("two incidents", Duration.ofSeconds(30), () -> count("/incidents") == 2);
        System.out.printf("seeds dropped -> two incidents in %d ms%n", (System.nanoTime() - dropped) / 1_000_000);

        Set<Set<String>> groups = new HashSet<>();
        for (JsonNode summary : pipeline.json("query-service", "/incidents")) {
            JsonNode picture = pipeline.json("query-service", "/incidents/" + summary.get("id").asText());
            Set<String> ids = new TreeSet<>();
            picture.get("articles").forEach(a -> ids.add(a.get("id").asText()));
            groups.add(ids);
        }
        Set<String> may = new TreeSet<>();
        for (int i : new int[] {0, 1, 2, 4}) {
            may.add(id(seeds.get(i)));
        }
        assertEquals(Set.of(may, Set.of(id(seeds.get(3)))), groups,
                "000, 001, 002, 004 are the May 2021 incursion; 003 the September 2022 clashes");
        for (Path seed : seeds) {
            assertTrue(Files.exists(pipeline.inbox().resolve(".done").resolve(seed.getFileName())),
                    seed.getFileName() + " moved to .done after the broker acknowledged it");
        }
    }

    @Test
    @Order(2)
    void droppingTheSameTextAgainAddsNothing() throws Exception {
        String before = pictures();
        Path again = pipeline.inbox().resolve("same text, another name.txt");
        Files.copy(seeds.get(0), again);
        pipeline.await("the copy to be taken from the inbox", Duration.ofSeconds(30), () -> !Files.exists(again));
        // Give the pipeline the time to carry it through, had it been new.
        Thread.sleep(3000);
        assertEquals(5, count("/articles"));
        assertEquals(before, pictures());
    }

    @Test
    @Order(3)
    void aReplayThroughANewExtractorVersionConvergesToTheSamePictures() throws Exception {
        String before = pictures();
        pipeline.stop("extract-service");
        pipeline.configure("extract-service", "borderwatch.extractor.version", "9.0.0-replay");
        pipeline.restart("extract-service");
        pipeline.awaitReady("extract-service", Duration.ofSeconds(120));
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.URI replay = java.net.URI.create("http://localhost:" + pipeline.port("extract-service")
                + "/admin/replay");
        var unauthorized = http.send(java.net.http.HttpRequest.newBuilder(replay)
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(401, unauthorized.statusCode(), "replay needs the admin token");
        var started = http.send(java.net.http.HttpRequest.newBuilder(replay)
                .header("Authorization", "Bearer " + Pipeline.ADMIN_TOKEN)
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertTrue(started.statusCode() / 100 == 2, started.statusCode() + " " + started.body());
        pipeline.await("every article analyzed by 9.0.0-replay", Duration.ofSeconds(90), () -> {
            try {
                int replayed = 0;
                for (JsonNode a : pipeline.json("query-service", "/articles")) {
                    JsonNode one = pipeline.json("query-service", "/articles/" + a.get("id").asText());
                    if ("9.0.0-replay".equals(one.at("/extractor/version").asText())) {
                        replayed++;
                    }
                }
                return replayed == 5;
            } catch (Exception e) {
                return false;
            }
        });
        JsonNode progress = Pipeline.JSON.readTree(http.send(java.net.http.HttpRequest.newBuilder(replay)
                .header("Authorization", "Bearer " + Pipeline.ADMIN_TOKEN).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body());
        System.out.println("replay progress: " + progress);
        Thread.sleep(1000);
        assertEquals(before, pictures(), "the same facts under a new version: no double counting");
        assertEquals(5, count("/articles"));

        // A clean start with that extractor's analyses: a fresh query-service rebuilds from the topics.
        pipeline.startServiceAs("query-fresh", "query-service");
        pipeline.awaitReady("query-fresh", Duration.ofSeconds(120));
        assertEquals(pictures("query-service"), pictures("query-fresh"));
    }

    private static int count(String path) {
        try {
            return pipeline.json("query-service", path).size();
        } catch (Exception e) {
            return -1;
        }
    }

    private static String pictures() throws Exception {
        return pictures("query-service");
    }

    private static String pictures(String instance) throws Exception {
        List<String> out = new ArrayList<>();
        for (JsonNode summary : pipeline.json(instance, "/incidents")) {
            ObjectNode p = (ObjectNode) pipeline.json(instance, "/incidents/" + summary.get("id").asText());
            p.remove("updatedAt");
            out.add(p.toString());
        }
        return String.join("\n", out);
    }
}
