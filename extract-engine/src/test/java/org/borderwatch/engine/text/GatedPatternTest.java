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

    /**
     * Soundness on real text: for every gated rule of the engine and every sentence (and whole text) of the seeds
     * and the dev set, the gate lets through every text the expression matches. Checked against the ungated
     * expression itself, so a wrongly derived literal fails here.
     */
    @Test
    void everyGatedRuleOfTheEngineLetsThroughEveryTextItMatches() throws Exception {
        Map<String, GatedPattern> rules = new LinkedHashMap<>();
        for (String owner : List.of("org.borderwatch.engine.BorderwatchAnalyzer", "org.borderwatch.engine.Speakers",
                "org.borderwatch.engine.Quantities", "org.borderwatch.engine.time.DateResolver")) {
            for (Field f : Class.forName(owner).getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == GatedPattern.class) {
                    f.setAccessible(true);
                    rules.put(owner + "." + f.getName(), (GatedPattern) f.get(null));
                }
            }
        }
        assertTrue(rules.size() > 80, "the engine's rules are gated: " + rules.size());
        long gated = rules.values().stream().filter(r -> r.literals() != null).count();
        assertTrue(gated > 60, "most rules have a gate: " + gated);

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

    private static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("seeds/expected.json"))) {
                return p;
            }
        }
        return fail("seeds/expected.json not found");
    }
}
