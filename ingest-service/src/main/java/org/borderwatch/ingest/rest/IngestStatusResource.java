package org.borderwatch.ingest.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.borderwatch.ingest.article.IngestStats;
import org.borderwatch.ingest.inbox.InboxWatcher;
import org.borderwatch.ingest.inbox.ScanProgress;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code GET /ingest/status}: counters of this run and the progress of a running (or the last) scan batch. */
@Path("/ingest/status")
public class IngestStatusResource {
    private final IngestStats stats;
    private final InboxWatcher watcher;

    public IngestStatusResource(IngestStats stats, InboxWatcher watcher) {
        this.stats = stats;
        this.watcher = watcher;
    }

    /**
     * @param pendingInInbox   files in the inbox not handled yet (being written, waiting to be read, or waiting
     *                         for the broker)
     * @param brokerProblem    why files wait, while the broker is unreachable; else null
     * @param vanished         files that disappeared before they were read
     */
    public record IngestStatus(long accepted, long duplicates, long rejected, long vanished, int pendingInInbox,
            boolean watching, String inbox, String brokerProblem, ScanProgress scan) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Counts of this run and progress of a long inbox scan (done/total, rate, ETA)")
    public IngestStatus status() {
        return new IngestStatus(stats.acceptedCount(), stats.duplicateCount(), stats.rejectedCount(),
                stats.vanishedCount(), watcher.pendingInInbox(), watcher.isWatching(), watcher.inbox().toString(),
                watcher.brokerProblem(), watcher.progress());
    }
}
