package org.borderwatch.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.borderwatch.contract.ArticleAnalysis;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.EventType;
import org.borderwatch.contract.RawArticle;
import org.junit.jupiter.api.Test;

/**
 * The engine on the seeds (facts of seeds/expected.json), on invented sentences for other pairs of states, and the
 * record invariants every consumer relies on (exact offsets, stable ids, version, PLOVER type).
 */
class BorderwatchAnalyzerTest {

    private static final BorderwatchAnalyzer ENGINE = BorderwatchAnalyzer.create();

    // ---------------------------------------------------------------- identity

    @Test
    void namesItselfAndWritesTheRequestedVersionOnEveryRecord() {
        assertEquals("borderwatch-rules", ENGINE.extractor().name());
        assertNotNull(ENGINE.extractor().version());
        BorderwatchAnalyzer newer = BorderwatchAnalyzer.create("9.9.9");
        ArticleAnalysis a = newer.analyze(Articles.seed("001"));
        assertEquals("9.9.9", a.extractor().version());
        assertFalse(a.events().isEmpty());
        a.events().forEach(r -> assertEquals("9.9.9", r.extractorVersion(), r.toString()));
    }

    @Test
    void idsAreStableForOneVersionAndChangeWithTheVersion() {
        RawArticle raw = Articles.seed("003");
        List<String> first = ENGINE.analyze(raw).events().stream().map(EventRecord::id).toList();
        List<String> second = BorderwatchAnalyzer.create(ENGINE.extractor().version()).analyze(raw).events().stream()
                .map(EventRecord::id).toList();
        assertEquals(first, second);
        Set<String> other = new HashSet<>(BorderwatchAnalyzer.create("9.9.9").analyze(raw).events().stream()
                .map(EventRecord::id).toList());
        first.forEach(id -> assertFalse(other.contains(id), "same id under another version: " + id));
    }

    /** Every record of every seed and dev article: exact evidence offsets, unique id, version, PLOVER type. */
    @Test
    void everyRecordPointsAtItsExactSentence() {
        for (var path : Articles.all()) {
            RawArticle raw = Articles.file(path.getParent(), path.getFileName().toString());
            ArticleAnalysis a = ENGINE.analyze(raw);
            assertEquals(raw.articleId(), a.articleId());
            Set<String> ids = new HashSet<>();
            for (EventRecord r : a.events()) {
                String where = path.getFileName() + ": " + r;
                assertNotNull(r.id(), where);
                assertTrue(ids.add(r.id()), "duplicate id in " + where);
                assertEquals(r.type().plover(), r.plover(), where);
                assertEquals(ENGINE.extractor().version(), r.extractorVersion(), where);
                EventRecord.Evidence e = r.evidence();
                assertNotNull(e, where);
                assertEquals(raw.text().substring(e.start(), e.end()), e.sentence(), where);
                assertTrue(r.confidence() > 0 && r.confidence() <= 1, where);
                if (r.date() != null) {
                    assertTrue(r.date().matches("\\d{4}(-\\d{2}(-\\d{2})?)?"), where);
                    assertEquals(r.date().length() == 10 ? "day" : r.date().length() == 7 ? "month" : "year",
                            r.datePrecision(), where);
                }
            }
        }
    }

    @Test
    void boilerplateNeverBecomesEvidence() {
        for (var path : Articles.all()) {
            ArticleAnalysis a = ENGINE.analyze(Articles.file(path.getParent(), path.getFileName().toString()));
            for (EventRecord r : a.events()) {
                String s = r.evidence().sentence().toLowerCase();
                assertFalse(s.contains("thank you for being among our readers") || s.contains("© copyright")
                        || s.contains("[ad_1]") || s.startsWith("sign up") || s.startsWith("top stories"),
                        path.getFileName() + ": " + s);
            }
        }
    }

    // ---------------------------------------------------------------- seeds (facts from seeds/expected.json)

