package org.borderwatch.engine.context;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.engine.text.GatedPattern;
import org.borderwatch.engine.time.DateResolver;

/**
 * Whether a sentence tells an earlier episode (background) rather than the article's news: by its own date, by a
 * phrase ("last year", "the first war"), or by its paragraph; and which earlier event a record is about ("after
 * the 2022 clashes in which about 100 people were killed").
 */
public final class Background {

    private static final int F = Pattern.CASE_INSENSITIVE;

    static final GatedPattern BACKGROUND_PHRASE = GatedPattern.compile("\\b(last year|years ago|in the past|previous(?:ly)?|since the end of|a similar|earlier clash(?:es)?|the first (?:\\w+ )?war|the second war|this second war|during the conflict)\\b", F);
    /** A year as news writes it, for the reference year of an article without a date. */
    static final GatedPattern YEAR = GatedPattern.compile("\\b(19[5-9]\\d|20\\d\\d)\\b");
    /** An earlier event named by its year: "the 2022 clashes", "the 2020 war". */
    static final GatedPattern YEAR_NAMED_EVENT = GatedPattern.compile("\\b(?:the|a|its|their) ((?:19|20)\\d\\d) (?:border |deadly |brief |short |bloody |\\w+-day )?(clash(?:es)?|war|conflict|fighting|hostilities|escalation|skirmish(?:es)?|violence|incursions?|offensive|standoff|crisis)\\b", F);
    /** A year that names an instrument, not when something happened: "the 2003 ceasefire agreement", "a 1973 treaty". */
    static final GatedPattern INSTRUMENT_YEAR = GatedPattern.compile("\\b(?:19|20)\\d\\d(?=(?:\\s+[\\w-]+)?\\s+(?:treaty|agreement|accord|deal|protocol|convention|constitution|resolution|declaration|memorandum|truce|ceasefire agreement|peace deal|pact)\\b)", F);
    /** "..., which ended six weeks of war": what follows an instrument's year still tells that earlier time. */
    static final GatedPattern WHICH = GatedPattern.compile("(?s).*\\bwhich\\b.*");

    private Background() {
    }

    /** The latest year named in the text, or 0: the reference year of an article without a date. */
    static int latestYear(String text) {
        int max = 0;
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            max = Math.max(max, Integer.parseInt(m.group(1)));
        }
        return max;
    }

    /** The sentence with years of instruments blanked, so that they date nothing. */
    public static String withoutInstrumentYears(String t) {
        Matcher m = INSTRUMENT_YEAR.matcher(t);
        if (!m.find()) {
            return t;
        }
        StringBuilder b = new StringBuilder(t);
        do {
            for (int i = m.start(); i < m.end(); i++) {
                b.setCharAt(i, ' ');
            }
        } while (m.find());
        return b.toString();
    }

    /**
     * Whether a sentence dated {@code date} is background: its year is before the reference year, a day date is
     * more than 45 days before the article, a month date is before the article's month; without a date of its own,
     * a background phrase, or a background paragraph it continues without a cue of now.
     */
    static boolean isBackground(Article article, DateResolver.Resolved date, String sentence,
            boolean previousInParagraphWasBackground) {
        if (date.date() != null && date.year() > 0 && article.referenceYear() > 0) {
            if (date.year() < article.referenceYear()) {
                return true;
            }
            LocalDate published = article.date();
            if (published != null && "day".equals(date.precision())
                    && LocalDate.parse(date.date()).isBefore(published.minusDays(45))) {
                return true;
            }
            if (published != null && "month".equals(date.precision())
                    && YearMonth.parse(date.date()).isBefore(YearMonth.from(published))) {
                return true; // "last month", "in April" told in July: an earlier episode
            }
            return false; // a current date of its own
        }
        if (BACKGROUND_PHRASE.matcher(sentence).find()) {
            return true;
        }
        return previousInParagraphWasBackground && !SentenceTopics.CURRENT_CUE.matcher(sentence).find();
    }

    /** The year of an earlier event named before {@code rel} in the same clause of the sentence, or 0. */
    public static int earlierEventBefore(SentenceView v, int rel) {
        int referenceYear = v.article().referenceYear();
        if (referenceYear <= 0) {
            return 0;
        }
        String t = v.text();
        YearMentions years = v.yearMentions();
        int[] in = years.instruments();
        for (int k = 0; k < in.length; k += 3) {
            // "the 2020 truce brokered by Russia, which ended six weeks of war in which 6,500 people died"
            int start = in[k];
            int end = in[k + 1];
            int year = in[k + 2];
            if (year < referenceYear && start <= rel && rel - start < 160
                    && WHICH.anchoredMatcher(t.substring(end, Math.max(end, rel))).matches()) {
                return year;
            }
        }
        int[] named = years.namedEvents();
        for (int k = 0; k < named.length; k += 2) {
            int start = named[k];
            int year = named[k + 1];
            if (year < referenceYear && start <= rel && t.substring(start, Math.max(start, rel)).indexOf(';') < 0
                    && rel - start < 120) {
                return year;
            }
        }
        return 0;
    }

    /**
     * A sentence's instrument years (start, end, year) and year-named events (start, year), in text order. Found
     * once per sentence: {@link #earlierEventBefore} asks for every record of the sentence, and scanning the
     * sentence each time was ~5% of the engine.
     */
    record YearMentions(int[] instruments, int[] namedEvents) {
        static YearMentions of(String t) {
            List<Integer> in = new ArrayList<>();
            Matcher i = INSTRUMENT_YEAR.matcher(t);
            while (i.find()) {
                in.add(i.start());
                in.add(i.end());
                in.add(Integer.parseInt(i.group()));
            }
            List<Integer> named = new ArrayList<>();
            Matcher m = YEAR_NAMED_EVENT.matcher(t);
            while (m.find()) {
                named.add(m.start());
                named.add(Integer.parseInt(m.group(1)));
            }
            return new YearMentions(in.stream().mapToInt(Integer::intValue).toArray(),
                    named.stream().mapToInt(Integer::intValue).toArray());
        }
    }
}
