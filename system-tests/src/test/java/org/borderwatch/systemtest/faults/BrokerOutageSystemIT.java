package org.borderwatch.systemtest.faults;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.systemtest.Pipeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Issue 5, broker outage: with the broker gone every service reports not ready (and stays alive), ingest leaves
 * new files in the inbox and refuses POSTs with 503; once the broker is back on its port with its data, the
 * services become ready by themselves (nobody restarts them) and the waiting files are published and analyzed.
 */
class BrokerOutageSystemIT {
    static final List<String> SERVICES = List.of("ingest-service", "extract-service", "query-service");
    static Pipeline pipeline;

    @AfterAll
    static void stop() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void servicesGoNotReadyWhileTheBrokerIsDownAndRecoverByThemselves() throws Exception {
        FaultsReport report = new FaultsReport("2-outage", "Broker outage");
        List<SmallCorpus.Article> corpus = SmallCorpus.generate(40, 5L);
        List<SmallCorpus.Article> before = corpus.subList(0, 20);
        List<SmallCorpus.Article> during = corpus.subList(20, 40);

        Pipeline p = pipeline = CrashRecoverySystemIT.startPipeline("faults-outage");
        drop(p, before);
        CrashRecoverySystemIT.awaitAllAnalyzed(p, before.size(), Duration.ofMinutes(2));

        Instant downAt = Instant.now();
        long down = System.nanoTime();
        p.kill("broker");
        Map<String, Long> notReadyAfterMs = new LinkedHashMap<>();
        for (String svc : SERVICES) {
            p.await(svc + " not ready while the broker is down", Duration.ofSeconds(90),
                    () -> status(p, svc, "/q/health/ready") == 503);
            notReadyAfterMs.put(svc, (System.nanoTime() - down) / 1_000_000);
        }
        Map<String, Integer> liveWhileDown = new LinkedHashMap<>();
        for (String svc : SERVICES) {
            liveWhileDown.put(svc, status(p, svc, "/q/health/live"));
        }
        int postWhileDown = p.post("ingest-service", "/articles", "text/plain; charset=UTF-8", "A short text"
                + " date 2024-01-02 about Armenia and Azerbaijan, posted while the broker is away.").statusCode();

        drop(p, during);
        // several of the watcher's retry intervals: the files must still be waiting, neither done nor rejected
        Thread.sleep(15_000);
        long waiting = during.stream().filter(a -> Files.exists(p.inbox().resolve(a.fileName()))).count();
        long rejectedWhileDown = countIn(p.inbox().resolve(".rejected"));
        long outageMs = (System.nanoTime() - down) / 1_000_000;

        long restarted = System.nanoTime();
        p.restart("broker");
        long brokerBackMs = (System.nanoTime() - restarted) / 1_000_000;
        Map<String, Long> readyAfterMs = new LinkedHashMap<>();
        for (String svc : SERVICES) {
            p.awaitReady(svc, Duration.ofMinutes(3));
            readyAfterMs.put(svc, (System.nanoTime() - restarted) / 1_000_000);
        }
        long drainMs = CrashRecoverySystemIT.awaitAllAnalyzed(p, corpus.size(), Duration.ofMinutes(3));
        long doneFiles = corpus.stream().filter(a -> Files.exists(p.inbox().resolve(".done").resolve(a.fileName())))
                .count();
        boolean servicesNeverRestarted = SERVICES.stream().allMatch(p::isRunning)
                && SERVICES.stream().noneMatch(s -> Files.exists(p.logs().resolve(s + ".1.log")));

        report.line("- broker SIGKILLed at %s, away %d ms", downAt, outageMs);
        notReadyAfterMs.forEach((svc, ms) -> report.line("- %s: /q/health/ready seen 503 %d ms after the broker"
                + " went (services probed one after another), /q/health/live %d while it was away", svc, ms,
                liveWhileDown.get(svc)));
        report.line("- POST /articles while the broker was away: HTTP %d", postWhileDown);
        report.line("- %d of %d files dropped during the outage still waiting in the inbox after 15 s; %d rejected",
                waiting, during.size(), rejectedWhileDown);
        report.line("- broker back (same port and data) in %d ms", brokerBackMs);
        readyAfterMs.forEach((svc, ms) -> report.line("- %s ready again by itself %d ms after the broker restart",
                svc, ms));
        report.line("- all %d articles analyzed %d ms after every service was ready; %d files in .done/", corpus.size(),
                drainMs, doneFiles);
        report.write(p.root());

        List<Executable> checks = new ArrayList<>();
        for (String svc : SERVICES) {
            checks.add(() -> assertEquals(200, liveWhileDown.get(svc), svc + " stays alive while the broker is away"));
        }
        checks.add(() -> assertEquals(503, postWhileDown, "POST /articles refused with 503 while the broker is away"));
        checks.add(() -> assertEquals(during.size(), waiting, "files dropped during the outage wait in the inbox"));
        checks.add(() -> assertEquals(0, rejectedWhileDown, "nothing rejected because the broker was away"));
        checks.add(() -> assertEquals(corpus.size(), doneFiles, "every file moved to .done/ once acknowledged"));
        checks.add(() -> assertTrue(servicesNeverRestarted, "the services recovered without a restart"));
        assertAll(checks);
    }

    private static void drop(Pipeline p, List<SmallCorpus.Article> articles) throws Exception {
        Path staging = Files.createDirectories(p.work().resolve("staging"));
        for (SmallCorpus.Article a : articles) {
            Path staged = staging.resolve(a.fileName());
            Files.writeString(staged, a.text());
            Files.move(staged, p.inbox().resolve(a.fileName()), StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static int status(Pipeline p, String svc, String path) {
        try {
            return p.get(svc, path).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static long countIn(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (var files = Files.list(folder)) {
            return files.count();
        }
    }
}
