package org.borderwatch.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class GatedPatternTest {

    @Test
    void literalsAreTheMandatoryPartsOfEveryAlternative() {
        assertEquals(Set.of("said", "says", "claim"), GatedPattern.literalsOf("\\b(said|says|claim(?:ed|s)?)\\b"));
        // a character before ? or * is not mandatory, nor is an optional group
        assertEquals(Set.of("troop", "servicem", "shell"), GatedPattern.literalsOf("\\b(troops?|servicem[ae]n|shell(ed|ing))\\b"));
        assertEquals(Set.of("mission"), GatedPattern.literalsOf("\\b(?:the )?(mission)\\b"));
        // top-level alternatives each give theirs; the most selective mandatory element of a sequence is taken
        assertEquals(Set.of("casualties", "deaths", "nobody was "),
                GatedPattern.literalsOf("\\b(no|zero) (casualties|deaths)\\b|\\bnobody was (killed|hurt)"));
        assertEquals(Set.of("said", "added"), GatedPattern.literalsOf("[”\"’],?\\s+(said|added)\\s+(?:the\\s+)?([A-Z]\\w*)"));
        // lookarounds are zero-width; flag groups are read through
        assertEquals(Set.of("breach"), GatedPattern.literalsOf("breach(?! of the ceasefire)"));
        // what a positive lookahead requires is in the text as well, and may be the more selective literal
        assertEquals(Set.of("treaty", "accord"), GatedPattern.literalsOf("\\b(?:19|20)\\d\\d(?=\\s+(?:treaty|accord)\\b)"));
        assertEquals(Set.of("according to "), GatedPattern.literalsOf("(?i)\\baccording to (?:the )?([^,.;]{2,80})"));
        // no literal in some alternative: no gate
        assertNull(GatedPattern.literalsOf("\\b(\\d+|dozens)\\b"));
        assertNull(GatedPattern.literalsOf("(?:x)?\\d+"));
    }

    @Test
    void prefixesAreTheLiteralsEveryMatchStartsWith() {
        assertEquals(Set.of("said", "says", "claim"), GatedPattern.prefixesOf("\\b(said|says|claim(?:ed|s)?)\\b"));
        // small classes are spelled out; a character before an optional quantifier ends the prefix
        assertEquals(Set.of("Minister", "minister", "Defence", "Defense"),
                GatedPattern.prefixesOf("\\b(?:[Mm]inister|Defen[cs]e)s?\\b"));
        assertEquals(Set.of("troop"), GatedPattern.prefixesOf("\\btroops?\\b"));
        // zero-width assertions and inline flags before the first character are skipped
        assertEquals(Set.of("according to "), GatedPattern.prefixesOf("(?i)\\baccording to (?:the )?([^,.;]{2,80})"));
        assertEquals(Set.of("breach"), GatedPattern.prefixesOf("(?<!no )breach(?! of)"));
        // a repeated element counts once and ends the prefix; an escaped punctuation mark is a literal
        assertEquals(Set.of("Gen."), GatedPattern.prefixesOf("Gen\\.\\s+\\w+"));
        assertEquals(Set.of("a"), GatedPattern.prefixesOf("a+b"));
        // no prefix: an optional start, a class with a range, a digit, an alternative without one
        assertNull(GatedPattern.prefixesOf("(?:the )?mission"));
        assertNull(GatedPattern.prefixesOf("[A-Z]\\w+ said"));
        assertNull(GatedPattern.prefixesOf("\\d+ km"));
        assertNull(GatedPattern.prefixesOf("\\bshell|\\s+fire"));
    }

    @Test
    void aStartGateGivesTheSameMatchesGroupsAndOffsets() {
        GatedPattern title = GatedPattern.compile("\\b(?:President|[Mm]inister)\\s+([A-Z]\\w+)");
        String text = "On Monday the Minister Aliyev met President Putin; the minister Zas spoke later.";
        Matcher m = title.matcher(text);
        assertTrue(m.find());
        assertEquals(14, m.start());
        assertEquals("Aliyev", m.group(1));
        assertTrue(m.find());
        assertEquals("Putin", m.group(1));
        assertTrue(m.find());
        assertEquals("Zas", m.group(1));
        assertFalse(m.find());
        // a word boundary and a look-behind still see the text before the first prefix
        assertFalse(GatedPattern.compile("\\bminister\\b").matcher("prime-ministerial talks").find());
        assertFalse(GatedPattern.compile("(?<!vice )president").matcher("the vice president").find());
        assertFalse(GatedPattern.compile("^said").matcher("he said").find(), "^ is the text's start, not the region's");
        // replaceAll and the anchored matcher work on the whole text
        assertEquals("the  said", GatedPattern.compile("\\bminister\\b").matcher("the minister said").replaceAll(""));
        assertFalse(GatedPattern.compile("(?i)(he|she)").anchoredMatcher("then she").matches());
        assertTrue(GatedPattern.compile("(?i)(he|she)").anchoredMatcher("She").matches());
    }

    @Test
    void theGateRefusesOnlyTextsWithoutALiteralAndFollowsTheCase() {
        GatedPattern say = GatedPattern.compile("\\b(said|stated)\\b");
        assertFalse(say.mayMatch("The troops withdrew."));
        assertFalse(say.matcher("The troops withdrew.").find());
        assertTrue(say.matcher("The ministry said so.").find());
        assertFalse(say.mayMatch("The ministry SAID so."), "case-sensitive expression, case-sensitive gate");

        GatedPattern border = GatedPattern.compile("\\b(border|frontier)", Pattern.CASE_INSENSITIVE);
        assertTrue(border.matcher("The FRONTIER was closed.").find());
        assertFalse(border.mayMatch("The market was closed."));
        assertTrue(GatedPattern.compile("(?i)\\bLoC\\b").matcher("along the loc yesterday").find());
    }

    /** What a refused text gets behaves like the plain expression's matcher on it, for every use the engine makes. */
    @Test
    void aRefusedTextGetsAMatcherThatFindsNothingAndReplacesNothing() {
        String text = "The troops withdrew from the border villages on Monday, the ministry of defence reported.";
        GatedPattern say = GatedPattern.compile("\\b(said|stated)\\b");
        GatedPattern prefixed = GatedPattern.compile("\\bsaid that (\\w+)");
        assertFalse(say.mayMatch(text));
        for (Matcher m : List.of(say.matcher(text), prefixed.matcher(text), say.anchoredMatcher(text))) {
            assertFalse(m.find());
        }
        assertFalse(say.matcher(text).find(0));
        assertFalse(say.matcher(text).lookingAt());
        assertFalse(say.anchoredMatcher(text).matches());
        assertEquals(text, say.matcher(text).replaceAll(""));
        assertEquals(text, prefixed.matcher(text).replaceFirst("x"));
        assertEquals(0, say.matcher(text).results().count());
    }

    /**
     * Soundness on real text: for every gated rule of the engine and every sentence (and whole text) of the seeds
     * and the dev set, the gate lets through every text the expression matches. Checked against the ungated
     * expression itself, so a wrongly derived literal fails here.
     */
    @Test
    void everyGatedRuleOfTheEngineLetsThroughEveryTextItMatches() throws Exception {
        Map<String, GatedPattern> rules = engineRules();
        assertTrue(rules.size() > 80, "the engine's rules are gated: " + rules.size());
        long gated = rules.values().stream().filter(r -> r.literals() != null).count();
        assertTrue(gated > 60, "most rules have a gate: " + gated);
        List<String> texts = texts();
        int matched = 0;
        for (Map.Entry<String, GatedPattern> rule : rules.entrySet()) {
            for (String t : texts) {
                if (rule.getValue().pattern().matcher(t).find()) {
                    matched++;
                    if (!rule.getValue().mayMatch(t)) {
                        fail(rule.getKey() + " gate " + rule.getValue().literals() + " refuses a text it matches: " + t);
                    }
                }
            }
        }
        assertTrue(matched > 1000, "the rules match the articles often enough to test the gates: " + matched);
    }

    /**
     * Equivalence on real text: for every rule of the engine and every text of the seeds and the dev set (sentences,
     * their lower-cased forms and whole articles), {@link GatedPattern#matcher} finds exactly the matches, groups and
     * offsets of the plain expression, and {@link GatedPattern#anchoredMatcher} answers matches and lookingAt alike.
     */
    @Test
    void everyRuleOfTheEngineFindsWhatItsExpressionFinds() throws Exception {
        Map<String, GatedPattern> rules = engineRules();
        List<String> texts = texts();
        int withPrefix = 0;
        long matches = 0;
        for (Map.Entry<String, GatedPattern> rule : rules.entrySet()) {
            GatedPattern gated = rule.getValue();
            if (GatedPattern.prefixesOf(gated.pattern().pattern()) != null) {
                withPrefix++;
            }
            for (String t : texts) {
                List<String> expected = allMatches(gated.pattern().matcher(t));
                assertEquals(expected, allMatches(gated.matcher(t)), rule.getKey() + " on: " + t);
                matches += expected.size();
                assertEquals(gated.pattern().matcher(t).matches(), gated.anchoredMatcher(t).matches(), rule.getKey());
                assertEquals(gated.pattern().matcher(t).lookingAt(), gated.anchoredMatcher(t).lookingAt(), rule.getKey());
            }
        }
        assertTrue(withPrefix > 60, "most rules have a start gate: " + withPrefix);
        assertTrue(matches > 1000, "the rules match the articles often enough: " + matches);
    }

    private static List<String> allMatches(Matcher m) {
        List<String> found = new ArrayList<>();
        while (m.find()) {
            StringBuilder one = new StringBuilder(m.start() + "-" + m.end());
            for (int g = 1; g <= m.groupCount(); g++) {
                one.append('|').append(m.start(g)).append(':').append(m.group(g));
            }
            found.add(one.toString());
        }
        return found;
    }

    /** Every static rule of the engine (every class of its packages), by owner and field name. */
    private static Map<String, GatedPattern> engineRules() throws Exception {
        Map<String, GatedPattern> rules = new LinkedHashMap<>();
        Path classes = Path.of(GatedPattern.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> owners;
        try (Stream<Path> files = Files.walk(classes.resolve("org/borderwatch/engine"))) {
            owners = files.map(p -> classes.relativize(p).toString()).filter(p -> p.endsWith(".class"))
                    .map(p -> p.substring(0, p.length() - 6).replace('/', '.').replace('\\', '.')).sorted().toList();
        }
        assertTrue(owners.contains("org.borderwatch.engine.rules.AttackAndClashRule"), owners.toString());
        for (String owner : owners) {
            for (Field f : Class.forName(owner).getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == GatedPattern.class) {
                    f.setAccessible(true);
                    rules.put(owner + "." + f.getName(), (GatedPattern) f.get(null));
                }
            }
        }
        return rules;
    }

    /** The seeds and the dev set: whole articles, their sentences and the sentences lower-cased. */
    private static List<String> texts() throws Exception {
        List<String> texts = new ArrayList<>();
        for (Path folder : List.of(root().resolve("seeds"), root().resolve("extract-engine/src/test/resources/devset"))) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    texts.add(text);
                    for (Sentence s : Sentences.split(text)) {
                        texts.add(s.text());
                        texts.add(s.text().toLowerCase());
                    }
                }
            }
        }
        assertTrue(texts.size() > 500);
        return texts;
    }

    private static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("seeds/expected.json"))) {
                return p;
            }
        }
        return fail("seeds/expected.json not found");
    }
}
