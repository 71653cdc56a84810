package org.borderwatch.ingest.article;

/**
 * Makes outside text (file names, reasons quoting them) safe to put in a log line or a reason file: a name with a
 * newline must not start a forged line. Control characters, line and paragraph separators, bidirectional overrides
 * and the backslash itself are written as Java escapes ({@code \n}, {@code \u2028}, {@code \\}), so the escaped form
 * is unambiguous and every other character, whatever its script, stays readable.
 */
public final class LogSafe {
    private LogSafe() {
    }

    public static String of(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escaped = escape(c);
            if (escaped != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (escaped != null) {
                    out.append(escaped);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    private static String escape(char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            case '\\':
                return "\\\\";
            default:
                break;
        }
        int type = Character.getType(c);
        boolean unsafe = type == Character.CONTROL || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || (type == Character.FORMAT && c != '\u200D' && c != '\u200C'); // keep ZWJ/ZWNJ of scripts and emoji
        return unsafe ? String.format("\\u%04X", (int) c) : null;
    }
}
