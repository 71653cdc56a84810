package org.borderwatch.engine.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the article's own date and resolves the date phrases of a sentence against it. Never guesses: what cannot
 * be resolved gives a null date (and a {@code dateHint} such as {@code --05} when a month is known).
 */
public final class DateResolver {

    /** A resolved date: value (ISO, partial allowed), precision day|month|year, hint for unresolvable ones. */
    public record Resolved(String date, String precision, String hint, int year) {
        public static final Resolved NONE = new Resolved(null, null, null, 0);
    }

    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
    private static final Map<String, Integer> MONTH_NUMBER = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b(" + MONTHS + ")\\.? (\\d{1,2})(?:st|nd|rd|th)?,? ((?:19|20)\\d{2})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2}) (" + MONTHS + ")\\.?,? ((?:19|20)\\d{2})\\b");
    private static final Pattern BETWEEN_MONTHS = Pattern.compile("\\b(?:between|from) (" + MONTHS + ") (?:and|to) (" + MONTHS + "),? ((?:19|20)\\d{2})\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(" + MONTHS + ")\\.?,? ((?:19|20)\\d{2})\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(" + MONTHS + ")\\.? (\\d{1,2})(?:st|nd|rd|th)?\\b(?!,? ?\\d)");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(" + MONTHS + ")\\b(?!,? ?\\d)");
    private static final Pattern IN_MONTH = Pattern.compile("\\b(?:in|last|since|during|early|late|mid|mid-|earlier in|end of|beginning of|until) (?:early |late |mid-?)?(January|February|March|April|May|June|July|August|September|October|November|December)\\b(?!,? ?\\d)");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?:on |last |since |early |late |from )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern TODAY = Pattern.compile("(?i)\\b(today|this morning|this afternoon|this evening|tonight|by the morning|earlier today)\\b");
    private static final Pattern YESTERDAY = Pattern.compile("(?i)\\b(yesterday)\\b");
    private static final Pattern LAST_MONTH = Pattern.compile("(?i)\\blast month\\b");
    private static final Pattern LAST_YEAR = Pattern.compile("(?i)\\blast year\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(?:in|since|of|during|until|the) ((?:19|20)\\d{2})\\b|\\b((?:19|20)\\d{2})(?= (?:war|conflict|clash|clashes|fighting|agreement|armistice|ceasefire|deal|document|treaty|accord|standoff|skirmish))");

    private static final Pattern BYLINE_DATE = Pattern.compile("(?m)^\\s*By [^\\n]{0,120}?\\b((?:" + MONTHS + ")\\.? \\d{1,2},? (?:19|20)\\d{2}|\\d{1,2} (?:" + MONTHS + ") (?:19|20)\\d{2}|(?:19|20)\\d{2}-\\d{2}-\\d{2})");
    private static final Pattern DATE_LINE = Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\b");

    private DateResolver() {
    }

    /** The article's date: published, else a leading date line, else a byline date; null when none. */
    public static LocalDate articleDate(String published, String text) {
        LocalDate d = parseIso(published);
        if (d != null) {
            return d;
        }
        if (text == null) {
            return null;
        }
        Matcher m = DATE_LINE.matcher(text);
        if (m.lookingAt()) {
            return parseIso(m.group(1));
        }
        String head = text.length() > 600 ? text.substring(0, 600) : text;
        m = BYLINE_DATE.matcher(head);
        if (m.find()) {
            Resolved r = absolute(m.group(1));
            if (r != null && "day".equals(r.precision())) {
                return LocalDate.parse(r.date());
            }
        }
        return null;
    }

    private static LocalDate parseIso(String s) {
        if (s == null || s.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Resolved absolute(String s) {
        Matcher m = ISO.matcher(s);
        if (m.find()) {
            return day(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        m = MONTH_DAY_YEAR.matcher(s);
        if (m.find()) {
            return day(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = DAY_MONTH_YEAR.matcher(s);
        if (m.find()) {
            return day(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
        }
        return null;
    }

    private static int month(String name) {
        return MONTH_NUMBER.getOrDefault(name.substring(0, 3).toLowerCase(Locale.ROOT), 0);
    }

    private static Resolved day(int y, int mo, int d) {
        try {
            return new Resolved(LocalDate.of(y, mo, d).toString(), "day", null, y);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Resolved monthOf(int y, int mo) {
        return new Resolved(YearMonth.of(y, mo).toString(), "month", null, y);
    }

    /** The date a sentence gives its event, resolved against the article date (may be null). */
    public static Resolved resolve(String sentence, LocalDate articleDate) {
        Resolved r = absolute(sentence);
        if (r != null) {
            return r;
        }
        Matcher m = BETWEEN_MONTHS.matcher(sentence);
        if (m.find()) {
            return monthOf(Integer.parseInt(m.group(3)), month(m.group(1)));
        }
        m = MONTH_YEAR.matcher(sentence);
        if (m.find() && month(m.group(1)) > 0) {
            return monthOf(Integer.parseInt(m.group(2)), month(m.group(1)));
        }
        m = MONTH_DAY.matcher(sentence);
        if (m.find()) {
            int mo = month(m.group(1));
            int d = Integer.parseInt(m.group(2));
            if (d >= 1 && d <= 31) {
                return dayWithoutYear(mo, d, articleDate);
            }
        }
        m = DAY_MONTH.matcher(sentence);
        if (m.find()) {
            int d = Integer.parseInt(m.group(1));
            if (d >= 1 && d <= 31) {
                return dayWithoutYear(month(m.group(2)), d, articleDate);
            }
        }
        m = WEEKDAY.matcher(sentence);
        if (m.find()) {
            if (articleDate == null) {
                return Resolved.NONE;
            }
            DayOfWeek dow = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            LocalDate d = articleDate.with(TemporalAdjusters.previousOrSame(dow));
            return new Resolved(d.toString(), "day", null, d.getYear());
        }
        m = TODAY.matcher(sentence);
        if (m.find()) {
            return articleDate == null ? Resolved.NONE
                    : new Resolved(articleDate.toString(), "day", null, articleDate.getYear());
        }
        m = YESTERDAY.matcher(sentence);
        if (m.find()) {
            if (articleDate == null) {
                return Resolved.NONE;
            }
            LocalDate d = articleDate.minusDays(1);
            return new Resolved(d.toString(), "day", null, d.getYear());
        }
        m = LAST_MONTH.matcher(sentence);
        if (m.find()) {
            if (articleDate == null) {
                return Resolved.NONE;
            }
            YearMonth ym = YearMonth.from(articleDate).minusMonths(1);
            return new Resolved(ym.toString(), "month", null, ym.getYear());
        }
        m = IN_MONTH.matcher(sentence);
        if (m.find()) {
            int mo = month(m.group(1));
            if (articleDate == null) {
                return new Resolved(null, null, String.format("--%02d", mo), 0);
            }
            int y = articleDate.getYear();
            if (mo > articleDate.getMonthValue()) {
                y--; // "in May" told in March is last year's May
            }
            return monthOf(y, mo);
        }
        m = LAST_YEAR.matcher(sentence);
        if (m.find()) {
            if (articleDate == null) {
                return Resolved.NONE;
            }
            int y = articleDate.getYear() - 1;
            return new Resolved(Integer.toString(y), "year", null, y);
        }
        m = YEAR.matcher(sentence);
        if (m.find()) {
            String y = m.group(1) != null ? m.group(1) : m.group(2);
            return new Resolved(y, "year", null, Integer.parseInt(y));
        }
        return Resolved.NONE;
    }

    private static Resolved dayWithoutYear(int mo, int d, LocalDate articleDate) {
        if (articleDate == null) {
            return new Resolved(null, null, String.format("--%02d-%02d", mo, d), 0);
        }
        try {
            LocalDate date = LocalDate.of(articleDate.getYear(), mo, d);
            if (date.isAfter(articleDate)) {
                date = date.minusYears(1); // news tells of the past
            }
            return new Resolved(date.toString(), "day", null, date.getYear());
        } catch (RuntimeException e) {
            return Resolved.NONE;
        }
    }
}
