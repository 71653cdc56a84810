package org.borderwatch.engine.text;

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

    // ---- what the expression requires (RegexLiterals reads it) ------------------------------------------------

    /** Literals one of which every match of {@code regex} contains, or null (see {@link RegexLiterals#literalsOf}). */
    static Set<String> literalsOf(String regex) {
        return RegexLiterals.literalsOf(regex);
    }

    /** Literals one of which every match of {@code regex} starts with, or null ({@link RegexLiterals#prefixesOf}). */
    static Set<String> prefixesOf(String regex) {
        return RegexLiterals.prefixesOf(regex);
    }
}
