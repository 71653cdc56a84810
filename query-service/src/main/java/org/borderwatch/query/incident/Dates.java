package org.borderwatch.query.incident;

import java.time.LocalDate;
import java.time.YearMonth;

/** Contract dates: {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}; partial dates keep their precision. */
public final class Dates {
    private Dates() {
    }

    /** First day a (partial) date can mean; null when unparseable or year-only. */
    public static LocalDate start(String date) {
        try {
            if (date == null) {
                return null;
            }
            // the usual shapes read by hand (LocalDate.parse goes through a formatter, and pictures read the same
            // dates many times); anything else goes to the parser, whose answer is the reference
            if (date.length() == 10) {
                if (digits(date, 0, 4) && date.charAt(4) == '-' && digits(date, 5, 7) && date.charAt(7) == '-'
                        && digits(date, 8, 10)) {
                    return LocalDate.of(number(date, 0, 4), number(date, 5, 7), number(date, 8, 10));
                }
                return LocalDate.parse(date);
            }
            if (date.length() == 7) {
                if (digits(date, 0, 4) && date.charAt(4) == '-' && digits(date, 5, 7)) {
                    return LocalDate.of(number(date, 0, 4), number(date, 5, 7), 1);
                }
                return YearMonth.parse(date).atDay(1);
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    private static boolean digits(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String s, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            n = n * 10 + (s.charAt(k) - '0');
        }
        return n;
    }

    /** Last day a (partial) date can mean. */
    public static LocalDate end(String date) {
        LocalDate s = start(date);
        if (s == null) {
            return null;
        }
        return date.length() == 7 ? YearMonth.from(s).atEndOfMonth() : s;
    }

    public static boolean isDay(String date) {
        return date != null && date.length() == 10 && start(date) != null;
    }

    /** Month of an ISO month-without-year hint ("--05"), or 0. */
    public static int hintMonth(String hint) {
        if (hint != null && hint.length() >= 4 && hint.startsWith("--")) {
            try {
                int m = Integer.parseInt(hint.substring(2, 4));
                return m >= 1 && m <= 12 ? m : 0;
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }
}
