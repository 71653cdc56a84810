package org.borderwatch.ingest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.borderwatch.contract.RawArticle;
import org.borderwatch.ingest.inbox.InboxFiles;
import org.borderwatch.ingest.testing.Inbox;
import org.borderwatch.ingest.testing.InboxTestResource;
import org.borderwatch.ingest.testing.TopicCollector;
import org.borderwatch.testing.kafka.KafkaBrokerTestResource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, finding 3: links retargeted while the workers are busy. Two workers, hundreds of files queued, and
 * meanwhile baits flip, by atomic renames, between (a) a regular file and a link to a file outside the inbox, and
 * (b) a link to a file inside the inbox and a link to the file outside. A file seen complete at scan time may be a
 * link to the outside file by the time a worker reads it. Nothing of the outside file may ever be published.
 */
@QuarkusTest
@TestProfile(InboxSymlinkRaceIT.TwoWorkers.class)
@QuarkusTestResource(value = KafkaBrokerTestResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = InboxTestResource.class, restrictToAnnotatedClass = true)
class InboxSymlinkRaceIT {
    private static final int FILLERS = 600;
    private static final int BAITS = 20;
    private static final Duration RACE = Duration.ofSeconds(15);

    /** Few workers, so that a long queue stands between a file's scan and its read. */
    public static class TwoWorkers implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("borderwatch.inbox.workers", "2");
        }
    }

    @Test
    void noContentFromOutsideTheInboxIsEverPublished() throws Exception {
        String marker = "root:x:0:0:" + UUID.randomUUID();
        Path outside = Files.createTempFile("outside-file", ".txt");
        Files.writeString(outside, marker + "\nthis file lies outside the inbox\n");
        try (TopicCollector topics = new TopicCollector(
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))) {
            Inbox inbox = new Inbox(topics);
            Path dir = inbox.dir();
            for (int i = 0; i < BAITS; i++) {
                Files.writeString(dir.resolve(".inside-" + i), "Inside report " + i + "\n\nA patrol crossed the river.");
            }
            for (int i = 0; i < FILLERS; i++) {
                inbox.drop(String.format("filler-%04d.txt", i), "Filler report " + i + "\n\nTroops moved near post " + i + ".");
            }
            race(dir, outside);
            for (int i = 0; i < BAITS; i++) { // the last state of every bait: a plain file
                Path fresh = Files.writeString(dir.resolve(".bait-final-" + i), "Final bait " + i + "\n\nQuiet night.");
                Files.move(fresh, dir.resolve(bait(i)), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> inboxIsEmpty(dir));
            await().atMost(Inbox.TIMEOUT).until(() -> topics.rawArticles(bait(BAITS - 1)).stream()
                    .anyMatch(a -> a.text().startsWith("Final bait")));

            List<String> published = topics.raw().stream().map(r -> new String(r.value(), StandardCharsets.UTF_8)).toList();
            assertTrue(published.size() >= FILLERS, "fillers published: " + published.size());
            assertTrue(published.stream().noneMatch(v -> v.contains(marker)), "the outside file's content was published");
            try (Stream<Path> done = Files.list(dir.resolve(InboxFiles.DONE))) {
                for (Path p : done.toList()) {
                    assertFalse(Files.isSymbolicLink(p), "a link in .done: " + p);
                    assertFalse(Files.readString(p).contains(marker), "outside content in " + p);
                }
            }
            long linkRejections = topics.rejected().stream()
                    .map(r -> new String(r.value(), StandardCharsets.UTF_8))
                    .filter(v -> v.contains("bait-") && v.contains("symbolic link")).count();
            long baitsPublished = published.stream().filter(v -> v.contains("Bait report ")).count();
            System.out.printf("symlink race: %d link rejections, %d bait articles published, %d records in all%n",
                    linkRejections, baitsPublished, published.size());
            assertTrue(linkRejections > 0, "the race put links in front of the watcher");
            assertTrue(baitsPublished > 0, "regular bait files were read and published during the race");
            assertEquals(marker + "\nthis file lies outside the inbox\n", Files.readString(outside), "untouched");
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    private static String bait(int i) {
        return "bait-" + i + ".txt";
    }

    /**
     * Flips every bait for {@link #RACE}: 2.5 s as a file that becomes stable (even baits: a regular file, odd
     * baits: a link to a file inside the inbox), then 0.5 s as a link to the outside file; staggered.
     */
    private static void race(Path dir, Path outside) throws Exception {
        long start = System.currentTimeMillis();
        boolean[] pointsOutside = new boolean[BAITS];
        int version = 0;
        while (System.currentTimeMillis() - start < RACE.toMillis()) {
            for (int i = 0; i < BAITS; i++) {
                long phase = (System.currentTimeMillis() - start + i * 150L) % 3000;
                boolean outsideNow = phase >= 2500;
                if (outsideNow == pointsOutside[i] && version > 0) {
                    continue;
                }
                pointsOutside[i] = outsideNow;
                Path next = dir.resolve(".next-" + i + "-" + version++);
                if (outsideNow) {
                    Files.createSymbolicLink(next, outside);
                } else if (i % 2 == 0) {
                    Files.writeString(next, "Bait report " + i + "\n\nShots were heard near post " + i + ".");
                } else {
                    Files.createSymbolicLink(next, dir.resolve(".inside-" + i));
                }
                Files.move(next, dir.resolve(bait(i)), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            Thread.sleep(20);
        }
    }

    private static boolean inboxIsEmpty(Path dir) throws Exception {
        try (Stream<Path> left = Files.list(dir)) {
            return left.map(p -> p.getFileName().toString()).noneMatch(InboxFiles::isCandidateName);
        }
    }
}
