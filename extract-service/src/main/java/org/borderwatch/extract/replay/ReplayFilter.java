package org.borderwatch.extract.replay;

import java.time.LocalDate;
import org.borderwatch.contract.RawArticle;

/** The {@code since} filter of a replay. */
final class ReplayFilter {
    private ReplayFilter() {
    }

    /**
     * True when there is no {@code since}, or the article was ingested on or after it, or published on or after it.
     * A partial published date counts as the last day it can mean ({@code 2021-05} as {@code 2021-05-31}), so an
     * article of "May 2021" is included by {@code since=2021-05-10}.
     */
    static boolean includes(RawArticle article, LocalDate since) {
        if (since == null) {
            return true;
        }
        String day = since.toString();
        String ingested = article.ingestedAt();
        if (ingested != null && ingested.length() >= 10 && ingested.substring(0, 10).compareTo(day) >= 0) {
            return true;
        }
        String published = article.published();
        return published != null && !published.isBlank() && widen(published.strip()).compareTo(day) >= 0;
    }

    /** 2021 -> 2021-12-31, 2021-05 -> 2021-05-31, a full date unchanged. */
    static String widen(String date) {
        try {
            if (date.length() == 4) {
                return date + "-12-31";
            }
            if (date.length() == 7) {
                return java.time.YearMonth.parse(date).atEndOfMonth().toString();
            }
        } catch (java.time.format.DateTimeParseException e) {
            return date;
        }
        return date;
    }
}
