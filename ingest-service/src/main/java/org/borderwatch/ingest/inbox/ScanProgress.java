package org.borderwatch.ingest.inbox;

/**
 * Progress of one batch of files found together (a start-up scan of a full inbox, a burst of drops).
 *
 * @param ratePerSecond files per second so far; 0 before the first is done
 * @param etaSeconds    seconds left at that rate, or -1 when unknown
 */
public record ScanProgress(boolean running, long done, long total, double ratePerSecond, long etaSeconds,
        String startedAt) {

    public static final ScanProgress IDLE = new ScanProgress(false, 0, 0, 0, -1, null);

    static ScanProgress of(boolean running, long done, long total, long elapsedMillis, String startedAt) {
        double rate = elapsedMillis > 0 ? done * 1000.0 / elapsedMillis : 0;
        long eta = rate > 0 ? Math.round((total - done) / rate) : -1;
        return new ScanProgress(running, done, total, Math.round(rate * 10) / 10.0, running ? eta : 0, startedAt);
    }
}