    @Test
    void seed000TroopsAppealAndDatesOfTheMayIncursion() {
        ArticleAnalysis a = ENGINE.analyze(Articles.seed("000"));
        assertTrue(a.isBorderIncident());
        assertEquals(Set.of("AM", "AZ"), Set.copyOf(a.countries()));
        assertTrue(has(a, EventType.TROOP_PRESENCE, r -> "AZ".equals(r.party()) && troops(r, 250)));
        assertTrue(has(a, EventType.APPEAL, r -> appeal(r, "AM", "CSTO")));
        Set<String> dates = current(a).stream().filter(r -> !r.negated()).map(EventRecord::date)
                .filter(Objects::nonNull).collect(java.util.stream.Collectors.toSet());
        assertTrue(dates.containsAll(Set.of("2021-05-12", "2021-05-13")), dates.toString());
        assertTrue(has(a, EventType.ACCUSATION, r -> accuser(r, "AM") && target(r, "AZ")));
    }

    @Test
    void seed001CasualtiesTroopsDenialAndTheMissionThatWasNotFormed() {
        ArticleAnalysis a = ENGINE.analyze(Articles.seed("001"));
        assertNull(a.published(), "no date line, no byline: no article date");
        assertTrue(has(a, EventType.CASUALTIES, r -> "AM".equals(r.party()) && !r.negated() && r.counts() != null
                && Integer.valueOf(1).equals(r.counts().killed())));
        assertTrue(has(a, EventType.CASUALTIES, r -> "AM".equals(r.party()) && !r.negated() && r.counts() != null
                && Integer.valueOf(6).equals(r.counts().captured())));
        assertTrue(has(a, EventType.TROOP_PRESENCE, r -> "AZ".equals(r.party()) && troops(r, 1000)
                && r.claimedBy() != null && "AM".equals(r.claimedBy().country())));
        assertTrue(has(a, EventType.APPEAL, r -> appeal(r, "AM", "CSTO")));
        // "there are no casualties": a denial beside the reported death, not a fact of zero deaths
        assertTrue(has(a, EventType.CASUALTIES, r -> r.negated() && r.counts() != null
                && Integer.valueOf(0).equals(r.counts().killed())));
        // "A decision to form a monitoring mission was not made"
        assertTrue(has(a, EventType.MISSION, r -> r.negated() && org(r, "CSTO")));
        assertFalse(has(a, EventType.MISSION, r -> !r.negated()));
        assertTrue(has(a, EventType.REJECTION, r -> org(r, "CSTO")));
        // nothing in it can be dated without an article date
        current(a).forEach(r -> assertNull(r.date(), r.toString()));
    }

    @Test
    void seed002AppealInvokesArticle2() {
        ArticleAnalysis a = ENGINE.analyze(Articles.seed("002"));
        assertTrue(has(a, EventType.APPEAL, r -> appeal(r, "AM", "CSTO") && r.appeal().instrument() != null
                && r.appeal().instrument().contains("Article 2")));
    }

    @Test
    void seed003TollAppealsToThreeAndTheRussianBrokeredCeasefire() {
        ArticleAnalysis a = ENGINE.analyze(Articles.seed("003"));
        assertTrue(has(a, EventType.CASUALTIES, r -> "AM".equals(r.party()) && r.counts() != null
                && Integer.valueOf(49).equals(r.counts().killed())));
        assertTrue(has(a, EventType.APPEAL, r -> appeal(r, "AM", "CSTO")));
        assertTrue(has(a, EventType.APPEAL, r -> appeal(r, "AM", "RU")));
        assertTrue(has(a, EventType.APPEAL, r -> r.appeal() != null && "AM".equals(r.appeal().from())
                && r.appeal().to() != null && r.appeal().to().contains("Security Council")
                || r.appeal() != null && "UNSC".equals(r.appeal().to())));
        assertTrue(has(a, EventType.CEASEFIRE, r -> !r.negated() && r.actors() != null && r.actors().stream()
                .anyMatch(x -> "mediator".equals(x.role()) && "RU".equals(x.country()))));
        assertTrue(has(a, EventType.ATTACK, r -> r.weapons() != null && r.weapons().contains("artillery")));
        assertTrue(current(a).stream().anyMatch(r -> "2022-09-13".equals(r.date())));
    }

    // ---------------------------------------------------------------- invented texts, other pairs

