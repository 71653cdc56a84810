package org.borderwatch.engine.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Fast rule-based sentence splitter with boilerplate removal. Offsets are kept exact: every sentence is
 * {@code text.substring(start, end)}. One pass over the characters, no per-character allocation.
 */
public final class Sentences {

    private static final Pattern BYLINE_YEAR = Pattern.compile(".*\\b(19|20)\\d{2}\\b.*");

    /** Tokens ending in a period that do not end a sentence ("Gen.", "U.S.", "No. 5"). */
    private static final Set<String> ABBREVIATIONS = Set.of("gen", "mr", "mrs", "ms", "dr", "lt", "col", "sgt", "st",
            "gov", "sen", "rep", "prof", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "u.s", "u.n", "u.k", "e.g", "i.e", "vs", "etc", "maj", "capt", "adm", "cmdr", "brig", "pres",
            "approx", "a.m", "p.m", "jr", "sr", "inc", "ltd", "co", "corp", "mt", "ft", "est", "dept", "fig");

    /** Lines that are site furniture, not news: footers, subscription prompts, ad markers, share prompts. */
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)^\\s*(?:thank you for (?:being among|reading)|our community already has|sign up|subscribe|to receive premium"
                    + "|support us by sharing|share (?:this|on)|©|\\(c\\) ?copyright|copyright ©|copyright \\d{4}|all rights reserved"
                    + "|\\[ad_\\d+]|read more|read also|see also|related:|related articles|related stories|follow us|click here"
                    + "|top stories|more stories|recommended|advertisement|you will see the subscription|newsletter|loading\\.\\.\\.)");

    /** Headings after which the rest of the paragraph block (short lines) is a list of other stories. */
    private static final Pattern LIST_HEADING = Pattern.compile("(?i)^\\s*(?:top stories|more stories|related|read more|most read|latest news)\\b.*");

    /** A leading date line: " date 2021-05-13 ..." */
    public static final Pattern DATE_LINE = Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\b");

    private Sentences() {
    }

    public static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int n = text.length();
        int pos = 0;
        int paragraph = 0;
        boolean inList = false;
        var dateLine = DATE_LINE.matcher(text);
        if (dateLine.lookingAt()) {
            pos = dateLine.end();
        }
        boolean hardWrapped = isHardWrapped(text, pos);
        while (pos < n) {
            int lineEnd = text.indexOf('\n', pos);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            String line = text.substring(pos, lineEnd);
            boolean blank = line.isBlank();
            if (blank) {
                if (inList) {
                    inList = false;
                }
                paragraph++;
            } else if (LIST_HEADING.matcher(line).matches() && line.length() < 60) {
                inList = true;
            } else if (inList && line.strip().length() < 140) {
                // a line of a "Top stories" list
            } else if (BOILERPLATE.matcher(line).lookingAt() || isByline(line)) {
                // furniture
            } else {
                inList = false;
                // a sentence wrapped over lines ("... at a key border crossing in" / "the north on Monday.")
                int next = continuation(text, lineEnd, hardWrapped);
                while (next >= 0) {
                    lineEnd = text.indexOf('\n', next);
                    if (lineEnd < 0) {
                        lineEnd = n;
                    }
                    next = continuation(text, lineEnd, hardWrapped);
                }
                splitLine(text, pos, lineEnd, paragraph, out);
                paragraph++;
            }
            pos = lineEnd + 1;
        }
        return out;
    }

    /** Words a sentence cannot end with: a line ending in one goes on in the next. */
    private static final Set<String> OPEN_ENDINGS = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for",
            "from", "by", "with", "and", "or", "but", "that", "which", "who", "its", "their", "his", "her", "as", "into",
            "near", "along", "between", "after", "before", "said", "says", "was", "were", "is", "are", "has", "have",
            "had");

    /** Ends like a sentence, a heading with a colon, or a quote (checked on the last character only). */
    private static boolean closed(String line) {
        return ".!?:;\"”’)]»|".indexOf(line.charAt(line.length() - 1)) >= 0;
    }

    private static boolean open(String line) {
        if (line.endsWith(",")) {
            return true;
        }
        int space = line.lastIndexOf(' ');
        return OPEN_ENDINGS.contains(line.substring(space + 1));
    }

    /**
     * Text wrapped at a fixed width with a blank line between lines (copied from a print view): most long lines end
     * mid-sentence. Then every line that does not end a sentence goes on in the next.
     */
    private static boolean isHardWrapped(String text, int from) {
        int lines = 0;
        int open = 0;
        int pos = from;
        while (pos < text.length()) {
            int end = text.indexOf('\n', pos);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(pos, end).strip();
            if (!line.isEmpty()) {
                lines++;
                if (line.length() >= 40 && !closed(line)) {
                    open++;
                }
            }
            pos = end + 1;
        }
        return lines >= 10 && open * 10 >= lines * 6;
    }

    /**
     * Where the line ending at {@code lineEnd} goes on, or -1: the next non-blank line (at most one blank line
     * between) when this line does not end a sentence and either the text is hard-wrapped, this line ends with a
     * word no sentence ends with, or the next line starts in lower case.
     */
    private static int continuation(String text, int lineEnd, boolean hardWrapped) {
        if (lineEnd >= text.length()) {
            return -1;
        }
        int lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
        String line = text.substring(lineStart, lineEnd).strip();
        if (line.isEmpty() || closed(line)) {
            return -1;
        }
        int next = lineEnd + 1;
        int blanks = 0;
        while (next < text.length()) {
            int end = text.indexOf('\n', next);
            if (end < 0) {
                end = text.length();
            }
            if (!text.substring(next, end).isBlank()) {
                break;
            }
            if (++blanks > 1) {
                return -1;
            }
            next = end + 1;
        }
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        if (next >= text.length()) {
            return -1;
        }
        int nextEnd = text.indexOf('\n', next);
        String nextLine = text.substring(next, nextEnd < 0 ? text.length() : nextEnd);
        if (BOILERPLATE.matcher(nextLine).lookingAt() || LIST_HEADING.matcher(nextLine).matches()) {
            return -1;
        }
        boolean goesOn = Character.isLowerCase(nextLine.charAt(0))
                || (line.length() >= 40 && (hardWrapped || open(line)));
        return goesOn ? next : -1;
    }

    private static boolean isByline(String line) {
        String s = line.strip();
        return s.length() < 160 && s.startsWith("By ") && BYLINE_YEAR.matcher(s).matches();
    }

    private static void splitLine(String text, int from, int to, int paragraph, List<Sentence> out) {
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int j = i + 1;
            while (j < to && isCloser(text.charAt(j))) {
                j++;
            }
            if (j >= to) {
                break;
            }
            if (!Character.isWhitespace(text.charAt(j))) {
                continue;
            }
            int k = j;
            while (k < to && Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            if (k >= to) {
                break;
            }
            char next = text.charAt(k);
            if (!(Character.isUpperCase(next) || Character.isDigit(next) || next == '“' || next == '"' || next == '‘'
                    || next == '(' || next == '[')) {
                continue;
            }
            if (c == '.' && isAbbreviation(text, start, i)) {
                continue;
            }
            emit(text, start, j, paragraph, out);
            start = k;
            i = k - 1;
        }
        emit(text, start, to, paragraph, out);
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»';
    }

    private static boolean isAbbreviation(String text, int sentenceStart, int dot) {
        int b = dot;
        while (b > sentenceStart && !Character.isWhitespace(text.charAt(b - 1)) && text.charAt(b - 1) != '(') {
            b--;
        }
        String token = text.substring(b, dot);
        if (token.length() == 1 && Character.isUpperCase(token.charAt(0))) {
            return true; // an initial: "J. Smith"
        }
        return ABBREVIATIONS.contains(token.toLowerCase(Locale.ROOT));
    }

    private static void emit(String text, int start, int end, int paragraph, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end - start < 3) {
            return;
        }
        String s = text.substring(start, end);
        if (BOILERPLATE.matcher(s).lookingAt()) {
            return;
        }
        out.add(new Sentence(s, start, end, paragraph));
    }
}
