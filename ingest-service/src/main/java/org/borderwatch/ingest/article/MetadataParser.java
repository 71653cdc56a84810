package org.borderwatch.ingest.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headline, date line and byline from the first lines of an article's text. The text itself is never changed:
 * evidence offsets downstream point into it, so a date line or byline stays where it is.
 *
 * <ul>
 * <li>date line: {@code " date 2021-05-13"} at the start of a line, possibly glued to the first sentence</li>
 * <li>byline: {@code "By Anthony Marcus, for Eurasia Business News, September 13, 2022"}</li>
 * <li>headline: the first non-empty line when it looks like a title: under 200 characters, no terminal period,
 * and more text follows it</li>
 * </ul>
 */
public final class MetadataParser {
    /** How many non-empty lines from the top are looked at. */
    private static final int HEAD_LINES = 8;
    private static final int MAX_TITLE_LENGTH = 200;

    private static final Pattern DATE_LINE = Pattern.compile(
            "^[ \\t]*date[ \\t:]+(\\d{4}-\\d{2}-\\d{2})(?=\\s|$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE = Pattern.compile("^By[ \\t]+(.+)$");
    /** "September 13, 2022", "Sept. 13 2022", "13 September 2022", or an ISO date, at the end of the byline. */
    private static final Pattern TRAILING_DATE = Pattern.compile(
            ",?\\s*(?:(?<month>[A-Za-z]{3,9})\\.?\\s+(?<day>\\d{1,2}),?\\s+(?<year>\\d{4})"
                    + "|(?<day2>\\d{1,2})\\s+(?<month2>[A-Za-z]{3,9})\\.?\\s+(?<year2>\\d{4})"
                    + "|(?<iso>\\d{4}-\\d{2}-\\d{2}))\\s*$");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private MetadataParser() {
    }

    public static ArticleMetadata parse(String text) {
        String title = null;
        String published = null;
        String outlet = null;
        String byline = null;
        String[] lines = text.split("\n", -1);
        int seen = 0;
        for (int i = 0; i < lines.length && seen < HEAD_LINES; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            boolean first = seen == 1;
            Matcher date = DATE_LINE.matcher(lines[i]);
            if (date.find()) {
                if (published == null) {
                    published = isoDate(date.group(1)).orElse(null);
                }
                continue;
            }
            Optional<Byline> parsedByline = parseByline(line);
            if (parsedByline.isPresent()) {
                Byline b = parsedByline.get();
                byline = byline == null ? b.author() : byline;
                outlet = outlet == null ? b.outlet() : outlet;
                published = published == null ? b.published() : published;
                continue;
            }
            if (first && looksLikeTitle(line) && hasTextAfter(lines, i)) {
                title = stripMarkdownHeading(line);
            }
        }
        return new ArticleMetadata(title, published, outlet, byline, null);
    }

    record Byline(String author, String outlet, String published) {
    }

    static Optional<Byline> parseByline(String line) {
        if (line.length() >= MAX_TITLE_LENGTH || line.endsWith(".")) {
            return Optional.empty();
        }
        Matcher by = BYLINE.matcher(line);
        if (!by.matches()) {
            return Optional.empty();
        }
        String rest = by.group(1).strip();
        String published = null;
        Matcher date = TRAILING_DATE.matcher(rest);
        if (date.find()) {
            published = date.group("iso") != null ? isoDate(date.group("iso")).orElse(null)
                    : date.group("month") != null ? monthDate(date.group("month"), date.group("day"), date.group("year"))
                    : monthDate(date.group("month2"), date.group("day2"), date.group("year2"));
            if (published != null) {
                rest = rest.substring(0, date.start()).strip();
            }
        }
        String[] parts = rest.split("\\s*,\\s*", 2);
        String author = parts[0].strip();
        if (author.isEmpty() || author.split("\\s+").length > 6) {
            return Optional.empty();
        }
        String outlet = null;
        if (parts.length > 1) {
            outlet = parts[1].replaceFirst("^(?i)for\\s+", "").strip();
            outlet = outlet.isEmpty() ? null : outlet;
        }
        return Optional.of(new Byline(author, outlet, published));
    }

    static boolean looksLikeTitle(String line) {
        return line.length() < MAX_TITLE_LENGTH
                && !line.endsWith(".")
                && !line.endsWith(",")
                && !line.endsWith(":")
                && line.codePoints().anyMatch(Character::isLetter);
    }

    private static boolean hasTextAfter(String[] lines, int index) {
        for (int i = index + 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static String stripMarkdownHeading(String line) {
        return line.replaceFirst("^#{1,6}\\s+", "").strip();
    }

    /** A valid {@code YYYY-MM-DD}, or empty (2021-02-30 is not a date). */
    public static Optional<String> isoDate(String candidate) {
        try {
            return Optional.of(LocalDate.parse(candidate).toString());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String monthDate(String monthName, String day, String year) {
        String key = monthName.toLowerCase(Locale.ROOT);
        Integer month = MONTHS.containsKey(key) ? MONTHS.get(key)
                : key.length() >= 3 ? MONTHS.get(key.substring(0, 3)) : null;
        if (month == null) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }
}
