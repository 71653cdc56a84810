package org.borderwatch.engine.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The date of a sentence is the day of what it reports, not the day someone said it. */
class SentenceDatesTest {

    private static final LocalDate MONDAY_4_SEPTEMBER = LocalDate.of(2023, 9, 4);

    @Test
    void theDayOfSayingIsNotTheDayForcesActedBefore() {
        assertNull(SentenceViews.dateOfEvents("The ministry said on Sunday its coastguards had opened fire on two"
                + " boats this week.", MONDAY_4_SEPTEMBER).date());
        assertEquals("2023-08-29", SentenceViews.dateOfEvents("The ministry said on Sunday its troops had fired on"
                + " the patrol on Tuesday.", MONDAY_4_SEPTEMBER).date());
    }

    @Test
    void aSpeakersOwnStepOnTheDayOfSayingKeepsThatDay() {
        assertEquals("2023-09-01", SentenceViews.dateOfEvents("The minister said on Friday that he had asked the"
                + " council to meet.", MONDAY_4_SEPTEMBER).date());
        assertEquals("2023-09-03", SentenceViews.dateOfEvents("Border guards opened fire on Sunday, the ministry"
                + " said.", MONDAY_4_SEPTEMBER).date());
    }
}
