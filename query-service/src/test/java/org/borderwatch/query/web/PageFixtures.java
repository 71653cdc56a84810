package org.borderwatch.query.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.borderwatch.contract.ArticleAnalysis;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.EventType;
import org.borderwatch.contract.Extractor;
import org.borderwatch.contract.RawArticle;
import org.borderwatch.contract.Rejection;

/**
 * Articles the page tests publish while the page is open, beyond the seeds: a new incident between another pair of
 * states, an article that is not an incident, rejected ones. Invented text in the project's own words.
 */
final class PageFixtures {
    static final Extractor EXTRACTOR = new Extractor("fixture", "1.0.0");

    /** An article with its raw record (id: SHA-256 of the text, as ingest computes it) and its analysis. */
    record Article(RawArticle raw, ArticleAnalysis analysis) {
        String id() {
            return raw.articleId();
        }
    }

    private PageFixtures() {
    }

    /**
     * Kyrgyz and Tajik border guards exchange fire near Kok-Tash (a place with coordinates) and at the Ak-Tatyr post
     * (one without) on 14 September 2022; two guards are killed.
     */
    static Article borderClashBetweenKyrgyzstanAndTajikistan() {
        String fire = "Border guards of Kyrgyzstan and Tajikistan exchanged fire near the village of Kok-Tash and "
                + "at the Ak-Tatyr post on 14 September 2022.";
        String toll = "Two Kyrgyz border guards were killed, the Kyrgyz border service said.";
        String text = "Shooting on the Isfara valley border\n\n" + fire + " " + toll;
        RawArticle raw = raw(text, "Shooting on the Isfara valley border", "Valley Courier", "2022-09-15", "kg-tj.txt");
        EventRecord.Location kokTash = new EventRecord.Location("Kok-Tash", "settlement", "Batken", "KG", 39.936, 70.806);
        // a post the gazetteer does not know: named, without coordinates
        EventRecord.Location post = new EventRecord.Location("Ak-Tatyr", "border_section", null, "KG", null, null);
        EventRecord clash = event(raw.articleId() + "-1", EventType.CLASH, "2022-09-14", null, null,
                List.of(kokTash, post), null, evidence(text, fire));
        EventRecord killed = event(raw.articleId() + "-2", EventType.CASUALTIES, "2022-09-14", "KG",
                new EventRecord.Counts(2, null, null, null, null, null, null, null), List.of(kokTash),
                new EventRecord.Claimant("Kyrgyz border service", "KG", null), evidence(text, toll));
        return new Article(raw, analysis(raw, true, List.of("KG", "TJ"), List.of(clash, killed)));
    }

    /** A report about Armenia alone (a budget debate): analyzed, not a border incident. */
    static Article notAnIncident() {
        String text = "Parliament debates the road budget\n\nThe parliament of Armenia debated the road budget for "
                + "the coming year on Tuesday.";
        RawArticle raw = raw(text, "Parliament debates the road budget", "Valley Courier", "2022-10-04", "budget.txt");
        return new Article(raw, analysis(raw, false, List.of("AM"), List.of()));
    }

    static Rejection rejection(String articleId, String fileName, String reason) {
        return new Rejection(1, articleId, fileName, "extract", reason, "articles.raw-0-99", "2022-10-05T10:00:00Z");
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RawArticle raw(String text, String title, String outlet, String published, String fileName) {
        return new RawArticle(1, sha256(text), title, text, published, outlet, null, null, fileName, "text/plain",
                published + "T12:00:00Z", text.getBytes(StandardCharsets.UTF_8).length);
    }

    private static ArticleAnalysis analysis(RawArticle raw, boolean incident, List<String> countries,
            List<EventRecord> events) {
        return new ArticleAnalysis(1, raw.articleId(), EXTRACTOR, raw.published() + "T12:00:01Z", raw.published(),
                incident, countries, events, List.of(), raw.title(), raw.outlet(), raw.fileName(), raw.ingestedAt());
    }

    private static EventRecord event(String id, EventType type, String date, String party, EventRecord.Counts counts,
            List<EventRecord.Location> locations, EventRecord.Claimant claimant, EventRecord.Evidence evidence) {
        return new EventRecord(id, type, type.plover(), date, "day", false, party, party == null ? null : false,
                counts, List.of(), null, List.of(), locations, claimant, null, evidence, 0.9, false, null,
                EXTRACTOR.version(), null);
    }

    private static EventRecord.Evidence evidence(String text, String sentence) {
        int start = text.indexOf(sentence);
        return new EventRecord.Evidence(sentence, start, start + sentence.length());
    }
}
