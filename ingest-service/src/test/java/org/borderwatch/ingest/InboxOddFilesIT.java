package org.borderwatch.ingest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.borderwatch.contract.ArticleIds;
import org.borderwatch.contract.RawArticle;
import org.borderwatch.ingest.inbox.InboxFiles;
import org.borderwatch.ingest.testing.Inbox;
import org.borderwatch.ingest.testing.InboxTestResource;
import org.borderwatch.ingest.testing.TopicCollector;
import org.borderwatch.testing.kafka.KafkaBrokerTestResource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 13, findings 5, 6 and 7 (file names): a slow writer is read whole, 255-byte names and names already in
 * .done/.rejected are handled once each, a newline in a name reaches the reason file escaped, and a file that
 * cannot be moved is handled once, not at every scan. Runs with the production quiet time (2 s).
 */
@QuarkusTest
@TestProfile(InboxOddFilesIT.ProductionQuietTime.class)
@QuarkusTestResource(value = KafkaBrokerTestResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = InboxTestResource.class, restrictToAnnotatedClass = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InboxOddFilesIT {
    private static TopicCollector topics;
    private Inbox inbox;

    public static class ProductionQuietTime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("borderwatch.inbox.quiet-time", "PT2S");
        }
    }

    @BeforeEach
    void connect() {
        if (topics == null) {
            topics = new TopicCollector(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        }
        inbox = new Inbox(topics);
    }

    @AfterAll
    static void close() throws InterruptedException {
        if (topics != null) {
            topics.close();
            topics = null;
        }
    }

    @Order(1)
    @Test
    void aWriterPausingUpToOneSecondBetweenAppendsIsReadWhole() throws Exception {
        Path file = inbox.dir().resolve("slow-copy.txt");
        StringBuilder written = new StringBuilder("Slow copy\n\n");
        long[] pausesMillis = {500, 700, 1000, 600, 900, 1000, 500, 800};
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(written.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            for (int i = 0; i < pausesMillis.length; i++) {
                Thread.sleep(pausesMillis[i]);
                assertFalse(Files.exists(inbox.done("slow-copy.txt")), "taken during pause " + i);
                String chunk = "Part " + i + " of a report copied slowly over a bad line. ";
                out.write(chunk.getBytes(StandardCharsets.UTF_8));
                out.flush();
                written.append(chunk);
            }
        }
        RawArticle article = inbox.awaitAccepted("slow-copy.txt");
        assertEquals(ArticleIds.normalize(written.toString()), article.text(), "published whole, not truncated");
    }

    @Order(2)
    @Test
    void a255ByteNameAlreadyInDoneIsPublishedAgainUnderAShortenedNumberedName() throws Exception {
        String name = "d".repeat(251) + ".txt";
        inbox.drop(name, "Long name one\n\nThe first report under a name of 255 bytes.");
        inbox.awaitAccepted(name);
        inbox.drop(name, "Long name two\n\nThe second report under the same name of 255 bytes.");
        await().atMost(Inbox.TIMEOUT).until(() -> topics.rawArticles(name).size() == 2);
        await().atMost(Inbox.TIMEOUT).until(() -> !Files.exists(inbox.dir().resolve(name), LinkOption.NOFOLLOW_LINKS));
        try (Stream<Path> done = Files.list(inbox.dir().resolve(InboxFiles.DONE))) {
            List<String> copies = done.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("ddd")).toList();
            assertEquals(2, copies.size(), copies.toString());
            assertTrue(copies.stream().anyMatch(n -> n.endsWith("~2.txt")), copies.toString());
        }
        Thread.sleep(4500); // two rescans of the tests (2 s)
        assertEquals(2, topics.rawArticles(name).size());
        assertTrue(topics.rejections(name).isEmpty(), "published, never also rejected");
    }

    @Order(3)
    @Test
    void a255ByteNameAlreadyInRejectedIsRejectedOnceMoreWithAReasonFileThatFits() throws Exception {
        String name = "e".repeat(251) + ".txt";
        inbox.drop(name, "");
        String reason = inbox.awaitRejected(name, "empty");
        assertTrue(reason.contains("file: " + name + "\n"), reason);
        inbox.drop(name, "");
        await().atMost(Inbox.TIMEOUT).until(() -> topics.rejections(name).size() == 2);
        await().atMost(Inbox.TIMEOUT).until(() -> reasonFiles(name).size() == 2);
        for (Path reasonFile : reasonFiles(name)) {
            String text = Files.readString(reasonFile);
            assertTrue(text.contains("file: " + name + "\n"), text);
            String keptAs = text.lines().filter(l -> l.startsWith("kept as: ")).findFirst().orElseThrow().substring(9);
            assertTrue(Files.exists(inbox.rejected(keptAs)), "the reason names the kept file " + keptAs);
        }
        assertFalse(Files.exists(inbox.dir().resolve(name)));
        Thread.sleep(4500);
        assertEquals(2, topics.rejections(name).size(), "no rejection again at every scan");
    }

    private List<Path> reasonFiles(String name) throws Exception {
        try (Stream<Path> r = Files.list(inbox.dir().resolve(InboxFiles.REJECTED))) {
            return r.filter(p -> p.getFileName().toString().startsWith(name.substring(0, 20)))
                    .filter(p -> p.getFileName().toString().endsWith(InboxFiles.REASON_SUFFIX)).toList();
        }
    }

    @Order(4)
    @Test
    void aNewlineInANameIsKeptInTheRecordAndEscapedInTheReasonFile() throws Exception {
        String accepted = "border\nreport.txt";
        inbox.drop(accepted, "Newline name\n\nA report whose file name holds a line break.");
        assertEquals(accepted, inbox.awaitAccepted(accepted).fileName());
        String rejected = "forged\n2026-12-02 ERROR [fake] line.txt";
        inbox.drop(rejected, " \n ");
        String reason = inbox.awaitRejected(rejected, "whitespace only");
        assertTrue(reason.startsWith("file: forged\\n2026-12-02 ERROR [fake] line.txt\n"), reason);
        assertEquals(4, reason.lines().count(), "one line per field: " + reason);
    }

    @Order(5)
    @Test
    void aFileThatCannotBeMovedIsHandledOnceNotAtEveryScan() throws Exception {
        Path dir = inbox.dir();
        Path elsewhere = Files.createTempDirectory(otherFileSystem(dir), "borderwatch-elsewhere-");
        Path done = dir.resolve(InboxFiles.DONE);
        Path rejected = dir.resolve(InboxFiles.REJECTED);
        Path doneAside = dir.resolve(".done-aside");
        Path rejectedAside = dir.resolve(".rejected-aside");
        // .done and .rejected now lead to another file system: a rename into them fails (EXDEV)
        Path doneElsewhere = Files.createDirectory(elsewhere.resolve("done"));
        Path rejectedElsewhere = Files.createDirectory(elsewhere.resolve("rejected"));
        swap(done, doneAside, link(dir, doneElsewhere));
        swap(rejected, rejectedAside, link(dir, rejectedElsewhere));
        try {
            inbox.drop("cannot-move.txt", "Stuck report\n\nPublished, but the file cannot be moved.");
            inbox.drop("cannot-move-empty.txt", "");
            await().atMost(Inbox.TIMEOUT).until(() -> topics.rawArticles("cannot-move.txt").size() == 1
                    && topics.rejections("cannot-move-empty.txt").size() == 1);
            Thread.sleep(6500); // three rescans
            assertEquals(1, topics.rawArticles("cannot-move.txt").size(), "published once");
            assertTrue(topics.rejections("cannot-move.txt").isEmpty(), "a published file is never also rejected");
            assertEquals(1, topics.rejections("cannot-move-empty.txt").size(), "rejected once, not at every scan");
            assertTrue(Files.exists(dir.resolve("cannot-move.txt")), "kept where it is");
            assertTrue(Files.exists(dir.resolve("cannot-move-empty.txt")), "kept where it is");
            given().get("/q/health/live").then().statusCode(200);
        } finally {
            swap(done, dir.resolve(".done-link"), doneAside);
            swap(rejected, dir.resolve(".rejected-link"), rejectedAside);
            Files.delete(dir.resolve(".done-link"));
            Files.delete(dir.resolve(".rejected-link"));
            Files.delete(elsewhere.resolve("done"));
            Files.delete(elsewhere.resolve("rejected"));
            Files.delete(elsewhere);
        }
        // a new file under a stuck name is a new file: taken as usual now that the folders are back
        Files.delete(dir.resolve("cannot-move-empty.txt"));
        inbox.drop("cannot-move-empty.txt", "Second try\n\nThis time the file has text.");
        inbox.awaitAccepted("cannot-move-empty.txt");
    }

    private static Path link(Path dir, Path target) throws Exception {
        return Files.createSymbolicLink(dir.resolve(".link-to-" + target.getFileName()), target);
    }

    /**
     * Moves {@code folder} to {@code aside} and {@code replacement} to {@code folder}. The watcher recreates a
     * missing .done/.rejected at once: an empty one it made in between is removed and the move tried again.
     */
    private static void swap(Path folder, Path aside, Path replacement) throws Exception {
        Files.move(folder, aside);
        for (int attempt = 0; ; attempt++) {
            try {
                Files.move(replacement, folder);
                return;
            } catch (java.nio.file.FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
                if (attempt > 100) {
                    throw e;
                }
                Files.deleteIfExists(folder);
            }
        }
    }

    /** A writable folder on another file system than the inbox (tmpfs /dev/shm on Linux). */
    private static Path otherFileSystem(Path dir) throws Exception {
        FileStore inboxStore = Files.getFileStore(dir);
        for (String candidate : List.of("/dev/shm", "/run/shm", "/run/user/" + System.getProperty("user.name"), "/tmp")) {
            Path p = Path.of(candidate);
            if (Files.isDirectory(p) && Files.isWritable(p) && !Files.getFileStore(p).equals(inboxStore)) {
                return p;
            }
        }
        throw new AssertionError("no writable folder on another file system than " + dir + " for this test");
    }
}
