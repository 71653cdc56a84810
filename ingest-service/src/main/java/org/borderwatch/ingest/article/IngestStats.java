package org.borderwatch.ingest.article;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counters of this run (inbox and HTTP together), for {@code GET /ingest/status} and, as
 * {@code borderwatch_ingest_inputs_total{outcome=...}}, for {@code /q/metrics}.
 */
@ApplicationScoped
public class IngestStats {
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong vanished = new AtomicLong();

    private final Counter acceptedMeter;
    private final Counter duplicatesMeter;
    private final Counter rejectedMeter;
    private final Counter vanishedMeter;

    public IngestStats(MeterRegistry registry) {
        acceptedMeter = counter(registry, "accepted");
        duplicatesMeter = counter(registry, "duplicate");
        rejectedMeter = counter(registry, "rejected");
        vanishedMeter = counter(registry, "vanished");
    }

    private static Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder("borderwatch.ingest.inputs")
                .description("inputs (inbox files and POST bodies) by outcome")
                .tag("outcome", outcome)
                .register(registry);
    }

    public void accepted() {
        accepted.incrementAndGet();
        acceptedMeter.increment();
    }

    public void duplicate() {
        duplicates.incrementAndGet();
        duplicatesMeter.increment();
    }

    public void rejected() {
        rejected.incrementAndGet();
        rejectedMeter.increment();
    }

    /** A file that disappeared between being seen and being read. */
    public void vanished() {
        vanished.incrementAndGet();
        vanishedMeter.increment();
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
