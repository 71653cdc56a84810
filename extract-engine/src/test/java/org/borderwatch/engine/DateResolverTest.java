package org.borderwatch.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.borderwatch.engine.time.DateResolver;
import org.borderwatch.engine.time.DateResolver.Resolved;
import org.junit.jupiter.api.Test;

/** The article's own date and relative dates resolved against it; unresolvable dates stay null, never guessed. */
class DateResolverTest {

    /** A Saturday. */
    private static final LocalDate SAT = LocalDate.of(2022, 9, 17);

    @Test
    void articleDateFromPublishedThenDateLineThenByline() {
        assertEquals(LocalDate.of(2021, 5, 13), DateResolver.articleDate("2021-05-13", "no date in here"));
        assertEquals(LocalDate.of(2021, 5, 13), DateResolver.articleDate(null, " date 2021-05-13 Azerbaijani troops"));
        assertEquals(LocalDate.of(2022, 9, 13), DateResolver.articleDate(null,
                "By Anna Petrosyan, for The Armenian Weekly, September 13, 2022\n\nYEREVAN - Azerbaijani forces"));
        assertNull(DateResolver.articleDate(null, "Azerbaijani forces crossed the border on Thursday."));
    }

    @Test
    void weekdaysAreTheLastSuchDayOnOrBeforeTheArticleDate() {
        assertEquals("2022-09-15", resolve("The clash began on Thursday.", SAT).date());
        assertEquals("2022-09-17", resolve("Troops moved on Saturday.", SAT).date());
        assertEquals("2022-09-13", resolve("Fighting broke out on Tuesday night.", SAT).date());
        assertEquals("day", resolve("The clash began on Thursday.", SAT).precision());
    }

    @Test
    void todayYesterdayAndLastMonth() {
        assertEquals("2022-09-17", resolve("The ministry said today that two soldiers died.", SAT).date());
        assertEquals("2022-09-16", resolve("Two soldiers died yesterday.", SAT).date());
        Resolved lastMonth = resolve("Last month an Armenian soldier was killed.", SAT);
        assertEquals("2022-08", lastMonth.date());
        assertEquals("month", lastMonth.precision());
    }

    @Test
    void monthDaysTakeTheLatestOneOnOrBeforeTheArticleDate() {
        assertEquals("2022-09-13", resolve("On September 13 the army opened fire.", SAT).date());
        assertEquals("2022-03-26", resolve("On March 26, Russian officials said the truce was violated.", SAT).date());
        // a day later in the year than the article date is last year's
        assertEquals("2021-12-02", resolve("The talks of December 2 failed.", SAT).date());
        assertEquals("2021-05", resolve("The appeal was made in May 2021.", SAT).date());
        assertEquals("2021-05-12", resolve("The incursion began on May 12, 2021.", SAT).date());
    }

    @Test
    void inMayTakesTheArticleYearOrStaysAHint() {
        Resolved may = resolve("Yerevan appealed in May.", SAT);
        assertEquals("2022-05", may.date());
        Resolved undated = resolve("Yerevan appealed in May.", null);
        assertNull(undated.date());
        assertEquals("--05", undated.hint());
    }

    @Test
    void withoutAnArticleDateRelativeDatesStayUnresolved() {
        assertNull(resolve("The clash began on Thursday.", null).date());
        assertNull(resolve("Two soldiers died yesterday.", null).date());
        assertNull(resolve("Last month an Armenian soldier was killed.", null).date());
    }

    @Test
    void mayTheVerbIsNoMonth() {
        assertNull(resolve("The dispute may escalate.", SAT).date());
    }

    private static Resolved resolve(String sentence, LocalDate articleDate) {
        return DateResolver.resolve(sentence, articleDate);
    }
}
