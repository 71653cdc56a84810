package org.borderwatch.ingest.article;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;

/** Counters of this run (inbox and HTTP together), for {@code GET /ingest/status}. */
@ApplicationScoped
public class IngestStats {
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong vanished = new AtomicLong();

    public void accepted() {
        accepted.incrementAndGet();
    }

    public void duplicate() {
        duplicates.incrementAndGet();
    }

    public void rejected() {
        rejected.incrementAndGet();
    }

    /** A file that disappeared between being seen and being read. */
    public void vanished() {
        vanished.incrementAndGet();
    }

    public long acceptedCount() {
        return accepted.get();
    }

    public long duplicateCount() {
        return duplicates.get();
    }

    public long rejectedCount() {
        return rejected.get();
    }

    public long vanishedCount() {
        return vanished.get();
    }
}
