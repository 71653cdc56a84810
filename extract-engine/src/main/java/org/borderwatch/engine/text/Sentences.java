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
                splitLine(text, pos, lineEnd, paragraph, out);
                paragraph++;
            }
            pos = lineEnd + 1;
        }
        return out;
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
