package org.borderwatch.systemtest.faults;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.borderwatch.contract.Topics;
import org.borderwatch.systemtest.Pipeline;
import org.borderwatch.testing.kafka.TopicReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.function.Executable;

/**
 * Issue 13, the hostile inputs that once stopped, froze, truncated or leaked, sent to the packaged system: each
 * input is followed by normal articles, which must all be analyzed with every service live, and again after the
 * services are restarted (a poison record must not stop a service a second time at its next start).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputSystemIT {
    static final List<String> SERVICES = List.of("ingest-service", "extract-service", "query-service");
    static final String SECRET = "secret-outside-the-inbox-" + Long.toHexString(System.nanoTime());
    static Pipeline p;

    @BeforeAll
    static void start() throws Exception {
        p = CrashRecoverySystemIT.startPipeline("faults-hostile");
    }

    @AfterAll
    static void stop() {
        if (p != null) {
            p.close();
        }
    }

    /** Finding 1: an oversized POST is refused; a run-on text under the limit ends analyzed or rejected. */
    @Test
    @Order(1)
    void anOversizedOrRunOnArticleNeverStopsExtraction() throws Exception {
        String line = "Northland forces shelled the town of Eastport, the ministry of Southland said. ";
        int oversized = p.post("ingest-service", "/articles", "text/plain; charset=UTF-8", line.repeat(32_000))
                .statusCode();
        String runOn = " date 2024-02-03\n" + line.replace(". ", ", and ").repeat(9_000) + "end.";
        var accepted = p.post("ingest-service", "/articles", "text/plain; charset=UTF-8", runOn);
        List<Executable> checks = new ArrayList<>();
        checks.add(() -> assertEquals(413, oversized, "a 2.5 MB body is refused as too large"));
        if (accepted.statusCode() == 202) {
            String id = Pipeline.JSON.readTree(accepted.body()).path("articleId").asText();
            // "unknown" until query-service has read the raw record, then pending, then analyzed or rejected
            p.await("the run-on article ends analyzed or rejected", Duration.ofMinutes(3),
                    () -> Set.of("analyzed", "rejected").contains(status(id)));
            checks.add(() -> assertTrue(Set.of("analyzed", "rejected").contains(status(id)), status(id)));
        } else {
            checks.add(() -> assertEquals(413, accepted.statusCode(), "a run-on text is accepted or refused"));
        }
        assertAll(checks);
        normalArticlesAreAnalyzed("after-size", 100);
    }

    /** Finding 2: deeply nested HTML does not freeze the inbox. */
    @Test
    @Order(2)
    void deeplyNestedHtmlDoesNotFreezeTheInbox() throws Exception {
        StringBuilder html = new StringBuilder("<html><body>");
        int depth = 40_000;
        // 40,000 levels in about 760 KB, under the inbox's 1 MiB limit, so the page is read, not refused for its size
        html.append("<div><p>x</p>".repeat(depth));
        html.append("<p>Border guards of Northland and Southland exchanged fire.</p>");
        html.append("</div>".repeat(depth)).append("</body></html>");
        drop("nested.html", html.toString());
        p.await("the nested page is done or rejected", Duration.ofMinutes(2),
                () -> Files.exists(p.inbox().resolve(".done/nested.html"))
                        || Files.exists(p.inbox().resolve(".rejected/nested.html")));
        normalArticlesAreAnalyzed("after-html", 100);
    }

    /**
     * Finding 3: links into the inbox retargeted at a file outside it while the workers are busy; what a link
     * points to is never read, so the outside file's content is never published.
     */
    @Test
    @Order(3)
    void aRetargetedLinkNeverPublishesAFileOutsideTheInbox() throws Exception {
        Path outside = Files.writeString(p.work().resolve("outside.txt"), SECRET + " Northland and Southland.");
        List<SmallCorpus.Article> busy = SmallCorpus.generate(200, 31L);
        Path staging = Files.createDirectories(p.work().resolve("staging-links"));
        for (int i = 0; i < 20; i++) {
            Path target = p.inbox().resolve("link-target-" + i + ".txt");
            Files.writeString(target, "Guards of Northland and Southland met at post " + i + ".");
        }
        drop(busy);
        for (int i = 0; i < 20; i++) {
            Path link = staging.resolve("link-" + i + ".txt");
            Files.createSymbolicLink(link, p.inbox().resolve("link-target-" + i + ".txt"));
            Files.move(link, p.inbox().resolve("link-" + i + ".txt"), StandardCopyOption.ATOMIC_MOVE);
        }
        for (int i = 0; i < 20; i++) {
            Path evil = staging.resolve("evil-" + i + ".txt");
            Files.createSymbolicLink(evil, outside);
            Files.move(evil, p.inbox().resolve("link-" + i + ".txt"), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        }
        awaitAnalyzed(busy, Duration.ofMinutes(4));
        p.await("the links are handled", Duration.ofMinutes(1), () -> {
            for (int i = 0; i < 20; i++) {
                if (Files.exists(p.inbox().resolve("link-" + i + ".txt"), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    return false;
                }
            }
            return true;
        });
        List<ConsumerRecord<String, byte[]>> leaked = new TopicReader(p.bootstrapServers()).readToEnd(Topics.RAW,
                r -> new String(r.value(), StandardCharsets.UTF_8).contains(SECRET), Duration.ofMinutes(1));
        assertEquals(0, leaked.size(), "records carrying the outside file's content");
        normalArticlesAreAnalyzed("after-links", 100);
    }

    /** Finding 4: slow request bodies hold no worker: posts and liveness answer while they trickle. */
    @Test
    @Order(4)
    void slowBodiesDoNotStarveIngest() throws Exception {
        AtomicBoolean trickling = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Socket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < 100; i++) {
                Socket s = new Socket("127.0.0.1", p.port("ingest-service"));
                OutputStream out = s.getOutputStream();
                out.write(("POST /articles HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
                        + "Content-Length: 100000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                sockets.add(s);
            }
            pool.submit(() -> {
                while (trickling.get()) {
                    for (Socket s : sockets) {
                        try {
                            s.getOutputStream().write('x');
                            s.getOutputStream().flush();
                        } catch (Exception e) {
                            // the server closed a slow connection: that is allowed
                        }
                    }
                    Pipeline.sleep(400);
                }
                return null;
            });
            int live = p.get("ingest-service", "/q/health/live").statusCode();
            int posted = p.post("ingest-service", "/articles", "text/plain; charset=UTF-8", " date 2024-03-04\n"
                    + "Northland border guards fired on a Southland patrol near Eastport, the ministry said.")
                    .statusCode();
            assertAll(() -> assertEquals(200, live, "liveness answers while 100 bodies trickle"),
                    () -> assertEquals(202, posted, "a normal POST is accepted while 100 bodies trickle"));
            normalArticlesAreAnalyzed("during-trickle", 100);
        } finally {
            trickling.set(false);
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
            for (Socket s : sockets) {
                s.close();
            }
        }
    }

    /** Finding 5: a file written with pauses is published whole, not as the part written before a pause. */
    @Test
    @Order(5)
    void aSlowCopyIsPublishedWhole() throws Exception {
        Path file = p.inbox().resolve("slow-copy.txt");
        String[] parts = {" date 2024-04-05\n", "Northland troops crossed into Southland near Eastport. ",
            "Two Southland soldiers were wounded, the ministry said. ", "The last line of the slow copy."};
        for (String part : parts) {
            Files.writeString(file, part, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            Thread.sleep(1200);
        }
        p.await("the slow copy is published", Duration.ofMinutes(1),
                () -> Files.exists(p.inbox().resolve(".done/slow-copy.txt")));
        List<ConsumerRecord<String, byte[]>> published = new TopicReader(p.bootstrapServers()).readToEnd(Topics.RAW,
                r -> new String(r.value(), StandardCharsets.UTF_8).contains("slow-copy.txt"), Duration.ofMinutes(1));
        assertAll(() -> assertEquals(1, published.size(), "one publication of the slow copy"),
                () -> assertTrue(new String(published.get(0).value(), StandardCharsets.UTF_8)
                        .contains("The last line of the slow copy."), "the whole file was read"));
        normalArticlesAreAnalyzed("after-slow-copy", 100);
    }

    /** Finding 6: 255-byte names and a name already in .done are handled once, never in a loop. */
    @Test
    @Order(6)
    void longAndRepeatedNamesAreHandledOnce() throws Exception {
        String longName = "n".repeat(251) + ".txt";
        drop(longName, " date 2024-05-06\nNorthland shelled Southland's village of Westbrook, officials said.");
        p.await("the long name is done or rejected", Duration.ofMinutes(1),
                () -> Files.exists(p.inbox().resolve(".done").resolve(longName))
                        || Files.exists(p.inbox().resolve(".rejected").resolve(longName)));
        drop(longName, " date 2024-05-07\nSouthland shelled Northland's village of Eastbrook, officials said.");
        p.await("the second file of that name leaves the inbox", Duration.ofMinutes(1),
                () -> !Files.exists(p.inbox().resolve(longName)));
        Thread.sleep(25_000); // more than two of the watcher's scans: a loop would have rejected it again
        long rejections = new TopicReader(p.bootstrapServers()).readToEnd(Topics.REJECTED,
                r -> new String(r.value(), StandardCharsets.UTF_8).contains(longName), Duration.ofMinutes(1)).size();
        assertTrue(rejections <= 1, rejections + " rejections of one long-named file: a loop");
        normalArticlesAreAnalyzed("after-names", 100);
    }

    /** After all of the above, a restart of ingest and extract: they start, stay live and go on analyzing. */
    @Test
    @Order(7)
    void theServicesComeBackAfterARestart() throws Exception {
        p.stop("extract-service");
        p.stop("ingest-service");
        p.restart("extract-service");
        p.restart("ingest-service");
        for (String svc : SERVICES) {
            p.awaitReady(svc, Duration.ofMinutes(3));
        }
        normalArticlesAreAnalyzed("after-restart", 100);
        Thread.sleep(70_000); // past the commit check that once shut the channel about 60 s after the start
        assertLive();
    }

    private void normalArticlesAreAnalyzed(String tag, int n) throws Exception {
        List<SmallCorpus.Article> articles = SmallCorpus.generate(n, tag.hashCode());
        List<SmallCorpus.Article> renamed = new ArrayList<>();
        for (SmallCorpus.Article a : articles) {
            renamed.add(new SmallCorpus.Article(tag + "-" + a.fileName(), a.text(), a.id()));
        }
        drop(renamed);
        awaitAnalyzed(renamed, Duration.ofMinutes(4));
        assertLive();
    }

    private static void assertLive() {
        List<Executable> checks = new ArrayList<>();
        for (String svc : SERVICES) {
            checks.add(() -> assertEquals(200, p.get(svc, "/q/health/live").statusCode(), svc + " live"));
        }
        assertAll(checks);
    }

    /** Waits until every one of the files is listed as analyzed (by file name: ingest ids the text it read). */
    private static void awaitAnalyzed(List<SmallCorpus.Article> articles, Duration within) {
        Set<String> wanted = new HashSet<>();
        articles.forEach(a -> wanted.add(a.fileName()));
        p.await(articles.size() + " articles analyzed", within, () -> {
            try {
                Set<String> analyzed = new HashSet<>();
                for (JsonNode a : p.json("query-service", "/articles?status=analyzed")) {
                    analyzed.add(a.path("fileName").asText());
                }
                return analyzed.containsAll(wanted);
            } catch (Exception e) {
                return false;
            }
        });
    }

    private static String status(String articleId) {
        try {
            return p.json("query-service", "/articles/" + articleId).path("status").asText();
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static void drop(List<SmallCorpus.Article> articles) throws Exception {
        for (SmallCorpus.Article a : articles) {
            drop(a.fileName(), a.text());
        }
    }

    private static void drop(String name, String text) throws Exception {
        Path staging = Files.createDirectories(p.work().resolve("staging"));
        Path staged = staging.resolve(name);
        Files.writeString(staged, text);
        Files.move(staged, p.inbox().resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }
}
