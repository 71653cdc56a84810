package org.borderwatch.ingest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.borderwatch.contract.ArticleIds;
import org.borderwatch.contract.RawArticle;
import org.borderwatch.contract.Rejection;
import org.borderwatch.ingest.testing.Inbox;
import org.borderwatch.ingest.testing.InboxTestResource;
import org.borderwatch.ingest.testing.Seeds;
import org.borderwatch.ingest.testing.TopicCollector;
import org.borderwatch.testing.kafka.KafkaBrokerTestResource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile input, one reported test per case: each is either accepted properly (in .done/, its article on
 * articles.raw) or rejected with a clear reason kept beside the file (and a Rejection record), or deliberately left
 * alone (hidden files, folders, partial names). After all of them the service is still healthy and every article
 * accepted along the way is still in .done/ and on the topic.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerTestResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = InboxTestResource.class, restrictToAnnotatedClass = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputIT {
    private static final String RUSSIAN = "Пограничный инцидент\n\nАзербайджанские военные продвинулись на 3,5 километра"
            + " вглубь территории Армении, заявило Министерство обороны.";
    private static TopicCollector topics;
    /** Every article accepted by a case: checked again at the end. */
    private static final Map<String, String> ACCEPTED = new LinkedHashMap<>();

    private Inbox inbox;

    @FunctionalInterface
    interface Case {
        void run() throws Exception;
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

    static Stream<String> cases() {
        return Stream.of(
                "empty file",
                "whitespace only",
                "binary with NUL bytes",
                "binary without NUL bytes (control characters)",
                "50 MB sparse file",
                "invalid UTF-8",
                "UTF-16 with BOM",
                "UTF-8 with BOM",
                "Windows-1251 text",
                "HTML with scripts and styles",
                "HTML with nothing but scripts",
                "CRLF and stray control characters",
                "single 1 MB line",
                "name with spaces",
                "unicode name",
                "name with ..",
                "symlink out of the inbox",
                "dangling symlink",
                "file still being written",
                "zip archive",
                "exe",
                "unknown extension",
                "no extension",
                "JSON deep nesting",
                "JSON wrong types",
                "JSON extra fields",
                "JSON missing text",
                "JSON malformed",
                "JSON published not a date",
                "article in another language",
                "duplicate under another name",
                "same name twice, different text",
                "directory inside the inbox",
                "hidden file",
                "partial download renamed when complete",
                "file deleted before it was read",
                "markdown article",
                "POST oversize",
                "POST wrong content type",
                "POST no content type",
                "POST empty body",
                "POST malformed JSON",
                "POST JSON wrong types",
                "POST binary as text/plain",
                "POST declared charset windows-1251");
    }

    private Map<String, Case> catalogue() {
        Map<String, Case> c = new LinkedHashMap<>();
        c.put("empty file", () -> {
            inbox.drop("empty.txt", new byte[0]);
            inbox.awaitRejected("empty.txt", "empty");
        });
        c.put("whitespace only", () -> {
            inbox.drop("blank.txt", "  \n\t\r\n   \n");
            inbox.awaitRejected("blank.txt", "whitespace only");
        });
        c.put("binary with NUL bytes", () -> {
            byte[] bytes = new byte[4096];
            new Random(7).nextBytes(bytes);
            bytes[10] = 0;
            inbox.drop("photo.txt", bytes);
            inbox.awaitRejected("photo.txt", "binary content");
        });
        c.put("binary without NUL bytes (control characters)", () -> {
            byte[] bytes = new byte[2000];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (1 + i % 30); // 0x01..0x1E: mostly control characters, valid UTF-8
            }
            inbox.drop("controls.txt", bytes);
            inbox.awaitRejected("controls.txt", "control characters");
        });
        c.put("50 MB sparse file", () -> {
            Path big = inbox.dir().resolve("big.txt.part");
            try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
                file.setLength(50L * 1024 * 1024); // sparse: nothing is written or held in memory
            }
            Files.move(big, inbox.dir().resolve("big.txt"));
            String reason = inbox.awaitRejected("big.txt", "over the limit");
            assertTrue(reason.contains("52428800 bytes"), reason);
            assertTrue(reason.contains("not read"), reason);
        });
        c.put("invalid UTF-8", () -> {
            byte[] bytes = "Border report: the caf\u00e9 near the checkpoint was shelled.".getBytes(Charset.forName("windows-1252"));
            inbox.drop("latin.txt", bytes);
            RawArticle a = accepted("latin.txt");
            assertTrue(a.text().contains("café"), "read as windows-1252: " + a.text());
        });
        c.put("UTF-16 with BOM", () -> {
            byte[] body = RUSSIAN.getBytes(StandardCharsets.UTF_16LE);
            byte[] bytes = new byte[body.length + 2];
            bytes[0] = (byte) 0xFF;
            bytes[1] = (byte) 0xFE;
            System.arraycopy(body, 0, bytes, 2, body.length);
            inbox.drop("utf16.txt", bytes);
            RawArticle a = accepted("utf16.txt");
            assertEquals(ArticleIds.normalize(RUSSIAN), a.text());
            assertEquals("Пограничный инцидент", a.title());
        });
        c.put("UTF-8 with BOM", () -> {
            String text = "Checkpoint closed\n\nThe checkpoint at Lachin was closed on Tuesday (BOM copy).";
            byte[] body = text.getBytes(StandardCharsets.UTF_8);
            byte[] bytes = new byte[body.length + 3];
            bytes[0] = (byte) 0xEF;
            bytes[1] = (byte) 0xBB;
            bytes[2] = (byte) 0xBF;
            System.arraycopy(body, 0, bytes, 3, body.length);
            inbox.drop("bom.txt", bytes);
            RawArticle a = accepted("bom.txt");
            assertEquals(ArticleIds.of(text), a.articleId(), "the BOM is not part of the text");
            assertFalse(a.text().startsWith("\uFEFF"));
        });
        c.put("Windows-1251 text", () -> {
            String text = RUSSIAN.replace("Пограничный", "Новый пограничный");
            inbox.drop("cp1251.txt", text.getBytes(Charset.forName("windows-1251")));
            RawArticle a = accepted("cp1251.txt");
            assertEquals(ArticleIds.normalize(text), a.text());
        });
        c.put("HTML with scripts and styles", () -> {
            inbox.drop("page.html", """
                    <!DOCTYPE html><html><head><title>Clash at the border</title>
                    <style>body { font-family: serif } .ad { display:none }</style>
                    <script>document.write('<p>injected</p>'); fetch('/track')</script></head>
                    <body><nav><ul><li>Home</li><li>World</li></ul></nav>
                    <h1>Clash at the border</h1><p>Two soldiers were wounded near Sotk.</p>
                    <script>alert('x')</script><p>The ministry blamed the other side.</p>
                    <footer>© News Corp</footer></body></html>
                    """);
            RawArticle a = accepted("page.html");
            assertEquals("Clash at the border\n\nTwo soldiers were wounded near Sotk.\n\nThe ministry blamed the other side.",
                    a.text());
            assertEquals("text/html", a.contentType());
        });
        c.put("HTML with nothing but scripts", () -> {
            inbox.drop("scripts.htm", "<html><head><script>var a = 1;</script></head><body><script>b()</script>"
                    + "<style>p{}</style><nav>Home</nav></body></html>");
            inbox.awaitRejected("scripts.htm", "no article text in the HTML");
        });
        c.put("CRLF and stray control characters", () -> {
            String text = "Night shelling\r\n\r\nShelling\u0007 resumed at 02:00 near the border.\r\nResidents\u001B left.\r\n";
            inbox.drop("crlf.txt", text);
            RawArticle a = accepted("crlf.txt");
            assertEquals("Night shelling\n\nShelling resumed at 02:00 near the border.\nResidents left.", a.text());
        });
        c.put("single 1 MB line", () -> {
            StringBuilder line = new StringBuilder(1_050_000);
            while (line.length() < 1_000_000) {
                line.append("troops moved along the border line again and again; ");
            }
            inbox.drop("one-line.txt", line.toString());
            RawArticle a = accepted("one-line.txt");
            assertEquals(line.toString().strip(), a.text());
            assertNull(a.title(), "a single line is no headline");
        });
        c.put("name with spaces", () -> {
            inbox.drop("border report  with spaces.txt", "Report with spaces\n\nA patrol was seen near the river.");
            accepted("border report  with spaces.txt");
        });
        c.put("unicode name", () -> {
            String name = "Граница – 国境 – Սահման 🚧.txt";
            inbox.drop(name, "Unicode name\n\nArmenian and Azerbaijani officials met at the border.");
            accepted(name);
        });
        c.put("name with ..", () -> {
            String name = "report..2021..txt";
            inbox.drop(name, "Dots in the name\n\nThe name has dots but stays inside the inbox.");
            accepted(name);
            assertTrue(Files.exists(inbox.dir().resolve(".done").resolve(name)));
        });
        c.put("symlink out of the inbox", () -> {
            Path outside = Files.createTempFile("outside-secret", ".txt");
            Files.writeString(outside, "secret outside the inbox, must not be read");
            Files.createSymbolicLink(inbox.dir().resolve("link-out.txt"), outside);
            inbox.awaitRejected("link-out.txt", "symbolic link (to " + outside + "): links are never followed");
            assertTrue(Files.isSymbolicLink(inbox.rejected("link-out.txt")), "the link itself is moved");
            assertEquals("secret outside the inbox, must not be read", Files.readString(outside), "target untouched");
            assertTrue(topics.raw().stream().noneMatch(r -> new String(r.value(), StandardCharsets.UTF_8).contains("secret")));
            Files.delete(outside);
        });
        c.put("dangling symlink", () -> {
            Files.createSymbolicLink(inbox.dir().resolve("dangling.txt"), inbox.dir().resolve("no-such-target.txt"));
            inbox.awaitRejected("dangling.txt", "symbolic link");
        });
        c.put("file still being written", () -> {
            Path file = inbox.dir().resolve("slow.txt");
            StringBuilder expected = new StringBuilder("Slow report\n\n");
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write(expected.toString().getBytes(StandardCharsets.UTF_8));
                out.flush();
                for (int i = 0; i < 15; i++) {
                    Thread.sleep(100); // under the 300 ms quiet time of the tests, 1.5 s in all
                    String chunk = "Paragraph " + i + " of a report written slowly. ";
                    out.write(chunk.getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    expected.append(chunk);
                    assertFalse(Files.exists(inbox.done("slow.txt")), "taken while still being written");
                }
            }
            RawArticle a = accepted("slow.txt");
            assertEquals(ArticleIds.normalize(expected.toString()), a.text(), "published whole, not half-written");
        });
        c.put("zip archive", () -> {
            inbox.drop("articles.zip", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0});
            inbox.awaitRejected("articles.zip", "unsupported file type .zip");
        });
        c.put("exe", () -> {
            inbox.drop("setup.exe", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0});
            inbox.awaitRejected("setup.exe", "unsupported file type .exe");
        });
        c.put("unknown extension", () -> {
            inbox.drop("notes.xyz", "plain words in an unknown kind of file");
            inbox.awaitRejected("notes.xyz", "unsupported file type .xyz");
        });
        c.put("no extension", () -> {
            inbox.drop("README", "a file without extension");
            inbox.awaitRejected("README", "(no extension)");
        });
        c.put("JSON deep nesting", () -> {
            String json = "{\"text\": \"x\", \"deep\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
            inbox.drop("deep.json", json);
            inbox.awaitRejected("deep.json", "nested deeper");
        });
        c.put("JSON wrong types", () -> {
            inbox.drop("types.json", "{\"title\": [\"a\"], \"text\": 42}");
            inbox.awaitRejected("types.json", "must be a string");
        });
        c.put("JSON extra fields", () -> {
            inbox.drop("extra.json", "{\"title\": \"Extra fields\", \"text\": \"The text of an article with extra fields.\","
                    + " \"published\": \"2022-09-13\", \"outlet\": \"Wire\", \"url\": \"https://example.org/e\","
                    + " \"tags\": [\"border\"], \"author\": {\"name\": \"X\"}}");
            RawArticle a = accepted("extra.json");
            assertEquals("Extra fields", a.title());
            assertEquals("2022-09-13", a.published());
            assertEquals("Wire", a.outlet());
            assertEquals("https://example.org/e", a.url());
            assertEquals("The text of an article with extra fields.", a.text());
        });
        c.put("JSON missing text", () -> {
            inbox.drop("notext.json", "{\"title\": \"No text here\"}");
            inbox.awaitRejected("notext.json", "no \"text\" field");
        });
        c.put("JSON malformed", () -> {
            inbox.drop("broken.json", "{\"title\": \"Broken\", \"text\": \"unterminated");
            inbox.awaitRejected("broken.json", "malformed JSON");
        });
        c.put("JSON published not a date", () -> {
            inbox.drop("baddate.json", "{\"text\": \"Some text.\", \"published\": \"yesterday\"}");
            inbox.awaitRejected("baddate.json", "\"published\" must be a date");
        });
        c.put("article in another language", () -> {
            inbox.drop("armenian.txt", "Սահմանային միջադեպ\n\nԱդրբեջանական զորքերը առաջ են շարժվել Սյունիքի մարզում։");
            RawArticle a = accepted("armenian.txt");
            assertEquals("Սահմանային միջադեպ", a.title());
        });
        c.put("duplicate under another name", () -> {
            inbox.drop("dup-original.txt", Seeds.bytes("002"));
            RawArticle first = accepted("dup-original.txt");
            inbox.drop("dup-copy.txt", Seeds.bytes("002"));
            await().atMost(Inbox.TIMEOUT).until(() -> Files.exists(inbox.done("dup-copy.txt")));
            Thread.sleep(500);
            assertEquals(1, topics.rawRecordsWithKey(first.articleId()).size(), "one articleId, one record");
            assertTrue(topics.rawArticles("dup-copy.txt").isEmpty());
        });
        c.put("same name twice, different text", () -> {
            inbox.drop("daily.txt", "Daily report one\n\nFirst day at the border was calm.");
            RawArticle one = accepted("daily.txt");
            inbox.drop("daily.txt", "Daily report two\n\nSecond day at the border was calm too.");
            await().atMost(Inbox.TIMEOUT).until(() -> Files.exists(inbox.dir().resolve(".done/daily~2.txt")));
            assertEquals("Daily report one\n\nFirst day at the border was calm.", Files.readString(inbox.done("daily.txt")),
                    "the first file is never overwritten");
            List<RawArticle> both = await().atMost(Inbox.TIMEOUT).until(() -> topics.rawArticles("daily.txt"),
                    l -> l.size() == 2);
            assertTrue(both.stream().anyMatch(a -> a.articleId().equals(one.articleId())));
        });
        c.put("directory inside the inbox", () -> {
            Path dir = Files.createDirectory(inbox.dir().resolve("subfolder.txt"));
            Files.writeString(dir.resolve("inner.txt"), "Inner file\n\nNot read: subfolders are not scanned.");
            inbox.assertLeftAlone("subfolder.txt");
            assertTrue(Files.exists(dir.resolve("inner.txt")));
        });
        c.put("hidden file", () -> {
            inbox.drop(".hidden.txt", "Hidden\n\nA hidden file is not an article.");
            inbox.assertLeftAlone(".hidden.txt");
        });
        c.put("partial download renamed when complete", () -> {
            inbox.drop("download.txt.part", "Downloaded article\n\nIt arrived in one piece.");
            inbox.assertLeftAlone("download.txt.part");
            Files.move(inbox.dir().resolve("download.txt.part"), inbox.dir().resolve("download.txt"));
            accepted("download.txt");
        });
        c.put("file deleted before it was read", () -> {
            Path file = inbox.drop("fleeting.txt", "Fleeting\n\nThis file is gone before it is read.");
            Thread.sleep(150); // seen by the watcher, not yet stable
            Files.delete(file);
            Thread.sleep(2000);
            assertFalse(Files.exists(inbox.done("fleeting.txt")));
            assertFalse(Files.exists(inbox.rejected("fleeting.txt")));
            assertTrue(topics.rawArticles("fleeting.txt").isEmpty());
            given().get("/q/health/live").then().statusCode(200);
        });
        c.put("markdown article", () -> {
            inbox.drop("note.md", "# Monitoring mission agreed\n\nThe mission will visit the border next week.");
            RawArticle a = accepted("note.md");
            assertEquals("Monitoring mission agreed", a.title());
        });
        c.put("POST oversize", () -> {
            byte[] big = new byte[257 * 1024];
            java.util.Arrays.fill(big, (byte) 'x');
            given().contentType("text/plain").body(big).post("/articles")
                    .then().statusCode(413).body("error", containsString("over the limit"));
        });
        c.put("POST wrong content type", () -> given().contentType("application/xml").body("<a>text</a>")
                .post("/articles").then().statusCode(415).body("error", containsString("unsupported content type")));
        c.put("POST no content type", () -> given().body("text without a type".getBytes(StandardCharsets.UTF_8))
                .post("/articles").then().statusCode(415));
        c.put("POST empty body", () -> {
            given().contentType("text/plain").body(new byte[0]).post("/articles")
                    .then().statusCode(400).body("error", containsString("empty"));
            List<Rejection> http = await().atMost(Inbox.TIMEOUT).until(() -> topics.rejections("http"), l -> !l.isEmpty());
            assertEquals("http", http.get(0).source());
        });
        c.put("POST malformed JSON", () -> given().contentType("application/json").body("{\"text\": ")
                .post("/articles").then().statusCode(400).body("error", containsString("malformed JSON")));
        c.put("POST JSON wrong types", () -> given().contentType("application/json").body("{\"text\": {\"a\": 1}}")
                .post("/articles").then().statusCode(422).body("error", containsString("must be a string")));
        c.put("POST binary as text/plain", () -> given().contentType("text/plain").body(new byte[] {1, 0, 2, 0, 3})
                .post("/articles").then().statusCode(422).body("error", containsString("binary")));
        c.put("POST declared charset windows-1251", () -> {
            String text = "Сообщение\n\nВойска отошли от границы.";
            String id = given().contentType("text/plain; charset=windows-1251").body(text.getBytes(Charset.forName("windows-1251")))
                    .post("/articles").then().statusCode(202).body("duplicate", is(false))
                    .extract().jsonPath().getString("articleId");
            assertEquals(ArticleIds.of(text), id);
            ACCEPTED.put(id, null);
        });
        return c;
    }

    private RawArticle accepted(String name) {
        RawArticle article = inbox.awaitAccepted(name);
        assertNotNull(article.articleId());
        assertEquals(ArticleIds.of(article.text()), article.articleId());
        assertEquals(name, article.fileName());
        ACCEPTED.put(article.articleId(), name);
        return article;
    }

    @Order(1)
    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cases")
    void hostileInput(String name) throws Exception {
        Case c = catalogue().get(name);
        assertNotNull(c, "no case named " + name);
        c.run();
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Order(2)
    @Test
    void twoThousandTinyFilesAtOnceAreAllAccountedFor() throws Exception {
        int total = 2000;
        Set<String> names = new HashSet<>();
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            String name = String.format("tiny-%04d.txt", i);
            names.add(name);
            // every 20th is empty: a mix of accepted and rejected
            inbox.drop(name, i % 20 == 0 ? "" : "Tiny article " + i + "\n\nA patrol passed checkpoint " + i + ".");
        }
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(500)).until(() -> {
            try (Stream<Path> left = Files.list(inbox.dir())) {
                return left.noneMatch(p -> names.contains(p.getFileName().toString()));
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        List<String> done = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        try (Stream<Path> d = Files.list(inbox.dir().resolve(".done"))) {
            d.map(p -> p.getFileName().toString()).filter(names::contains).forEach(done::add);
        }
        try (Stream<Path> r = Files.list(inbox.dir().resolve(".rejected"))) {
            r.map(p -> p.getFileName().toString()).filter(names::contains).forEach(rejected::add);
        }
        System.out.printf("2000 tiny files: %d done, %d rejected in %.1f s (%.0f files/s)%n", done.size(),
                rejected.size(), seconds, total / seconds);
        assertEquals(total, done.size() + rejected.size(), ".done + .rejected = 2000");
        assertEquals(total / 20, rejected.size());
        for (String r : rejected) {
            assertTrue(Files.exists(inbox.rejected(r + ".reason.txt")), "reason beside " + r);
        }
        await().atMost(Inbox.TIMEOUT).until(() -> topics.raw().stream()
                .map(rec -> TopicCollector.parse(rec.value(), RawArticle.class).fileName())
                .filter(n -> n != null && n.startsWith("tiny-")).distinct().count() == total - total / 20);
        given().get("/ingest/status").then().statusCode(200)
                .body("scan.total", org.hamcrest.Matchers.greaterThan(0))
                .body("scan.running", is(false));
    }

    @Order(3)
    @Test
    void serviceIsHealthyAndNothingAcceptedWasLost() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        assertTrue(ACCEPTED.size() >= 15, "cases accepted " + ACCEPTED.size() + " articles");
        for (Map.Entry<String, String> e : ACCEPTED.entrySet()) {
            assertFalse(topics.rawRecordsWithKey(e.getKey()).isEmpty(), "article " + e.getKey() + " on articles.raw");
            if (e.getValue() != null) {
                assertTrue(Files.exists(inbox.done(e.getValue()), LinkOption.NOFOLLOW_LINKS), e.getValue() + " in .done");
            }
        }
        // left alone on purpose and not counted as pending: the hidden file and the folder
        given().get("/ingest/status").then().body("pendingInInbox", equalTo(0));
    }
}
