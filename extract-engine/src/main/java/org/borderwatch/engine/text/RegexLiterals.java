package org.borderwatch.engine.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a regular expression for what every match of it requires: the literals one of which every match contains
 * ({@link #literalsOf}, the gate of {@link GatedPattern}) and those one of which every match starts with
 * ({@link #prefixesOf}, its start gate). Sound, not complete: what this reader does not understand gives null (no
 * gate), never a gate that could refuse a match. {@code GatedPatternTest} checks both against the expressions.
 */
final class RegexLiterals {

    /** Most literal prefixes a start gate tries with indexOf; more would cost more than the scan they save. */
    static final int MAX_PREFIXES = 48;

    private RegexLiterals() {
    }

    /**
     * Literals one of which every match of {@code regex} contains, or null when none can be told. Sound, not
     * complete: a null or a short literal only makes the gate weaker.
     */
    static Set<String> literalsOf(String regex) {
        return overAlternatives(regex, RegexLiterals::literalsOfSequence, Integer.MAX_VALUE);
    }

    /**
     * The union of what {@code ofSequence} gives for each top-level alternative of {@code regex}; null when one of
     * them gives null or the empty literal (that alternative has no gate, so the expression has none), or when the
     * union grows past {@code max}.
     */
    private static Set<String> overAlternatives(String regex, java.util.function.Function<String, Set<String>> ofSequence,
            int max) {
        List<String> alternatives = splitTopLevel(regex);
        if (alternatives == null) {
            return null;
        }
        Set<String> all = new LinkedHashSet<>();
        for (String alternative : alternatives) {
            Set<String> of = ofSequence.apply(alternative);
            if (of == null || of.contains("")) {
                return null;
            }
            all.addAll(of);
            if (all.size() > max) {
                return null;
            }
        }
        return all;
    }

    /** The mandatory element of the sequence whose literals are the most selective (longest shortest literal). */
    private static Set<String> literalsOfSequence(String seq) {
        Set<String> best = null;
        int i = 0;
        int n = seq.length();
        while (i < n) {
            char c = seq.charAt(i);
            int end;
            Set<String> element = null;
            if (c == '\\') {
                if (i + 1 >= n) {
                    return best;
                }
                char e = seq.charAt(i + 1);
                if (Character.isLetterOrDigit(e)) {
                    if (e == 'Q' || e == 'p' || e == 'P' || e == 'x' || e == 'u' || e == 'k' || e == '0' || e == 'c') {
                        return best; // constructs with arguments: stop reading here
                    }
                    end = i + 2; // \b \s \w \d ...: no literal
                } else {
                    end = i + 2; // an escaped character: a literal, but kept out of runs for simplicity
                }
            } else if (c == '[') {
                end = classEnd(seq, i);
                if (end < 0) {
                    return best;
                }
            } else if (c == '(') {
                int close = groupEnd(seq, i);
                if (close < 0) {
                    return best;
                }
                String inner = seq.substring(i + 1, close);
                end = close + 1;
                if (inner.startsWith("?!") || inner.startsWith("?<!")) {
                    element = null; // negative lookaround: says what is not there
                } else if (inner.startsWith("?=")) {
                    element = literalsOf(inner.substring(2)); // what must follow is in the text too
                } else if (inner.startsWith("?<=")) {
                    element = literalsOf(inner.substring(3));
                } else {
                    String body = matchedBody(inner);
                    element = body == null ? null : literalsOf(body);
                }
            } else if (c == '.' || c == '^' || c == '$') {
                end = i + 1;
            } else if (c == '|' || c == ')') {
                return null; // splitTopLevel should not leave these: refuse to guess
            } else if (isQuantifier(c)) {
                return null; // a quantifier with nothing before it: malformed for us
            } else {
                // a run of literal characters; one followed by an optional quantifier is not part of it
                int j = i;
                while (j < n && isLiteralChar(seq.charAt(j))) {
                    j++;
                }
                String run = seq.substring(i, j);
                if (j == i) {
                    end = i + 1; // a character this reader does not take as a literal (e.g. a stray ']')
                } else if (j < n && isQuantifier(seq.charAt(j)) && isOptionalQuantifier(seq, j)) {
                    run = run.substring(0, run.length() - 1);
                    end = j - 1; // the optional character is read (and skipped) as its own element next
                    if (run.isEmpty()) {
                        end = j;
                    }
                } else {
                    end = j;
                }
                element = run.isEmpty() ? null : Set.of(run);
            }
            // the element's quantifier
            int after = end;
            boolean optional = false;
            if (after < n && isQuantifier(seq.charAt(after))) {
                optional = isOptionalQuantifier(seq, after);
                after = quantifierEnd(seq, after);
            }
            if (!optional && element != null && !element.contains("") && better(element, best)) {
                best = element;
            }
            i = after;
        }
        return best;
    }

    private static boolean better(Set<String> candidate, Set<String> best) {
        return best == null || minLength(candidate) > minLength(best);
    }

    private static int minLength(Set<String> literals) {
        int min = Integer.MAX_VALUE;
        for (String l : literals) {
            min = Math.min(min, l.length());
        }
        return min;
    }

    private static boolean isLiteralChar(char c) {
        return Character.isLetterOrDigit(c) || c == ' ' || c == '-' || c == '\'' || c == '’' || c == ',' || c == ':'
                || c == ';' || c == '“' || c == '”' || c == '"' || c == '/' || c == '&' || c == '%' || c == '#'
                || c == '@' || c == '!' || c == '=' || c == '<' || c == '>' || c == '_' || c == '~' || c == '`';
    }

    private static boolean isQuantifier(char c) {
        return c == '?' || c == '*' || c == '+' || c == '{';
    }

    /** Whether the quantifier at {@code i} allows zero occurrences. */
    private static boolean isOptionalQuantifier(String s, int i) {
        char c = s.charAt(i);
        if (c == '?' || c == '*') {
            return true;
        }
        if (c == '{') {
            int close = s.indexOf('}', i);
            if (close < 0) {
                return true;
            }
            String min = s.substring(i + 1, close).split(",", -1)[0].trim();
            return min.isEmpty() || min.equals("0");
        }
        return false;
    }

    private static int quantifierEnd(String s, int i) {
        int j = i;
        if (s.charAt(j) == '{') {
            int close = s.indexOf('}', j);
            j = close < 0 ? s.length() : close + 1;
        } else {
            j++;
        }
        if (j < s.length() && (s.charAt(j) == '?' || s.charAt(j) == '+')) {
            j++; // lazy or possessive
        }
        return j;
    }

    /**
     * Literals one of which every match of {@code regex} starts with, not counting zero-width assertions before it
     * ({@code \b}, {@code ^}, look-arounds, inline flags), or null when that cannot be told. Sound, not complete:
     * a prefix is cut where the reader meets anything but plain characters, small classes of plain characters
     * ({@code [Mm]}, {@code [cs]}) and, at the start, groups whose alternatives all have prefixes.
     */
    static Set<String> prefixesOf(String regex) {
        return overAlternatives(regex, RegexLiterals::prefixesOfSequence, MAX_PREFIXES);
    }

    private static Set<String> prefixesOfSequence(String seq) {
        Set<String> current = Set.of("");
        int i = 0;
        int n = seq.length();
        while (i < n) {
            boolean atStart = current.contains("");
            char c = seq.charAt(i);
            List<String> next; // what this element adds to every prefix, or null to stop before it
            int end;
            boolean whole = true; // whether the element's contribution is all of what it matches
            if (c == '\\' && i + 1 < n) {
                char e = seq.charAt(i + 1);
                end = i + 2;
                if ((e == 'b' || e == 'B' || e == 'A' || e == 'G') && atStart) {
                    i = end; // zero-width
                    continue;
                }
                next = Character.isLetterOrDigit(e) ? null : List.of(String.valueOf(e));
            } else if (c == '^' && atStart) {
                i++;
                continue;
            } else if (c == '[') {
                end = classEnd(seq, i);
                next = end < 0 ? null : smallClass(seq.substring(i + 1, end - 1));
            } else if (c == '(') {
                int close = groupEnd(seq, i);
                if (close < 0) {
                    return null;
                }
                String inner = seq.substring(i + 1, close);
                end = close + 1;
                if (inner.startsWith("?=") || inner.startsWith("?!") || inner.startsWith("?<=")
                        || inner.startsWith("?<!")) {
                    if (!atStart || end < n && isQuantifier(seq.charAt(end))) {
                        return stop(current);
                    }
                    i = end; // a look-around at the start consumes nothing
                    continue;
                }
                if (atStart && inner.startsWith("?") && inner.substring(1).matches("[a-zA-Z-]*")) {
                    i = end; // inline flags: zero-width
                    continue;
                }
                String body = matchedBody(inner);
                Set<String> sub = body == null ? null : prefixesOf(body);
                next = sub == null ? null : List.copyOf(sub);
                whole = false; // a group's prefixes are where its matches start, not all of them
            } else if (isLiteralChar(c)) {
                end = i + 1;
                next = List.of(String.valueOf(c));
            } else {
                return stop(current);
            }
            if (next == null) {
                return stop(current);
            }
            boolean optional = end < n && isQuantifier(seq.charAt(end)) && isOptionalQuantifier(seq, end);
            boolean repeated = end < n && isQuantifier(seq.charAt(end)) && !optional;
            if (optional) {
                return stop(current);
            }
            Set<String> extended = new LinkedHashSet<>();
            for (String prefix : current) {
                for (String add : next) {
                    extended.add(prefix + add);
                }
            }
            if (extended.size() > MAX_PREFIXES) {
                return stop(current);
            }
            current = extended;
            if (repeated || !whole) {
                return current; // one occurrence at least, then more of it or of the group: the prefix ends here
            }
            i = end;
        }
        return stop(current);
    }

    /**
     * What a group that is not a look-around matches, from the text inside its parentheses: {@code ?:x}, a named
     * group {@code ?<name>x}, a flag group {@code ?i:x} or a plain group give {@code x}; inline flags alone
     * ({@code ?i}) and what this reader does not know give null.
     */
    private static String matchedBody(String inner) {
        if (!inner.startsWith("?")) {
            return inner;
        }
        if (inner.startsWith("?:")) {
            return inner.substring(2);
        }
        if (inner.startsWith("?<")) {
            int gt = inner.indexOf('>');
            return gt < 0 ? null : inner.substring(gt + 1);
        }
        int colon = inner.indexOf(':');
        int paren = inner.indexOf(')');
        boolean flagGroup = colon > 0 && (paren < 0 || colon < paren) && inner.substring(1, colon).matches("[a-zA-Z-]*");
        return flagGroup ? inner.substring(colon + 1) : null;
    }

    private static Set<String> stop(Set<String> current) {
        return current.contains("") ? null : current;
    }

    /** The characters of a class such as {@code [Mm]} or {@code [- ]}, or null for ranges, negations, escapes. */
    private static List<String> smallClass(String body) {
        if (body.isEmpty() || body.length() > 6 || body.startsWith("^") || body.contains("\\") || body.contains("[")
                || body.contains("&&")) {
            return null;
        }
        List<String> chars = new ArrayList<>();
        for (int k = 0; k < body.length(); k++) {
            char ch = body.charAt(k);
            if (ch == '-' && k > 0 && k < body.length() - 1) {
                return null; // a range
            }
            if (!isLiteralChar(ch) && ch != '.') {
                return null;
            }
            chars.add(String.valueOf(ch));
        }
        return chars;
    }

    /** Index just past the character class starting at {@code i}, or -1. */
    private static int classEnd(String s, int i) {
        int depth = 0;
        for (int j = i; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && j > i + 1 && !(j == i + 2 && s.charAt(i + 1) == '^')) {
                depth--;
                if (depth == 0) {
                    return j + 1;
                }
            }
        }
        return -1;
    }

    /** Index of the parenthesis closing the group opened at {@code i}, or -1. */
    private static int groupEnd(String s, int i) {
        int depth = 0;
        for (int j = i; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '[') {
                int end = classEnd(s, j);
                if (end < 0) {
                    return -1;
                }
                j = end - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    return j;
                }
            }
        }
        return -1;
    }

    /** The alternatives at depth 0, or null if the expression is not well formed for this reader. */
    private static List<String> splitTopLevel(String regex) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int j = 0; j < regex.length(); j++) {
            char c = regex.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '[' || c == '(') {
                // a class or a group is skipped whole: its '|' are not this level's
                int last = c == '[' ? classEnd(regex, j) - 1 : groupEnd(regex, j);
                if (last < 0) {
                    return null;
                }
                j = last;
            } else if (c == ')') {
                return null;
            } else if (c == '|') {
                parts.add(regex.substring(start, j));
                start = j + 1;
            }
        }
        parts.add(regex.substring(start));
        return parts;
    }
}
