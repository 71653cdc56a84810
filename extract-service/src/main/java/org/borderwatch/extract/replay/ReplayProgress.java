package org.borderwatch.extract.replay;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.borderwatch.contract.Extractor;

/** Progress of one replay; written by the replay thread, read by HTTP threads (hence synchronized). */
public final class ReplayProgress {

    /** INTERRUPTED: the service stopped (killed, crashed) while the replay ran; read back at the next start. */
    public enum State { IDLE, RUNNING, DONE, FAILED, INTERRUPTED }

    private final Extractor extractor;
    private final LocalDate since;
    private final Instant startedAt;
    private State state;
    private long total;
    private long done;
    private long published;
    private long skipped;
    private long failed;
    private Instant finishedAt;
    private String error;

    private ReplayProgress(State state, Extractor extractor, LocalDate since, Instant startedAt) {
        this.state = state;
        this.extractor = extractor;
        this.since = since;
        this.startedAt = startedAt;
    }

    /** The state before any replay has run. */
    public static ReplayProgress idle(Extractor extractor) {
        return new ReplayProgress(State.IDLE, extractor, null, null);
    }

    /**
     * The replay of {@code last}, a status saved while it was running, after the service stopped in the middle of
     * it: {@code interrupted}, with the done/total and counts last saved. A new replay may be started.
     */
    public static ReplayProgress interrupted(ReplayStatus last) {
        Instant startedAt = last.startedAt() == null ? null : Instant.parse(last.startedAt());
        ReplayProgress progress = new ReplayProgress(State.INTERRUPTED, last.extractor(),
                last.since() == null ? null : LocalDate.parse(last.since()), startedAt);
        progress.total = last.total();
        progress.done = last.done();
        progress.published = last.published();
        progress.skipped = last.skipped();
        progress.failed = last.failed();
        progress.finishedAt = last.savedAt() == null ? startedAt : Instant.parse(last.savedAt());
        progress.error = "interrupted: the service stopped while this replay ran (" + last.done() + "/" + last.total()
                + " records read when its progress was last saved); start a new replay";
        return progress;
    }

    /** What a saved status becomes at the start of the service: a running one was interrupted. */
    public static ReplayProgress restored(ReplayStatus saved) {
        if ("running".equals(saved.state())) {
            return interrupted(saved);
        }
        ReplayProgress progress = interrupted(saved);
        progress.state = State.valueOf(saved.state().toUpperCase(java.util.Locale.ROOT));
        progress.error = saved.error();
        progress.finishedAt = saved.finishedAt() == null ? null : Instant.parse(saved.finishedAt());
        return progress;
    }

    public static ReplayProgress started(Extractor extractor, LocalDate since, Instant startedAt) {
        return new ReplayProgress(State.RUNNING, extractor, since, startedAt);
    }

    public synchronized boolean interrupted() {
        return state == State.INTERRUPTED;
    }

    public synchronized boolean running() {
        return state == State.RUNNING;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public synchronized void total(long total) {
        this.total = total;
    }

    public synchronized void done(long done) {
        this.done = done;
    }

    public synchronized void published() {
        published++;
    }

    public synchronized void skipped() {
        skipped++;
    }

    public synchronized void failed() {
        failed++;
    }

    public synchronized void finish(Instant now) {
        state = State.DONE;
        finishedAt = now;
    }

    public synchronized void fail(String why, Instant now) {
        state = State.FAILED;
        error = why;
        finishedAt = now;
    }

    public synchronized ReplayStatus snapshot(Instant now) {
        double rate = startedAt == null ? 0 : ratePerSecond(done, startedAt, finishedAt != null ? finishedAt : now);
        return new ReplayStatus(state.name().toLowerCase(java.util.Locale.ROOT), done, total, published, skipped, failed,
                rate, state == State.RUNNING ? etaSeconds(total, done, rate) : null,
                startedAt == null ? null : startedAt.toString(), finishedAt == null ? null : finishedAt.toString(),
                extractor, since == null ? null : since.toString(), error, now.toString());
    }

    /** Records per second over [from, to], 0 when no time has passed yet. */
    static double ratePerSecond(long done, Instant from, Instant to) {
        long millis = Duration.between(from, to).toMillis();
        if (millis <= 0) {
            return 0;
        }
        return Math.round(done * 1000.0 / millis * 10.0) / 10.0;
    }

    /** Seconds until done at that rate (rounded up), null when there is no rate to extrapolate from. */
    static Long etaSeconds(long total, long done, double ratePerSecond) {
        long left = Math.max(0, total - done);
        if (left == 0) {
            return 0L;
        }
        if (ratePerSecond <= 0) {
            return null;
        }
        return (long) Math.ceil(left / ratePerSecond);
    }
}
