package org.borderwatch.extract.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.borderwatch.contract.Extractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A replay killed midway leaves its progress in the file; the next start reads it back as interrupted. */
class ReplayProgressStoreTest {
    private static final Extractor EXTRACTOR = new Extractor("borderwatch", "1.2.3");
    private static final Instant START = Instant.parse("2026-11-22T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aRunningReplayReadBackAfterAKillIsInterruptedWithItsDoneAndTotal() {
        ReplayProgressStore store = new ReplayProgressStore(dir.resolve("sub/progress.json"), new ObjectMapper());
        ReplayProgress running = ReplayProgress.started(EXTRACTOR, LocalDate.parse("2021-05-01"), START);
        running.total(1200);
        running.done(450);
        running.published();
        running.skipped();
        store.save(running.snapshot(START.plusSeconds(9)));
        // the process dies here: nothing else is written

        ReplayProgressStore afterRestart = new ReplayProgressStore(dir.resolve("sub/progress.json"), new ObjectMapper());
        ReplayProgress restored = ReplayProgress.restored(afterRestart.load().orElseThrow());
        ReplayStatus status = restored.snapshot(START.plusSeconds(600));
        assertTrue(restored.interrupted());
        assertFalse(restored.running(), "a new replay may start");
        assertEquals("interrupted", status.state());
        assertEquals(450, status.done());
        assertEquals(1200, status.total());
        assertEquals(1, status.published());
        assertEquals(1, status.skipped());
        assertEquals("2021-05-01", status.since());
        assertEquals(START.toString(), status.startedAt());
        assertEquals(START.plusSeconds(9).toString(), status.finishedAt(), "ends where its progress was last saved");
        assertEquals(50.0, status.ratePerSecond(), "the rate up to the last save");
        assertEquals(null, status.etaSeconds());
        assertTrue(status.error().contains("450/1200"), status.error());
        assertEquals(EXTRACTOR, status.extractor());
    }

    @Test
    void aFinishedReplayStaysFinished() {
        ReplayProgressStore store = new ReplayProgressStore(dir.resolve("progress.json"), new ObjectMapper());
        ReplayProgress done = ReplayProgress.started(EXTRACTOR, null, START);
        done.total(5);
        done.done(5);
        done.finish(START.plusSeconds(2));
        store.save(done.snapshot(START.plusSeconds(3)));

        ReplayStatus status = ReplayProgress.restored(store.load().orElseThrow()).snapshot(START.plusSeconds(60));
        assertEquals("done", status.state());
        assertEquals(5, status.done());
        assertEquals(START.plusSeconds(2).toString(), status.finishedAt());
        assertEquals(null, status.error());
    }

    @Test
    void noFileOrAnUnreadableOneMeansNoEarlierReplay() throws Exception {
        ReplayProgressStore store = new ReplayProgressStore(dir.resolve("progress.json"), new ObjectMapper());
        assertTrue(store.load().isEmpty());
        Files.writeString(dir.resolve("progress.json"), "{\"state\": \"runn");
        assertTrue(store.load().isEmpty());
    }

    @Test
    void aStatusThisVersionDoesNotKnowIsNotRestored() {
        ReplayStatus future = new ReplayStatus("paused", 1, 2, 0, 0, 0, 0, null, START.toString(), null, EXTRACTOR, null,
                null, START.toString());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> ReplayProgress.restored(future),
                "ReplayService then reports idle instead of failing to start");
    }

    @Test
    void aSaveReplacesTheFileWhole() throws Exception {
        ReplayProgressStore store = new ReplayProgressStore(dir.resolve("progress.json"), new ObjectMapper());
        ReplayProgress running = ReplayProgress.started(EXTRACTOR, null, START);
        running.total(10);
        for (int done = 1; done <= 10; done++) {
            running.done(done);
            store.save(running.snapshot(START.plusSeconds(done)));
            assertEquals(done, store.load().orElseThrow().done());
        }
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }
}
