package org.borderwatch.extract.replay;

import org.borderwatch.contract.Extractor;

/**
 * What {@code GET /admin/replay} reports.
 *
 * @param state         idle, running, done, failed, or interrupted (the service stopped while it ran)
 * @param done          raw records read so far (offsets covered, so compacted-away gaps count as read)
 * @param total         raw records to read: the end offsets captured at start minus the beginning offsets
 * @param published     analyses written (acknowledged by the broker)
 * @param skipped       records left out: before {@code since}, or unreadable (they went to the DLQ the first time)
 * @param failed        records the engine failed on or whose analysis could not be written
 * @param ratePerSecond records read per second since the start
 * @param etaSeconds    seconds left at that rate; null when not running or no rate yet
 * @param since         the {@code since} filter (YYYY-MM-DD) or null
 * @param error         why a failed replay failed (or how an interrupted one ended), else null
 * @param savedAt       when this status was taken (the last save, for an interrupted replay)
 */
public record ReplayStatus(
        String state,
        long done,
        long total,
        long published,
        long skipped,
        long failed,
        double ratePerSecond,
        Long etaSeconds,
        String startedAt,
        String finishedAt,
        Extractor extractor,
        String since,
        String error,
        String savedAt) {
}
