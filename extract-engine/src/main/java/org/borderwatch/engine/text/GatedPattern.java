package org.borderwatch.engine.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression with a cheap necessary condition in front of it: a set of literal strings of which every
 * match contains at least one, derived from the expression itself. Most of the engine's rules look like
 * {@code \b(word|word|...)\b}; {@link java.util.regex} tries such an expression at every position of a sentence
 * (a word-boundary test, then every alternative), which made these rules most of the engine's time. Looking for
 * the literals first ({@link String#indexOf}, vectorized) and running the expression only when one is there gives
 * the same matches at a fraction of the cost.
 *
 * <p>The gate is sound by construction, not by hand-written lists: {@link #literalsOf} only returns literals that
 * are mandatory in every alternative (an element followed by {@code ?}, {@code *} or {@code {0,} is skipped, a
 * character before such a quantifier is dropped from its literal), and returns null (no gate) for what it does not
 * understand. Case-insensitive expressions ({@code (?i)} anywhere, or the flag) are gated on the lower-cased text,
 * which can only find more, never fewer, candidates. {@code GatedPatternTest} checks on the seeds, the dev set and a
 * generated corpus that the gate never refuses a sentence the expression matches.
 *
 * <p>A second gate speeds up the search itself: when every match starts with one of a few literals
 * ({@link #prefixesOf}), the search starts where the first of them occurs, and the expression is compiled behind a
 * look-ahead for the characters a match can start with, so that {@link java.util.regex} tests one character class
 * at a position instead of a word boundary and every alternative.
 *
 * <p>{@link #matcher} returns either such a matcher or a matcher that matches nothing: callers use it as they used
 * {@link Pattern#matcher} for find, group, start and replaceAll; for matches and lookingAt they use
 * {@link #anchoredMatcher}.
 *
 * <p>The time budget of an analysis ({@link TimeBudget}) is checked here: the matchers read their text through
 * {@link TimeBudget#watch}, and {@link #mayMatch} counts as a unit of work. A rule whose expression is a plain
 * {@link Pattern} over article text escapes the budget: every rule pattern goes through this class.
 */
public final class GatedPattern {
    private static final Pattern NOTHING = Pattern.compile("(?!)");

    /**
     * A matcher that finds nothing in {@code text}, at once: its region is the empty end of the text, so find()
     * tries one position instead of failing at every position of the text (for a rule on a whole article that
     * loop showed in profiles). replaceAll/replaceFirst reset the region and return the text unchanged, as before.
     */
    private static Matcher nothingIn(CharSequence text) {
        return NOTHING.matcher(text).region(text.length(), text.length());
    }
    /** A text and its lower-cased form; immutable, so a slot can be shared between threads without a lock. */
    private record Lowered(String text, String lower) {
    }

    /**
     * The last text lower-cased by each thread, in a slot chosen by the thread's id: the rules of one sentence all
     * look at the same string. Not a ThreadLocal: in the services' worker threads, which carry many thread-locals of
     * the framework, its lookups cost more than the lower-casing they saved. Two threads sharing a slot only miss.
     */
    private static final Lowered[] LOWERED = new Lowered[64];

    /** Most literal prefixes a start gate tries with indexOf; more would cost more than the scan they save. */
    private static final int MAX_PREFIXES = 48;

    private final Pattern pattern;
    /** The same expression behind a look-ahead for the first characters its matches can start with. */
    private final Pattern scanning;
    private final String[] literals;
    /** Literals one of which every match starts with (after zero-width assertions), or null. */
    private final String[] prefixes;
    private final boolean ignoreCase;

    private GatedPattern(Pattern pattern, Pattern scanning, Set<String> literals, Set<String> prefixes,
            boolean ignoreCase) {
        this.pattern = pattern;
        this.scanning = scanning;
        this.literals = literals == null ? null : literals.toArray(String[]::new);
        this.prefixes = prefixes == null ? null : prefixes.toArray(String[]::new);
        this.ignoreCase = ignoreCase;
    }

    public static GatedPattern compile(String regex) {
        return compile(regex, 0);
    }

    public static GatedPattern compile(String regex, int flags) {
        boolean ignoreCase = (flags & Pattern.CASE_INSENSITIVE) != 0 || regex.contains("(?i") || regex.contains("(?-i")
                || (flags & Pattern.LITERAL) != 0 || (flags & Pattern.COMMENTS) != 0;
        boolean readable = (flags & (Pattern.LITERAL | Pattern.COMMENTS)) == 0;
        Set<String> literals = readable ? literalsOf(regex) : null;
        Set<String> prefixes = readable ? prefixesOf(regex) : null;
        if (ignoreCase) {
            literals = lowerCased(literals);
            prefixes = lowerCased(prefixes);
        }
        Pattern pattern = Pattern.compile(regex, flags);
        Pattern scanning = pattern;
        boolean unicodeCase = (flags & Pattern.UNICODE_CASE) != 0 || regex.matches("(?s).*\\(\\?[a-zA-Z-]*u.*");
        if (prefixes != null && !unicodeCase) {
            scanning = Pattern.compile(firstCharacterLookahead(prefixes) + "(?:" + regex + ")", flags);
        }
        return new GatedPattern(pattern, scanning, literals, prefixes, ignoreCase);
    }

    private static Set<String> lowerCased(Set<String> literals) {
        if (literals == null) {
            return null;
        }
        Set<String> lower = new LinkedHashSet<>();
        literals.forEach(l -> lower.add(l.toLowerCase(Locale.ROOT)));
        return lower;
    }

    /**
     * {@code (?=[...])} with the first character of every prefix in both cases: at each position
     * {@link java.util.regex} then tests one character class before it tries a word boundary and every
     * alternative. Zero-width and non-capturing, so groups and their numbers stay the same.
     */
    private static String firstCharacterLookahead(Set<String> prefixes) {
        StringBuilder chars = new StringBuilder();
        Set<Character> seen = new java.util.HashSet<>();
        for (String prefix : prefixes) {
            char c = prefix.charAt(0);
            for (char variant : new char[] {c, Character.toLowerCase(c), Character.toUpperCase(c)}) {
                if (seen.add(variant)) {
                    chars.append(String.format(Locale.ROOT, "\\x{%x}", (int) variant));
                }
            }
        }
        return "(?=[" + chars + "])";
    }

    public Pattern pattern() {
        return pattern;
    }

    /** The literals one of which every match contains, or null when the expression has no such gate. */
    public List<String> literals() {
        return literals == null ? null : List.of(literals);
    }

    /** False only when the expression cannot match anywhere in {@code text}. */
    public boolean mayMatch(CharSequence text) {
        TimeBudget.tick(); // every rule asks this of every sentence: the budget's check between sentences
        if (literals == null) {
            return true;
        }
        String s = ignoreCase ? lowered(text) : text.toString();
        for (String literal : literals) {
            if (s.indexOf(literal) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A matcher for {@link Matcher#find() finding} matches in {@code text}: the same matches, groups and offsets as
     * {@code pattern().matcher(text)}. When every match starts with one of a few literals, the search starts at the
     * first of them (a region with transparent, non-anchoring bounds, so look-behinds, {@code \b} and {@code ^}
     * see the whole text). For {@link Matcher#matches()} or {@link Matcher#lookingAt()}, which a region would
     * change, use {@link #anchoredMatcher}.
     */
    public Matcher matcher(CharSequence text) {
        if (!mayMatch(text)) {
            return nothingIn(text);
        }
        Matcher m = scanning.matcher(TimeBudget.watch(text));
        if (prefixes != null) {
            int start = firstPrefixAt(text);
            if (start < 0) {
                return nothingIn(text);
            }
            if (start > 0) {
                m.region(start, text.length()).useTransparentBounds(true).useAnchoringBounds(false);
            }
        }
        return m;
    }

    /** A matcher over the whole text, for {@link Matcher#matches()} and {@link Matcher#lookingAt()}. */
    public Matcher anchoredMatcher(CharSequence text) {
        return mayMatch(text) ? scanning.matcher(TimeBudget.watch(text)) : nothingIn(text);
    }

    /**
     * Where the first prefix occurs, -1 if none does, 0 when it cannot be told (the lower-cased text is not as long
     * as the text, so its offsets are not the text's).
     */
    private int firstPrefixAt(CharSequence text) {
        String s = ignoreCase ? lowered(text) : text.toString();
        if (s.length() != text.length()) {
            return 0;
        }
        int first = -1;
        int limit = s.length();
        for (String prefix : prefixes) {
            int at = s.indexOf(prefix, 0);
            if (at >= 0 && at < limit) {
                first = at;
                limit = at;
            }
        }
        return first;
    }

    /**
     * {@code text} lower-cased (Locale.ROOT), cached for the last string on this thread: the rules and the date
     * resolver of one sentence all ask for the same one.
     */
    public static String lowered(CharSequence text) {
        if (!(text instanceof String)) {
            return text.toString().toLowerCase(Locale.ROOT); // mutable: never cached
        }
        int slot = (int) (Thread.currentThread().getId() & (LOWERED.length - 1));
        Lowered last = LOWERED[slot];
        if (last != null && last.text() == text) {
            return last.lower();
        }
        String lower = ((String) text).toLowerCase(Locale.ROOT);
        LOWERED[slot] = new Lowered((String) text, lower);
        return lower;
    }

    // ---- deriving the literals --------------------------------------------------------------------------------

    /**
     * Literals one of which every match of {@code regex} contains, or null when none can be told. Sound, not
     * complete: a null or a short literal only makes the gate weaker.
     */
    static Set<String> literalsOf(String regex) {
        return overAlternatives(regex, GatedPattern::literalsOfSequence, Integer.MAX_VALUE);
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

    // ---- deriving the prefixes --------------------------------------------------------------------------------

    /**
     * Literals one of which every match of {@code regex} starts with, not counting zero-width assertions before it
     * ({@code \b}, {@code ^}, look-arounds, inline flags), or null when that cannot be told. Sound, not complete:
     * a prefix is cut where the reader meets anything but plain characters, small classes of plain characters
     * ({@code [Mm]}, {@code [cs]}) and, at the start, groups whose alternatives all have prefixes.
     */
    static Set<String> prefixesOf(String regex) {
        return overAlternatives(regex, GatedPattern::prefixesOfSequence, MAX_PREFIXES);
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
