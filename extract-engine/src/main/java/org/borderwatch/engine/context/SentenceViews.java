package org.borderwatch.engine.context;

import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import org.borderwatch.engine.text.GatedPattern;
import org.borderwatch.engine.text.Sentence;
import org.borderwatch.engine.time.DateResolver;

/** The sentences of an article with their dates, background flags and claims: what the rules need besides text. */
public final class SentenceViews {

    private SentenceViews() {
    }

    /**
     * Reads the sentences in order: a sentence's date, whether it is background (a sentence of a background
     * paragraph is, unless it has a date or a cue of now), and its claimant; then gives the sentences of a quoted
     * paragraph the speaker named after the quote.
     */
    public static List<SentenceView> read(Article article, Speakers speakers) {
        SpeakerReading reading = speakers.reading(article);
        boolean previousBackground = false;
        int previousParagraph = -1;
        List<SentenceView> views = new ArrayList<>(article.sentences().size());
        for (Sentence s : article.sentences()) {
            DateResolver.Resolved date = dateOfEvents(Background.withoutInstrumentYears(s.text()), article.date());
            boolean background = Background.isBackground(article, date, s.text(),
                    previousBackground && previousParagraph == s.paragraph());
            previousBackground = background;
            previousParagraph = s.paragraph();
            SentenceView v = new SentenceView(article, s, date, background);
            v.claim(reading.claimOf(v));
            views.add(v);
        }
        attributeQuotedParagraphs(views);
        return views;
    }

    /**
     * The day of what the sentence reports. "Algeria said on Sunday its forces had opened fire this week": the
     * weekday dates the saying, and the past perfect after it says the events came before; then the date is the
     * one named after the saying, else unknown (never the day of the statement).
     */
    static DateResolver.Resolved dateOfEvents(String text, LocalDate articleDate) {
        DateResolver.Resolved date = DateResolver.resolve(text, articleDate);
        if (date.date() == null) {
            return date;
        }
        Matcher said = SAID_ON_DAY_OF_EARLIER_EVENTS.matcher(text);
        if (!said.find()) {
            return date;
        }
        return DateResolver.resolve(text.substring(said.end(1)), articleDate);
    }

    /** "said on Sunday (that) its forces had opened fire": forces acted before the day of saying (group 1). */
    private static final GatedPattern SAID_ON_DAY_OF_EARLIER_EVENTS = GatedPattern.compile("\\b((?:said|announced"
            + "|stated|reported|claimed|confirmed)(?: on)? (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
            + "|Sunday|today|yesterday))\\b[^.;]{0,60}?\\b(?:forces|troops|guards|soldiers|army|coast ?guards?|navy"
            + "|units|police|aircraft|jets|drones) ha(?:d|ve) (?:been |also |already )?\\w+(?:ed|en|wn|ot|ung)\\b");

    /**
     * A quotation that runs over several sentences ("“... Thank God, there are no casualties. ...,” said Zas.")
     * belongs to the speaker named after it: sentences of a paragraph that opens a quote take that claim.
     */
    static void attributeQuotedParagraphs(List<SentenceView> views) {
        int i = 0;
        while (i < views.size()) {
            int p = views.get(i).sentence().paragraph();
            int j = i;
            while (j < views.size() && views.get(j).sentence().paragraph() == p) {
                j++;
            }
            String first = views.get(i).text();
            if (j - i > 1 && (first.startsWith("“") || first.startsWith("\""))) {
                Claim last = null;
                for (int k = i; k < j; k++) {
                    String t = views.get(k).text();
                    if (views.get(k).claim() != null && (t.contains("”") || t.contains("\""))) {
                        last = views.get(k).claim();
                        break;
                    }
                }
                if (last != null) {
                    for (int k = i; k < j; k++) {
                        if (views.get(k).claim() == null) {
                            views.get(k).claim(last);
                        }
                    }
                }
            }
            i = j;
        }
    }
}
