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
        try (Stream<Path> files = Files.list(pipeline.root.resolve("seeds"))) {
            seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @AfterAll
    static void stop() {
        if (pipeline != null) {
            pipeline.processes.keySet().forEach(name ->
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
            Files.copy(seed, pipeline.inbox.resolve(seed.getFileName()));
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
            assertTrue(Files.exists(pipeline.inbox.resolve(".done").resolve(seed.getFileName())),
                    seed.getFileName() + " moved to .done after the broker acknowledged it");
        }
    }

    @Test
    @Order(2)
    void droppingTheSameTextAgainAddsNothing() throws Exception {
        String before = pictures();
        Path again = pipeline.inbox.resolve("same text, another name.txt");
        Files.copy(seeds.get(0), again);
        pipeline.await("the copy to be taken from the inbox", Duration.ofSeconds(30), () -> !Files.exists(again));
        // Give the pipeline the time to carry it through, had it been new.
        Thread.sleep(3000);
        assertEquals(5, count("/articles"));
        assertEquals(before, pictures());
    }

    private static int count(String path) {
        try {
            return pipeline.json("query-service", path).size();
        } catch (Exception e) {
            return -1;
        }
    }

    private static String pictures() throws Exception {
        List<String> out = new ArrayList<>();
        for (JsonNode summary : pipeline.json("query-service", "/incidents")) {
            ObjectNode p = (ObjectNode) pipeline.json("query-service", "/incidents/" + summary.get("id").asText());
            p.remove("updatedAt");
            out.add(p.toString());
        }
        return String.join("\n", out);
    }
}
