package org.borderwatch.bench.pipeline;

import java.util.Arrays;

/** Nearest-rank percentiles of a sample of latencies (no interpolation: every reported value was observed). */
public final class Percentiles {
    private final long[] sorted;

    public Percentiles(long[] values) {
        sorted = values.clone();
        Arrays.sort(sorted);
    }

    public int count() {
        return sorted.length;
    }

    /**
     * The smallest observed value such that at least {@code p} percent of the sample is at or below it
     * (nearest-rank definition); 0 for an empty sample.
     */
    public long at(double p) {
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
        }
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    public long max() {
        return sorted.length == 0 ? 0 : sorted[sorted.length - 1];
    }
}
