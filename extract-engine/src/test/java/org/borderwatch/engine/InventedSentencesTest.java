package org.borderwatch.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.contract.ArticleAnalysis;
import org.borderwatch.contract.ArticleIds;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.EventType;
import org.borderwatch.contract.RawArticle;
import org.borderwatch.engine.text.Sentence;
import org.borderwatch.engine.text.Sentences;
import org.borderwatch.engine.time.DateResolver;
import org.junit.jupiter.api.Test;

/** Small invented texts about other state pairs, negation, dates and sentence splitting. */
class InventedSentencesTest {

    static ArticleAnalysis analyze(String text, String published) {
        String t = ArticleIds.normalize(text);
        return SeedArticlesTest.ENGINE.analyze(new RawArticle(1, ArticleIds.of(t), null, t, published, null, null, null,
                "invented.txt", "text/plain", null, t.length()));
    }

    static List<EventRecord> of(ArticleAnalysis a, EventType type) {
        return a.events().stream().filter(e -> e.type() == type && !e.background()).toList();
    }

    @Test
    void kyrgyzTajikClashWithCasualtiesOnBothSides() {
        ArticleAnalysis a = analyze("Kyrgyz and Tajik border guards clashed on Thursday near the village of Kok-Tash on the "
                + "border between Kyrgyzstan and Tajikistan. At least 31 Kyrgyz citizens were killed and 154 wounded, the Kyrgyz "
                + "health ministry said. Tajikistan said eight of its citizens had died.", "2021-04-30");
        assertEquals(java.util.Set.of("KG", "TJ"), java.util.Set.copyOf(a.countries()));
        assertTrue(a.isBorderIncident());
        assertTrue(of(a, EventType.CLASH).stream().anyMatch(e -> "2021-04-29".equals(e.date())), "Thursday before Friday 30 April");
        assertTrue(of(a, EventType.CASUALTIES).stream().anyMatch(e -> "KG".equals(e.party()) && Integer.valueOf(31).equals(e.counts().killed())
                && "at least".equals(e.counts().qualifier())));
        assertTrue(of(a, EventType.CASUALTIES).stream().anyMatch(e -> "KG".equals(e.party()) && Integer.valueOf(154).equals(e.counts().wounded())));
        assertTrue(of(a, EventType.CASUALTIES).stream().anyMatch(e -> "TJ".equals(e.party()) && Integer.valueOf(8).equals(e.counts().killed())));
    }

    @Test
    void indiaChinaTroopsAndAccusation() {
        ArticleAnalysis a = analyze("India accused China of trying to change the status quo on the Line of Actual Control. "
                + "About 50,000 Chinese troops are stationed in the region, Indian officials said.", "2020-06-17");
        assertTrue(of(a, EventType.ACCUSATION).stream().anyMatch(e -> e.actors().stream().anyMatch(x -> "initiator".equals(x.role()) && "IN".equals(x.country()))
                && e.actors().stream().anyMatch(x -> "target".equals(x.role()) && "CN".equals(x.country()))));
        assertTrue(of(a, EventType.TROOP_PRESENCE).stream().anyMatch(e -> "CN".equals(e.party()) && e.counts().troops() == 50000
                && "about".equals(e.counts().qualifier())));
    }

    @Test
    void sudanEthiopiaAmbushAndAppeal() {
        ArticleAnalysis a = analyze("Sudan said on Tuesday that an Ethiopian militia ambushed a Sudanese army patrol near the border, "
                + "killing four officers and wounding more than 20 soldiers. Sudan asked the African Union to help bring the two sides "
                + "to the negotiating table.", "2021-01-12");
        assertTrue(of(a, EventType.CASUALTIES).stream().anyMatch(e -> "SD".equals(e.party()) && Integer.valueOf(4).equals(e.counts().killed())
                && Boolean.FALSE.equals(e.civilian())));
        assertTrue(of(a, EventType.CASUALTIES).stream().anyMatch(e -> "SD".equals(e.party()) && Integer.valueOf(20).equals(e.counts().wounded())
                && "more than".equals(e.counts().qualifier())));
        assertTrue(of(a, EventType.APPEAL).stream().anyMatch(e -> "SD".equals(e.appeal().from()) && "AU".equals(e.appeal().to())));
    }

    @Test
    void negations() {
        ArticleAnalysis a = analyze("Kyrgyzstan and Tajikistan agreed a ceasefire on the border on Sunday. "
                + "A decision to send a monitoring mission was not made, the CSTO said. "
                + "There were no clashes on Monday, Tajik border guards said.", "2021-05-03");
        assertTrue(of(a, EventType.MISSION).stream().allMatch(EventRecord::negated));
        assertFalse(of(a, EventType.MISSION).isEmpty());
        assertTrue(of(a, EventType.CLASH).stream().allMatch(EventRecord::negated));
        assertTrue(of(a, EventType.CEASEFIRE).stream().anyMatch(e -> !e.negated() && "2021-05-02".equals(e.date())));
    }

    @Test
    void relativeDates() {
        LocalDate d = LocalDate.parse("2021-05-13"); // a Thursday
        assertEquals("2021-05-13", DateResolver.resolve("on Thursday the troops moved", d).date());
        assertEquals("2021-05-12", DateResolver.resolve("began on Wednesday when", d).date());
        assertEquals("2021-05-11", DateResolver.resolve("On Tuesday night fighting", d).date());
        assertEquals("2021-05-12", DateResolver.resolve("yesterday they said", d).date());
        assertEquals("2021-04", DateResolver.resolve("last month a soldier", d).date());
        assertEquals("2020-09-13", DateResolver.resolve("on September 13 at dawn", d).date());
        assertEquals("2021-05-12", DateResolver.resolve("started on May 12", d).date());
        assertEquals("2020-09", DateResolver.resolve("between September and October 2020", d).date());
        DateResolver.Resolved undated = DateResolver.resolve("in May the troops crossed", null);
        assertNull(undated.date());
        assertEquals("--05", undated.hint());
        assertNull(DateResolver.resolve("on Saturday he said", null).date());
        assertEquals(LocalDate.parse("2022-09-13"), DateResolver.articleDate(null, "By A. Writer, for News, September 13, 2022\n\nText."));
        assertEquals(LocalDate.parse("2021-05-13"), DateResolver.articleDate(null, " date 2021-05-13 Azerbaijani forces"));
    }

    @Test
    void sentencesKeepOffsetsAndSkipBoilerplate() {
        String text = " date 2021-05-13 Gen. J. Smith said “We will stay.” He left. Troops moved 3.5 km.\n\n"
                + "Thank you for being among our readers.\n\nSign up to get our exclusive articles.\n\n© Copyright 2022 – News";
        List<Sentence> sentences = Sentences.split(text);
        for (Sentence s : sentences) {
            assertEquals(s.text(), text.substring(s.start(), s.end()));
        }
        assertEquals(List.of("Gen. J. Smith said “We will stay.”", "He left.", "Troops moved 3.5 km."),
                sentences.stream().map(Sentence::text).toList());
    }
}
