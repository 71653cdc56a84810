package org.borderwatch.extract.replay;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.borderwatch.contract.Extractor;

/** Progress of one replay; written by the replay thread, read by HTTP threads (hence synchronized). */
public final class ReplayProgress {

    public enum State { IDLE, RUNNING, DONE, FAILED }

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

    public static ReplayProgress started(Extractor extractor, LocalDate since, Instant startedAt) {
        return new ReplayProgress(State.RUNNING, extractor, since, startedAt);
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
                extractor, since == null ? null : since.toString(), error);
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
