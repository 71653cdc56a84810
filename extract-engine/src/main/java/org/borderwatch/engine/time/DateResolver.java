package org.borderwatch.engine.time;

import org.borderwatch.engine.text.GatedPattern;
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

    private static final GatedPattern ISO = GatedPattern.compile("\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})\\b");
    private static final GatedPattern MONTH_DAY_YEAR = GatedPattern.compile("\\b(" + MONTHS + ")\\.? (\\d{1,2})(?:st|nd|rd|th)?,? ((?:19|20)\\d{2})\\b");
    private static final GatedPattern DAY_MONTH_YEAR = GatedPattern.compile("\\b(\\d{1,2}) (" + MONTHS + ")\\.?,? ((?:19|20)\\d{2})\\b");
    private static final GatedPattern BETWEEN_MONTHS = GatedPattern.compile("\\b(?:between|from) (" + MONTHS + ") (?:and|to) (" + MONTHS + "),? ((?:19|20)\\d{2})\\b");
    private static final GatedPattern MONTH_YEAR = GatedPattern.compile("\\b(" + MONTHS + ")\\.?,? ((?:19|20)\\d{2})\\b");
    private static final GatedPattern MONTH_DAY = GatedPattern.compile("\\b(" + MONTHS + ")\\.? (\\d{1,2})(?:st|nd|rd|th)?\\b(?!,? ?\\d)");
    private static final GatedPattern DAY_MONTH = GatedPattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(" + MONTHS + ")\\b(?!,? ?\\d)");
    private static final GatedPattern IN_MONTH = GatedPattern.compile("\\b(?:in|last|since|during|early|late|mid|mid-|earlier in|end of|beginning of|until) (?:early |late |mid-?)?(January|February|March|April|May|June|July|August|September|October|November|December)\\b(?!,? ?\\d)");
    private static final GatedPattern WEEKDAY = GatedPattern.compile("\\b(?:on |last |since |early |late |from )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final GatedPattern TODAY = GatedPattern.compile("(?i)\\b(today|this morning|this afternoon|this evening|tonight|by the morning|earlier today)\\b");
    private static final GatedPattern YESTERDAY = GatedPattern.compile("(?i)\\b(yesterday)\\b");
    private static final GatedPattern LAST_MONTH = GatedPattern.compile("(?i)\\blast month\\b");
    private static final GatedPattern LAST_YEAR = GatedPattern.compile("(?i)\\blast year\\b");
    private static final GatedPattern YEAR = GatedPattern.compile("\\b(?:in|since|of|during|until|the) ((?:19|20)\\d{2})\\b|\\b((?:19|20)\\d{2})(?= (?:war|conflict|clash|clashes|fighting|agreement|armistice|ceasefire|deal|document|treaty|accord|standoff|skirmish))");

    private static final GatedPattern BYLINE_DATE = GatedPattern.compile("(?m)^\\s*By [^\\n]{0,120}?\\b((?:" + MONTHS + ")\\.? \\d{1,2},? (?:19|20)\\d{2}|\\d{1,2} (?:" + MONTHS + ") (?:19|20)\\d{2}|(?:19|20)\\d{2}-\\d{2}-\\d{2})");
    private static final GatedPattern DATE_LINE = GatedPattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\b");

    private DateResolver() {
    }

    /**
     * The article's date: published, else a leading date line, else a byline date, else a date line or dateline near
     * the top of the page ({@link PublicationDate}); null when none.
     */
    public static LocalDate articleDate(String published, String text) {
        LocalDate d = parseIso(published);
        if (d != null) {
            return d;
        }
        if (text == null) {
            return null;
        }
        Matcher m = DATE_LINE.anchoredMatcher(text);
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
        return PublicationDate.find(text);
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

    /**
     * Which literal pieces a text contains, found in one pass: every pattern above needs an ASCII digit, a month
     * name (all start with one of the capitalized 3-letter prefixes), "day" (weekdays) or a fixed word. A pattern
     * whose piece is missing cannot match, so skipping it changes no result; most sentences carry no date at all.
     */
    private static final int DIGIT = 1;
    private static final int MONTH = 2;
    private static final int WEEKDAY_NAME = 4;

    private static int pieces(String s) {
        int found = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                found |= DIGIT;
            } else if (c == 'd' && i + 2 < n && s.charAt(i + 1) == 'a' && s.charAt(i + 2) == 'y') {
                found |= WEEKDAY_NAME;
            } else if (i + 2 < n && "JFMASOND".indexOf(c) >= 0 && isMonthPrefix(c, s.charAt(i + 1), s.charAt(i + 2))) {
                found |= MONTH;
            }
        }
        return found;
    }

    private static boolean isMonthPrefix(char a, char b, char c) {
        return switch (a) {
            case 'J' -> (b == 'a' && c == 'n') || (b == 'u' && (c == 'n' || c == 'l'));
            case 'F' -> b == 'e' && c == 'b';
            case 'M' -> b == 'a' && (c == 'r' || c == 'y');
            case 'A' -> (b == 'p' && c == 'r') || (b == 'u' && c == 'g');
            case 'S' -> b == 'e' && c == 'p';
            case 'O' -> b == 'c' && c == 't';
            case 'N' -> b == 'o' && c == 'v';
            case 'D' -> b == 'e' && c == 'c';
            default -> false;
        };
    }

    /**
     * Case-insensitive containment, as the (?i) patterns match (a superset is harmless: only a gate). One lower-cased
     * copy per sentence, shared with the engine's gated rules, then {@link String#indexOf}: the per-character loop
     * this replaced was a tenth of the engine's time.
     */
    private static boolean containsIgnoreCase(String s, String lowerNeedle) {
        return org.borderwatch.engine.text.GatedPattern.lowered(s).indexOf(lowerNeedle) >= 0;
    }

    private static Resolved absolute(String s) {
        return absolute(s, pieces(s));
    }

    private static Resolved absolute(String s, int pieces) {
        if ((pieces & DIGIT) == 0) {
            return null;
        }
        Matcher m = ISO.matcher(s);
        if (m.find()) {
            return day(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        if ((pieces & MONTH) == 0) {
            return null;
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
        int pieces = pieces(sentence);
        Resolved r = absolute(sentence, pieces);
        if (r != null) {
            return r;
        }
        boolean digitAndMonth = (pieces & (DIGIT | MONTH)) == (DIGIT | MONTH);
        Matcher m;
        if (digitAndMonth && (m = BETWEEN_MONTHS.matcher(sentence)).find()) {
            return monthOf(Integer.parseInt(m.group(3)), month(m.group(1)));
        }
        if (digitAndMonth && (m = MONTH_YEAR.matcher(sentence)).find() && month(m.group(1)) > 0) {
            return monthOf(Integer.parseInt(m.group(2)), month(m.group(1)));
        }
        if (digitAndMonth && (m = MONTH_DAY.matcher(sentence)).find()) {
            int mo = month(m.group(1));
            int d = Integer.parseInt(m.group(2));
            if (d >= 1 && d <= 31) {
                return dayWithoutYear(mo, d, articleDate);
            }
        }
        if (digitAndMonth && (m = DAY_MONTH.matcher(sentence)).find()) {
            int d = Integer.parseInt(m.group(1));
            if (d >= 1 && d <= 31) {
                return dayWithoutYear(month(m.group(2)), d, articleDate);
            }
        }
        if ((pieces & WEEKDAY_NAME) != 0 && (m = WEEKDAY.matcher(sentence)).find()) {
            if (articleDate == null) {
                return Resolved.NONE;
            }
            DayOfWeek dow = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            LocalDate d = articleDate.with(TemporalAdjusters.previousOrSame(dow));
            return new Resolved(d.toString(), "day", null, d.getYear());
        }
        if ((containsIgnoreCase(sentence, "today") || containsIgnoreCase(sentence, "tonight")
                || containsIgnoreCase(sentence, "this ") || containsIgnoreCase(sentence, "by the morning"))
                && TODAY.matcher(sentence).find()) {
            return articleDate == null ? Resolved.NONE
                    : new Resolved(articleDate.toString(), "day", null, articleDate.getYear());
        }
        if (containsIgnoreCase(sentence, "yesterday") && YESTERDAY.matcher(sentence).find()) {
            if (articleDate == null) {
                return Resolved.NONE;
            }
            LocalDate d = articleDate.minusDays(1);
            return new Resolved(d.toString(), "day", null, d.getYear());
        }
        if (containsIgnoreCase(sentence, "last month") && LAST_MONTH.matcher(sentence).find()) {
            if (articleDate == null) {
                return Resolved.NONE;
            }
            YearMonth ym = YearMonth.from(articleDate).minusMonths(1);
            return new Resolved(ym.toString(), "month", null, ym.getYear());
        }
        if ((pieces & MONTH) != 0 && (m = IN_MONTH.matcher(sentence)).find()) {
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
        if (containsIgnoreCase(sentence, "last year") && LAST_YEAR.matcher(sentence).find()) {
            if (articleDate == null) {
                return Resolved.NONE;
            }
            int y = articleDate.getYear() - 1;
            return new Resolved(Integer.toString(y), "year", null, y);
        }
        if ((pieces & DIGIT) != 0 && (m = YEAR.matcher(sentence)).find()) {
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
