package org.borderwatch.extract.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import org.borderwatch.contract.Extractor;
import org.junit.jupiter.api.Test;

class ReplayProgressTest {
    private static final Extractor EXTRACTOR = new Extractor("borderwatch", "1.2.3");
    private static final Instant START = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void rateIsRecordsPerSecondSinceTheStart() {
        assertEquals(50.0, ReplayProgress.ratePerSecond(100, START, START.plusSeconds(2)));
        assertEquals(33.3, ReplayProgress.ratePerSecond(100, START, START.plusSeconds(3)));
        assertEquals(0.0, ReplayProgress.ratePerSecond(100, START, START), "no time passed: no rate");
    }

    @Test
    void etaIsWhatIsLeftAtTheCurrentRateRoundedUp() {
        assertEquals(3L, ReplayProgress.etaSeconds(250, 100, 50.0));
        assertEquals(4L, ReplayProgress.etaSeconds(251, 100, 50.0));
        assertEquals(0L, ReplayProgress.etaSeconds(100, 100, 0.0));
        assertNull(ReplayProgress.etaSeconds(100, 0, 0.0), "no rate yet: no estimate");
    }

    @Test
    void aSnapshotWhileRunningHasRateAndEta() {
        ReplayProgress progress = ReplayProgress.started(EXTRACTOR, LocalDate.parse("2021-05-01"), START);
        progress.total(1000);
        progress.done(200);
        progress.published();
        progress.skipped();
        progress.failed();
        ReplayStatus status = progress.snapshot(START.plusSeconds(4));
        assertEquals("running", status.state());
        assertEquals(200, status.done());
        assertEquals(1000, status.total());
        assertEquals(1, status.published());
        assertEquals(1, status.skipped());
        assertEquals(1, status.failed());
        assertEquals(50.0, status.ratePerSecond());
        assertEquals(16L, status.etaSeconds());
        assertEquals("2026-11-22T10:00:00Z", status.startedAt());
        assertNull(status.finishedAt());
        assertEquals("2021-05-01", status.since());
        assertEquals(EXTRACTOR, status.extractor());
    }

    @Test
    void aFinishedReplayKeepsItsRateAndHasNoEta() {
        ReplayProgress progress = ReplayProgress.started(EXTRACTOR, null, START);
        progress.total(10);
        progress.done(10);
        progress.finish(START.plusSeconds(5));
        ReplayStatus status = progress.snapshot(START.plusSeconds(500));
        assertEquals("done", status.state());
        assertEquals(2.0, status.ratePerSecond(), "the rate is measured up to the finish, not up to now");
        assertNull(status.etaSeconds());
        assertEquals("2026-11-22T10:00:05Z", status.finishedAt());
    }

    @Test
    void aFailedReplaySaysWhy() {
        ReplayProgress progress = ReplayProgress.started(EXTRACTOR, null, START);
        progress.fail("broker gone", START.plusSeconds(1));
        ReplayStatus status = progress.snapshot(START.plusSeconds(2));
        assertEquals("failed", status.state());
        assertEquals("broker gone", status.error());
    }

    @Test
    void idleBeforeAnyReplay() {
        ReplayStatus status = ReplayProgress.idle(EXTRACTOR).snapshot(START);
        assertEquals("idle", status.state());
        assertNull(status.startedAt());
        assertEquals(0.0, status.ratePerSecond());
    }
}
