package org.borderwatch.bench.pipeline;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PercentilesTest {

    @Test
    void nearestRankOverOneToHundred() {
        long[] values = new long[100];
        for (int i = 0; i < 100; i++) {
            values[i] = 100 - i; // unsorted on purpose
        }
        Percentiles p = new Percentiles(values);
        assertEquals(50, p.at(50));
        assertEquals(99, p.at(99));
        assertEquals(100, p.at(100));
        assertEquals(1, p.at(0.5));
        assertEquals(100, p.max());
    }

    @Test
    void smallSamplesTakeTheObservedValueAboveTheRank() {
        Percentiles p = new Percentiles(new long[] {30, 10, 20});
        assertEquals(20, p.at(50)); // rank ceil(1.5) = 2
        assertEquals(30, p.at(99)); // rank ceil(2.97) = 3
        assertEquals(10, p.at(1));
    }

    @Test
    void emptySampleIsZeroAndBadPercentileIsRejected() {
        assertEquals(0, new Percentiles(new long[0]).at(50));
        assertThrows(IllegalArgumentException.class, () -> new Percentiles(new long[] {1}).at(0));
        assertThrows(IllegalArgumentException.class, () -> new Percentiles(new long[] {1}).at(101));
    }

    @Test
    void doesNotReorderTheCallersArray() {
        long[] values = {3, 1, 2};
        new Percentiles(values);
        assertEquals(3, values[0]);
    }
}