    @Test
    void inventedIncursionCasualtiesAndDenialBetweenIndiaAndChina() {
        ArticleAnalysis a = ENGINE.analyze(Articles.text(" date 2024-03-14 Indian troops crossed the Line of Actual"
                + " Control near Depsang on Tuesday and advanced 3 km into Chinese territory, Beijing said. Two Chinese"
                + " soldiers were killed and five wounded in the clash, the Chinese defence ministry said. There were"
                + " no casualties on the Indian side, an Indian Army spokesman said."));
        assertEquals("2024-03-14", a.published());
        assertEquals(Set.of("IN", "CN"), Set.copyOf(a.countries()));
        assertTrue(a.isBorderIncident());
        assertTrue(has(a, EventType.INCURSION, r -> "2024-03-12".equals(r.date()) && r.counts() != null
                && Double.valueOf(3.0).equals(r.counts().distanceKm()) && r.claimedBy() != null
                && "CN".equals(r.claimedBy().country())));
        assertTrue(has(a, EventType.CASUALTIES, r -> "CN".equals(r.party()) && !r.negated()
                && Integer.valueOf(2).equals(r.counts().killed())));
        assertTrue(has(a, EventType.CASUALTIES, r -> "CN".equals(r.party()) && !r.negated()
                && Integer.valueOf(5).equals(r.counts().wounded())));
        assertTrue(has(a, EventType.CASUALTIES, r -> r.negated() && r.claimedBy() != null));
        assertFalse(has(a, EventType.CASUALTIES, r -> "IN".equals(r.party()) && !r.negated()));
    }

    @Test
    void noExchangeOfFireIsNoClash() {
        ArticleAnalysis a = ENGINE.analyze(Articles.text(" date 2023-06-02 Kyrgyz and Tajik border guards argued"
                + " near the border on Thursday, but there was no exchange of fire, the Kyrgyz border service said."));
        assertFalse(has(a, EventType.CLASH, r -> !r.negated()));
    }

    @Test
    void economyNewsIsNoBorderIncident() {
        ArticleAnalysis a = ENGINE.analyze(Articles.text(" date 2023-03-15 Kazakhstan and Uzbekistan agreed on"
                + " Wednesday to raise trade to 10 billion dollars a year and to open a new rail freight terminal."
                + " The ministers of economy signed six agreements on customs, energy and water."));
        assertFalse(a.isBorderIncident());
        assertFalse(has(a, EventType.CASUALTIES, r -> true));
        assertFalse(has(a, EventType.CLASH, r -> true));
    }

    @Test
    void emptyTextGivesAnEmptyAnalysis() {
        ArticleAnalysis a = ENGINE.analyze(Articles.text(""));
        assertFalse(a.isBorderIncident());
        assertTrue(a.events().isEmpty());
    }

    // ---------------------------------------------------------------- helpers

    static List<EventRecord> current(ArticleAnalysis a) {
        return a.events().stream().filter(r -> !r.background()).toList();
    }

    static boolean has(ArticleAnalysis a, EventType type, Predicate<EventRecord> p) {
        return current(a).stream().anyMatch(r -> r.type() == type && p.test(r));
    }

    static boolean troops(EventRecord r, int n) {
        return !r.negated() && r.counts() != null && Integer.valueOf(n).equals(r.counts().troops());
    }

    static boolean appeal(EventRecord r, String from, String to) {
        return !r.negated() && r.appeal() != null && from.equals(r.appeal().from()) && to.equals(r.appeal().to());
    }

    static boolean org(EventRecord r, String org) {
        return r.actors() != null && r.actors().stream().anyMatch(x -> org.equals(x.organization())
                && !"recipient".equals(x.role()) && !"target".equals(x.role()));
    }

    static boolean accuser(EventRecord r, String country) {
        return r.actors() != null && r.actors().stream().anyMatch(x -> country.equals(x.country())
                && ("initiator".equals(x.role()) || "speaker".equals(x.role())))
                || r.claimedBy() != null && country.equals(r.claimedBy().country());
    }

    static boolean target(EventRecord r, String country) {
        return r.actors() != null && r.actors().stream().anyMatch(x -> "target".equals(x.role())
                && country.equals(x.country()));
    }

    private static void assertNull(Object o, String message) {
        org.junit.jupiter.api.Assertions.assertNull(o, message);
    }
}
