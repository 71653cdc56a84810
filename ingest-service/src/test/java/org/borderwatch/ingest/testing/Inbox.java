package org.borderwatch.ingest.testing;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.borderwatch.contract.RawArticle;
import org.borderwatch.contract.Rejection;
import org.borderwatch.ingest.inbox.InboxFiles;
import org.eclipse.microprofile.config.ConfigProvider;

/** The test application's inbox folder, and assertions on what became of a dropped file. */
public final class Inbox {
    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Path dir;
    private final TopicCollector topics;

    public Inbox(TopicCollector topics) {
        this.dir = Path.of(ConfigProvider.getConfig().getValue("borderwatch.inbox.dir", String.class));
        this.topics = topics;
    }

    public Path dir() {
        return dir;
    }

    public Path done(String name) {
        return dir.resolve(".done").resolve(name);
    }

    public Path rejected(String name) {
        return dir.resolve(".rejected").resolve(name);
    }

    public Path drop(String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path drop(String name, String text) {
        return drop(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Waits until the file is in .done/ and its article on articles.raw; returns that article. */
    public RawArticle awaitAccepted(String name) {
        await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(50))
                .until(() -> Files.exists(done(name), LinkOption.NOFOLLOW_LINKS));
        assertFalse(Files.exists(dir.resolve(name), LinkOption.NOFOLLOW_LINKS), name + " left in the inbox");
        List<RawArticle> articles = await().atMost(TIMEOUT).until(() -> topics.rawArticles(name), l -> !l.isEmpty());
        assertEquals(1, articles.size(), "one record for " + name);
        return articles.get(0);
    }

    /** Waits until the file is in .rejected/ beside a reason that mentions {@code reasonPart}; returns the reason. */
    public String awaitRejected(String name, String reasonPart) {
        Path reasonFile = rejected(InboxFiles.reasonFileName(name));
        await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(50)).until(() -> Files.exists(reasonFile));
        assertTrue(Files.exists(rejected(name), LinkOption.NOFOLLOW_LINKS), name + " moved to .rejected");
        assertFalse(Files.exists(dir.resolve(name), LinkOption.NOFOLLOW_LINKS), name + " left in the inbox");
        String reason = read(reasonFile);
        assertTrue(reason.toLowerCase(Locale.ROOT).contains(reasonPart.toLowerCase(Locale.ROOT)),
                "reason of " + name + " should mention '" + reasonPart + "': " + reason);
        List<Rejection> records = await().atMost(TIMEOUT).until(() -> topics.rejections(name), l -> !l.isEmpty());
        Rejection rejection = records.get(0);
        assertEquals("ingest", rejection.stage());
        assertEquals("inbox", rejection.source());
        assertTrue(rejection.reason().toLowerCase(Locale.ROOT).contains(reasonPart.toLowerCase(Locale.ROOT)));
        assertTrue(topics.rawArticles(name).isEmpty(), "a rejected file publishes no article");
        return reason;
    }

    /** The file is still in the inbox after several quiet times, and nothing was written for it. */
    public void assertLeftAlone(String name) throws InterruptedException {
        Thread.sleep(2000);
        assertTrue(Files.exists(dir.resolve(name), LinkOption.NOFOLLOW_LINKS), name + " should stay in the inbox");
        assertFalse(Files.exists(done(name), LinkOption.NOFOLLOW_LINKS));
        assertFalse(Files.exists(rejected(name), LinkOption.NOFOLLOW_LINKS));
        assertTrue(topics.rawArticles(name).isEmpty());
        assertTrue(topics.rejections(name).isEmpty());
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
