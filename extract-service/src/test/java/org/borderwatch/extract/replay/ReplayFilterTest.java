package org.borderwatch.extract.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.borderwatch.contract.RawArticle;
import org.junit.jupiter.api.Test;

class ReplayFilterTest {
    private static final LocalDate SINCE = LocalDate.parse("2021-05-10");

    private static RawArticle article(String published, String ingestedAt) {
        return new RawArticle(1, "id", "t", "text", published, null, null, null, "f.txt", "text/plain", ingestedAt, 4);
    }

    @Test
    void noSinceIncludesEverything() {
        assertTrue(ReplayFilter.includes(article(null, null), null));
    }

    @Test
    void ingestedOnOrAfterSinceIsIncluded() {
        assertTrue(ReplayFilter.includes(article("2020-01-01", "2021-05-10T00:00:01Z"), SINCE));
        assertFalse(ReplayFilter.includes(article("2020-01-01", "2021-05-09T23:59:59Z"), SINCE));
    }

    @Test
    void publishedOnOrAfterSinceIsIncluded() {
        assertTrue(ReplayFilter.includes(article("2021-05-10", "2020-01-01T00:00:00Z"), SINCE));
        assertFalse(ReplayFilter.includes(article("2021-05-09", "2020-01-01T00:00:00Z"), SINCE));
        assertFalse(ReplayFilter.includes(article(null, "2020-01-01T00:00:00Z"), SINCE));
    }

    @Test
    void aPartialPublishedDateCountsAsTheLastDayItCanMean() {
        assertTrue(ReplayFilter.includes(article("2021-05", null), SINCE));
        assertTrue(ReplayFilter.includes(article("2021", null), SINCE));
        assertFalse(ReplayFilter.includes(article("2021-04", null), SINCE));
        assertEquals("2024-02-29", ReplayFilter.widen("2024-02"));
    }
}
