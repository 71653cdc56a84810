package org.borderwatch.engine.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication date as news pages print it near their top, when no ` date` line or byline gives it: a line that
 * is a date and little else ("Tuesday 4 March 2014 - 11:05", "| Friday, October 3rd, 2014 | 9:40 am",
 * "Updated: Mar 07, 2014 16:32 IST", "2014-03-04 11:05", "Saturday, 05/24/2014") or a dateline
 * ("TOWN, Country (AP) - Mar 9, 2014"). A date inside a sentence (a photo caption, a paragraph) is not the page's
 * date, and a date without a year is never completed by guessing.
 */
final class PublicationDate {

    /** How far down the page the date may stand: the head of a page, before the story proper. */
    private static final int HEAD_CHARS = 2000;
    private static final int HEAD_LINES = 30;
    /** Words a date line may carry beside its date (a label, a section, an outlet), more make it a sentence. */
    private static final int MAX_OTHER_WORDS = 4;

    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?\\s+)?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "((?:19|20)\\d{2})";

    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + WEEKDAY + MONTH + "\\s+" + DAY + ",?\\s*" + YEAR
            + "\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b" + WEEKDAY + DAY + "\\s+(?:of\\s+)?" + MONTH
            + ",?\\s+" + YEAR + "\\b");
    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d{2})[-/](\\d{2})[-/](\\d{2})\\b");
    private static final Pattern NUMERIC = Pattern.compile("\\b" + WEEKDAY + "(\\d{1,2})[/.](\\d{1,2})[/.]((?:19|20)\\d{2})\\b");

    /** What a date line may hold besides its date: times, zones, labels, separators. */
    private static final Pattern FILLER = Pattern.compile("(?i)\\b\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?"
            + "|\\b(?:GMT|UTC|IST|EST|EDT|CET|CEST|BST|PST|PDT|MSK|AST|[+-]\\d{2}:?\\d{2})\\b"
            + "|\\b(?:updated|published|posted|last|modified|on|at|date|page\\s+\\d+|hours?|ago)\\b"
            + "|[|•·:,;/()\\[\\]–—-]");
    /** A dateline: an upper-case place, optionally its country and an agency, then the date. */
    private static final Pattern DATELINE = Pattern.compile("^[A-Z][A-Z .'’-]{1,40},(?:\\s+[A-Z][A-Za-z .'’-]{1,40})?"
            + "(?:\\s*\\([^)]{1,30}\\))?\\s*[-–—:,]?\\s*");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("mon", DayOfWeek.MONDAY, "tue", DayOfWeek.TUESDAY,
            "wed", DayOfWeek.WEDNESDAY, "thu", DayOfWeek.THURSDAY, "fri", DayOfWeek.FRIDAY, "sat", DayOfWeek.SATURDAY,
            "sun", DayOfWeek.SUNDAY);

    private PublicationDate() {
    }

    /** The first date line or dated dateline of the page's head, or null. */
    static LocalDate find(String text) {
        String head = text.length() > HEAD_CHARS ? text.substring(0, HEAD_CHARS) : text;
        int lines = 0;
        for (String line : head.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (++lines > HEAD_LINES) {
                break;
            }
            LocalDate date = dateLine(trimmed);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /** The date of a line that is a date line or starts with a dated dateline; null otherwise. */
    static LocalDate dateLine(String line) {
        Found found = firstDate(line);
        if (found == null) {
            return null;
        }
        if (found.start > 0 && DATELINE.matcher(line.substring(0, found.start)).matches()) {
            return found.date;
        }
        String rest = line.substring(0, found.start) + " " + line.substring(found.end);
        String words = FILLER.matcher(rest).replaceAll(" ").strip();
        return words.isEmpty() || words.split("\\s+").length <= MAX_OTHER_WORDS ? found.date : null;
    }

    private record Found(LocalDate date, int start, int end) {
    }

    private static Found firstDate(String line) {
        Found best = null;
        Matcher m = MONTH_DAY_YEAR.matcher(line);
        if (m.find()) {
            best = earlier(best, found(m, weekday(m.group(1)), year(m.group(4)), month(m.group(2)), day(m.group(3))));
        }
        m = DAY_MONTH_YEAR.matcher(line);
        if (m.find()) {
            best = earlier(best, found(m, weekday(m.group(1)), year(m.group(4)), month(m.group(3)), day(m.group(2))));
        }
        m = ISO.matcher(line);
        if (m.find()) {
            best = earlier(best, found(m, null, year(m.group(1)), day(m.group(2)), day(m.group(3))));
        }
        m = NUMERIC.matcher(line);
        if (m.find()) {
            best = earlier(best, numeric(m));
        }
        return best;
    }

    /**
     * 05/24/2014 or 24/05/2014: the order is known when one number cannot be a month, or when a weekday is given
     * and only one reading falls on it; otherwise the date is ambiguous and left out.
     */
    private static Found numeric(Matcher m) {
        DayOfWeek weekday = weekday(m.group(1));
        int first = day(m.group(2));
        int second = day(m.group(3));
        int year = year(m.group(4));
        Found monthFirst = found(m, weekday, year, first, second);
        Found dayFirst = found(m, weekday, year, second, first);
        if (monthFirst != null && dayFirst != null && !monthFirst.date.equals(dayFirst.date)) {
            return null;
        }
        return monthFirst != null ? monthFirst : dayFirst;
    }

    private static Found found(Matcher m, DayOfWeek weekday, int year, int month, int day) {
        try {
            LocalDate date = LocalDate.of(year, month, day);
            return weekday != null && date.getDayOfWeek() != weekday ? null : new Found(date, m.start(), m.end());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Found earlier(Found a, Found b) {
        if (a == null) {
            return b;
        }
        return b == null || a.start <= b.start ? a : b;
    }

    private static DayOfWeek weekday(String name) {
        return name == null ? null : WEEKDAYS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    private static int month(String name) {
        return MONTHS.getOrDefault(name.substring(0, 3).toLowerCase(Locale.ROOT), 0);
    }

    private static int day(String digits) {
        return Integer.parseInt(digits);
    }

    private static int year(String digits) {
        return Integer.parseInt(digits);
    }
}
