package org.borderwatch.engine.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Publication dates as page heads print them (invented pages, modeled on the forms real pages use). */
class PublicationDateTest {

    @Test
    void dateLinesOfManyForms() {
        assertEquals(LocalDate.of(2014, 3, 4), PublicationDate.dateLine("Tuesday 4 March 2014 - 11:05"));
        assertEquals(LocalDate.of(2014, 10, 3), PublicationDate.dateLine("| Friday, October 3rd, 2014 | 9:40 am"));
        assertEquals(LocalDate.of(2014, 3, 4), PublicationDate.dateLine("2014-03-04 11:05"));
        assertEquals(LocalDate.of(2014, 3, 7), PublicationDate.dateLine("Updated: Mar 07, 2014 16:32 IST"));
        assertEquals(LocalDate.of(2019, 6, 12), PublicationDate.dateLine("Wed, Jun 12, 2019 - Page 3"));
        assertEquals(LocalDate.of(2021, 2, 17), PublicationDate.dateLine("Wednesday February 17 2021"));
        assertEquals(LocalDate.of(2021, 2, 17), PublicationDate.dateLine("17 February 2021"));
        assertEquals(LocalDate.of(2018, 9, 30), PublicationDate.dateLine("September 30,2018 1203"));
    }

    @Test
    void aDatelineWithItsDate() {
        assertEquals(LocalDate.of(2014, 3, 9), PublicationDate.dateLine("RIVERTOWN, Northland (AP) - Mar 9, 2014 - "
                + "Border guards of the two states exchanged fire overnight, officials said."));
        assertEquals(LocalDate.of(2016, 5, 2), PublicationDate.dateLine("EASTPORT, May 2, 2016 — A patrol came under fire."));
    }

    @Test
    void numericDatesOnlyWhenTheOrderIsKnown() {
        assertEquals(LocalDate.of(2022, 5, 24), PublicationDate.dateLine("Tuesday, 05/24/2022"), "the weekday decides");
        assertEquals(LocalDate.of(2022, 5, 24), PublicationDate.dateLine("24/05/2022"), "24 cannot be a month");
        assertNull(PublicationDate.dateLine("05/06/2022"), "May 6 or June 5: ambiguous, left out");
    }

    @Test
    void aDateInsideASentenceIsNotThePagesDate() {
        assertNull(PublicationDate.dateLine("Trucks wait at the crossing after it was closed by the authorities, "
                + "March 2, 2020. Photo agency"));
        assertNull(PublicationDate.dateLine("The two armies fought a short war on 12 July 2008 over the valley."));
    }

    @Test
    void aDateWithoutAYearIsNeverCompleted() {
        assertNull(PublicationDate.dateLine("CAPITAL, October 2. /AGENCY/."));
        assertNull(PublicationDate.find("Menu\nSearch\nCAPITAL, October 2. /AGENCY/. Shelling was reported.\n"));
    }

    @Test
    void theFirstDateLineBelowThePageFurnitureIsTaken() {
        String page = "Skip to main content\nNews | World | Region\nDonate now to support our reporting\n"
                + "Guards clash at the river crossing\nSaturday, 11 June 2022\n\nTwo guards were wounded on Friday when "
                + "patrols of the two states met at the river, the ministry said on 10 June 2022.\n";
        assertEquals(LocalDate.of(2022, 6, 11), PublicationDate.find(page));
        assertNull(PublicationDate.find("No date here at all.\nOnly a story about the border on 3 March.\n"));
    }
}
