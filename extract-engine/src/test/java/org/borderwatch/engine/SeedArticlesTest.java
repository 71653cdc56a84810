package org.borderwatch.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.borderwatch.contract.ArticleAnalysis;
import org.borderwatch.contract.ArticleIds;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.EventType;
import org.borderwatch.contract.RawArticle;
import org.borderwatch.engine.context.Speakers;
import org.junit.jupiter.api.Test;

/** The facts of seeds/expected.json, each an assertion on the engine's output for the seed articles. */
class SeedArticlesTest {

    static final BorderwatchAnalyzer ENGINE = BorderwatchAnalyzer.create();

    static RawArticle seed(String prefix) throws IOException {
        try (var files = Files.list(Path.of("../seeds"))) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            String text = ArticleIds.normalize(Files.readString(file, StandardCharsets.UTF_8));
            return new RawArticle(1, ArticleIds.of(text), null, text, null, null, null, null,
                    file.getFileName().toString(), "text/plain", "2026-11-23T00:00:00Z", text.length());
        }
    }

    static List<EventRecord> current(ArticleAnalysis a, EventType type) {
        return a.events().stream().filter(e -> e.type() == type && !e.background()).toList();
    }

    static boolean any(ArticleAnalysis a, EventType type, Predicate<EventRecord> p) {
        return current(a, type).stream().anyMatch(p);
    }

    @Test
    void seed000_incursion_troops_appeal() throws IOException {
        ArticleAnalysis a = ENGINE.analyze(seed("000"));
        assertEquals(java.util.Set.of("AZ", "AM"), java.util.Set.copyOf(a.countries()));
        assertTrue(a.isBorderIncident());
        assertEquals("2021-05-13", a.published());
        assertTrue(any(a, EventType.INCURSION, e -> e.counts() != null && Double.valueOf(3.5).equals(e.counts().distanceKm())
                && "2021-05-12".equals(e.date()) && e.locations().stream().anyMatch(l -> l.name().equals("Syunik"))
                && e.actors().stream().anyMatch(x -> "initiator".equals(x.role()) && "AZ".equals(x.country()))
                && e.actors().stream().anyMatch(x -> "target".equals(x.role()) && "AM".equals(x.country()))),
                "incursion by AZ into AM, 3.5 km, 2021-05-12, Syunik");
        assertTrue(any(a, EventType.TROOP_PRESENCE, e -> "AZ".equals(e.party()) && e.counts().troops() == 250
                && "more than".equals(e.counts().qualifier())
                && e.locations().stream().anyMatch(l -> l.name().startsWith("Sev Lidj"))), "more than 250 AZ troops near Sev Lidj");
        assertTrue(any(a, EventType.APPEAL, e -> "AM".equals(e.appeal().from()) && "CSTO".equals(e.appeal().to())));
        assertTrue(any(a, EventType.CLASH, EventRecord::negated), "'there were no exchange of fire' is a negated clash");
        assertFalse(any(a, EventType.CASUALTIES, e -> !e.negated()), "no casualties in 000");
        assertTrue(any(a, EventType.ACCUSATION, e -> e.actors().stream().anyMatch(x -> "target".equals(x.role()) && "AZ".equals(x.country()))));
        // evidence offsets point into the text
        String text = seed("000").text();
        for (EventRecord e : a.events()) {
            assertEquals(e.evidence().sentence(), text.substring(e.evidence().start(), e.evidence().end()));
            assertEquals(e.type().plover(), e.plover());
        }
    }

    @Test
    void seed001_casualties_denial_rejection_negated_mission() throws IOException {
        ArticleAnalysis a = ENGINE.analyze(seed("001"));
        assertNull(a.published(), "no date line, no byline date");
        assertTrue(any(a, EventType.CASUALTIES, e -> !e.negated() && "AM".equals(e.party()) && Integer.valueOf(1).equals(e.counts().killed())
                && Boolean.FALSE.equals(e.civilian())));
        assertTrue(any(a, EventType.CASUALTIES, e -> !e.negated() && "AM".equals(e.party()) && Integer.valueOf(6).equals(e.counts().captured())));
        assertTrue(any(a, EventType.CASUALTIES, e -> e.negated() && Integer.valueOf(0).equals(e.counts().killed())
                && e.claimedBy() != null && e.claimedBy().name().contains("Zas")), "Zas's 'no casualties' as a denial claim");
        assertTrue(any(a, EventType.REJECTION, e -> "border incident".equals(e.summary())));
        assertTrue(any(a, EventType.MISSION, EventRecord::negated));
        assertFalse(any(a, EventType.MISSION, e -> !e.negated()), "no mission was decided");
        assertTrue(a.events().stream().allMatch(e -> e.date() == null), "'on Saturday'/'last month' stay unresolved without an article date");
    }

    @Test
    void seed002_article2_and_spelling_variants() throws IOException {
        ArticleAnalysis a = ENGINE.analyze(seed("002"));
        assertTrue(any(a, EventType.APPEAL, e -> "AM".equals(e.appeal().from()) && "CSTO".equals(e.appeal().to())
                && "Article 2".equals(e.appeal().instrument())));
        assertTrue(any(a, EventType.INCURSION, e -> "2021-05".equals(e.date()) && "month".equals(e.datePrecision())));
        assertEquals(Speakers.key("Pashinian"), Speakers.key("Pashinyan"));
        assertTrue(a.events().stream().anyMatch(e -> e.claimedBy() != null && e.claimedBy().name().startsWith("Pashinian")
                && "AM".equals(e.claimedBy().country())));
        assertTrue(a.events().stream().anyMatch(e -> e.background() && e.evidence().sentence().contains("2010 document")));
    }

    @Test
    void seed003_attack_weapons_casualties_ceasefire_background() throws IOException {
        RawArticle article = seed("003");
        ArticleAnalysis a = ENGINE.analyze(article);
        assertEquals("2022-09-13", a.published(), "byline date");
        assertTrue(any(a, EventType.ATTACK, e -> "2022-09-13".equals(e.date()) && e.weapons().containsAll(List.of("artillery", "small arms"))));
        assertTrue(any(a, EventType.ATTACK, e -> e.weapons().contains("drones")));
        assertTrue(any(a, EventType.CASUALTIES, e -> Integer.valueOf(49).equals(e.counts().killed()) && "AM".equals(e.party())
                && e.claimedBy() != null && e.claimedBy().name().contains("Pashinyan")));
        assertTrue(any(a, EventType.CEASEFIRE, e -> e.actors().stream().anyMatch(x -> "mediator".equals(x.role()) && "RU".equals(x.country()))));
        assertTrue(a.events().stream().filter(e -> e.evidence().sentence().contains("September and October 2020")).allMatch(EventRecord::background));
        assertTrue(a.events().stream().filter(e -> e.evidence().sentence().startsWith("On March 26")).allMatch(EventRecord::background));
        assertFalse(a.events().stream().anyMatch(e -> e.evidence().sentence().contains("Thank you for being among")), "footer ignored");
        assertFalse(a.events().stream().anyMatch(e -> e.evidence().sentence().contains("Copyright")), "footer ignored");
        assertTrue(any(a, EventType.MISSION, e -> !e.negated()), "Zas will lead the mission");
        assertTrue(any(a, EventType.APPEAL, e -> "RU".equals(e.appeal().to())));
        assertTrue(any(a, EventType.APPEAL, e -> "UNSC".equals(e.appeal().to())));
    }

    @Test
    void sameInputSameIds_versionChangesIds() throws IOException {
        RawArticle article = seed("000");
        List<String> first = ENGINE.analyze(article).events().stream().map(EventRecord::id).toList();
        List<String> second = BorderwatchAnalyzer.create().analyze(article).events().stream().map(EventRecord::id).toList();
        assertEquals(first, second);
        assertEquals(first.size(), first.stream().distinct().count(), "ids are unique");
        ArticleAnalysis newer = BorderwatchAnalyzer.create("9.9.9").analyze(article);
        assertEquals("9.9.9", newer.extractor().version());
        assertNotNull(newer.events().get(0).extractorVersion());
        assertFalse(newer.events().stream().map(EventRecord::id).anyMatch(first::contains));
    }
}
