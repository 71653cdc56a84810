package org.borderwatch.engine.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.borderwatch.contract.ArticleIds;
import org.borderwatch.contract.CloudEventTypes;
import org.borderwatch.contract.RawArticle;
import org.borderwatch.engine.gazetteer.CountryMention;
import org.borderwatch.engine.gazetteer.Gazetteer;
import org.junit.jupiter.api.Test;

/** What is read of an article before the rules: parties, sentence claims, organization trail, reference tables. */
class ArticleContextTest {

    private static final Gazetteer GAZETTEER = Gazetteer.load();
    private static final Speakers SPEAKERS = new Speakers(GAZETTEER, Leaders.load());

    private static Article read(String text) {
        String t = ArticleIds.normalize(text);
        return Article.read(new RawArticle(CloudEventTypes.SCHEMA_VERSION, ArticleIds.of(t), null, t, null, null, null,
                null, "invented.txt", "text/plain", Instant.EPOCH.toString(), t.length()), GAZETTEER,
                DeFactoAuthorities.load());
    }

    @Test
    void thePairNamedInBorderSentencesIsThePartiesNotTheStateNamedInPassing() {
        Article a = read("Russia called for calm. Kyrgyz and Tajik border guards clashed on the border on Thursday."
                + " Tajikistan blamed Kyrgyzstan.");
        assertEquals(List.of("KG", "TJ"), a.parties());
        assertFalse(a.isParty("RU"));
        assertEquals(List.of(), read("The weather was fine.").parties());
    }

    @Test
    void aThirdStateNamedOnlyAsTheSideOfTheBorderIsNoParty() {
        Article a = read("Turkish jets shot down a Russian bomber near the Syrian border on Tuesday. Russia said the"
                + " bomber never left Syria's border area. Turkey said it had warned the Russian crew ten times.");
        assertEquals(Set.of("TR", "RU"), Set.copyOf(a.parties()));
        assertEquals(Set.of("AF", "PK"), Set.copyOf(read("Pakistani troops fired across the Afghan border on Monday.")
                .parties()));
    }

    @Test
    void theTalibanSpeakForAfghanistan() {
        Article a = read("Taliban forces and Pakistani troops exchanged fire at the Torkham crossing on the border.");
        assertTrue(a.countryMentions().stream().anyMatch(c -> "AF".equals(c.country()) && "Taliban".equals(c.text())));
        assertTrue(a.isParty("AF") && a.isParty("PK"));
        List<CountryMention> none = DeFactoAuthorities.load().addTo(List.of(), "the talibanesque style");
        assertTrue(none.isEmpty(), "a whole word, as written");
    }

    @Test
    void aQuotedParagraphTakesTheSpeakerNamedAfterTheQuote() {
        Article a = read("Armenian and Azerbaijani troops exchanged fire on the border.\n\n“We are watching. There are no"
                + " casualties,” said CSTO Secretary General Stanislav Zas.");
        List<SentenceView> views = SentenceViews.read(a, SPEAKERS);
        assertEquals(3, views.size(), views.stream().map(SentenceView::text).toList().toString());
        assertNull(views.get(0).claim());
        assertEquals("CSTO", views.get(1).claim().organization(), "the first sentence of the quote");
        assertTrue(views.get(1).claim().person());
        assertEquals(views.get(2).claim(), views.get(1).claim());
    }

    @Test
    void theCouncilIsTheLatestCouncilAndTheAllianceTheLatestOrganization() {
        Article a = read("Armenia appealed to the UN Security Council and to the CSTO on the border clashes. The council"
                + " met on Monday. The alliance said nothing.");
        List<SentenceView> views = SentenceViews.read(a, SPEAKERS);
        OrganizationTrail trail = new OrganizationTrail(a);
        assertNull(trail.last());
        trail.enter(views.get(0));
        assertEquals("CSTO", trail.last());
        trail.enter(views.get(1));
        assertEquals("UNSC", trail.standingFor("The council met on Monday."));
        assertEquals("CSTO", trail.standingFor("The alliance said nothing."));
        assertEquals("CSTO", trail.standingFor("no body noun here"));
    }

    @Test
    void leadersComeFromTheirTableAndNamesAreNormalized() {
        Leaders leaders = Leaders.load();
        assertEquals(35, leaders.surnames().size());
        assertEquals("AM", leaders.countryOf(Speakers.key("Nikol Pashinian")));
        assertEquals("AZ", leaders.countryOf(Speakers.key("Aliyev’s")));
        assertNull(leaders.countryOf("smith"));
    }
}
