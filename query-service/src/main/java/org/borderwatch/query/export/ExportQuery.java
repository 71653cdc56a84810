package org.borderwatch.query.export;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

/**
 * What an export (timeline, CSV, GeoJSON; one incident or all) is asked for, the same on every one:
 * <ul>
 * <li>{@code country} selects incidents (one of the two states). {@code from} and {@code to} select the rows of a
 * timeline or CSV: records dated within [from, to] (undated records, and month dates not wholly inside, are then
 * left out: nothing says they fall in it); in GeoJSON, whose features are places, they select incidents as
 * {@code GET /incidents} does (their event dates reaching into the range).</li>
 * <li>{@code asOf}: the incidents as they stood on that day (what had been published, or ingested, by then).</li>
 * <li>{@code copies}: {@code true} to include near-copies' records (marked with the article they copy); they are
 * left out by default, as they add no source.</li>
 * </ul>
 * An unknown value is refused with what was wrong ({@link IllegalArgumentException}), never read as "no filter".
 */
public record ExportQuery(String country, LocalDate from, LocalDate to, LocalDate asOf, boolean copies) {
    public static final ExportQuery ALL = new ExportQuery(null, null, null, null, false);

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    /** Kosovo: a user-assigned code that the contract's states use, not in ISO 3166-1 itself. */
    private static final String KOSOVO = "XK";

    public static ExportQuery of(String country, String from, String to, String asOf, String copies) {
        return new ExportQuery(country(country), date("from", from), date("to", to), date("asOf", asOf),
                flag("copies", copies));
    }

    /** A country filter: an ISO 3166-1 alpha-2 code in any case, upper-cased; null when absent. */
    public static String country(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.trim().toUpperCase(Locale.ROOT);
        if (code.length() != 2 || !(COUNTRIES.contains(code) || KOSOVO.equals(code))) {
            throw new IllegalArgumentException("country must be an ISO 3166-1 alpha-2 code such as AM, not '" + value
                    + "'");
        }
        return code;
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a date YYYY-MM-DD, not '" + value + "'");
        }
    }

    static boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(name + " must be true or false, not '" + value + "'");
        };
    }

    /**
     * A record's date lies within [from, to] (a month-precise date only when the whole month does: "2021-05" is not
     * known to fall on May 12); always true without from and to.
     */
    public boolean dated(String date) {
        if (from == null && to == null) {
            return true;
        }
        LocalDate start = org.borderwatch.query.incident.Dates.start(date);
        LocalDate end = org.borderwatch.query.incident.Dates.end(date);
        if (start == null) {
            return false;
        }
        return (from == null || !start.isBefore(from)) && (to == null || !end.isAfter(to));
    }
}
