package org.borderwatch.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.borderwatch.contract.ArticleAnalysis;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.EventType;
import org.junit.jupiter.api.Test;

/** Who claims a fact: titled speakers, capital metonyms, "he said", spelling variants, sources; narration is null. */
class ClaimantsTest {

    private static final BorderwatchAnalyzer ENGINE = BorderwatchAnalyzer.create();

    private static final String TEXT = " date 2022-09-14 Azerbaijani forces shelled Armenian positions near Jermuk on"
            + " Tuesday, Armenian Prime Minister Nikol Pashinyan said. Baku claims that Armenian troops opened fire"
            + " first. “We will not allow any encroachment on our territory,” Pashinian told parliament. He said that"
            + " three Armenian soldiers were wounded. Azerbaijani artillery struck Armenian posts near Sotk on Monday.";

    @Test
    void titledSpeakerWithHisStateAndSpellingVariantsAreOnePerson() {
        ArticleAnalysis a = ENGINE.analyze(Articles.text(TEXT));
        EventRecord first = of(a, EventType.ATTACK, "Jermuk");
        assertEquals("Nikol Pashinyan", first.claimedBy().name());
        assertEquals("AM", first.claimedBy().country());
        // "He said" is the last named speaker; "Pashinian" is the same man
        EventRecord wounded = of(a, EventType.CASUALTIES, "He said");
        assertEquals("Nikol Pashinyan", wounded.claimedBy().name());
        assertEquals("AM", wounded.party());
        assertEquals(Integer.valueOf(3), wounded.counts().wounded());
    }

    @Test
    void aCapitalSpeaksForItsState() {
        EventRecord bakuClaim = of(ENGINE.analyze(Articles.text(TEXT)), EventType.ATTACK, "Baku claims");
        assertEquals("AZ", bakuClaim.claimedBy().country());
    }

    @Test
    void theOutletsOwnNarrationHasNoClaimant() {
        assertNull(of(ENGINE.analyze(Articles.text(TEXT)), EventType.ATTACK, "Sotk").claimedBy());
    }

    @Test
    void anAnonymousSourceKeepsItsState() {
        ArticleAnalysis a = ENGINE.analyze(Articles.text(" date 2022-09-16 Two Tajik border guards were killed near"
                + " the Kyrgyz border on Friday, a Tajik security source said."));
        EventRecord killed = of(a, EventType.CASUALTIES, "Tajik security source");
        assertEquals("TJ", killed.claimedBy().country());
        assertEquals("TJ", killed.party());
        assertEquals(Integer.valueOf(2), killed.counts().killed());
        assertEquals("2022-09-16", killed.date());
    }

    private static EventRecord of(ArticleAnalysis a, EventType type, String inSentence) {
        List<EventRecord> found = a.events().stream()
                .filter(r -> r.type() == type && !r.negated() && r.evidence().sentence().contains(inSentence)).toList();
        assertEquals(1, found.size(), type + " in \"" + inSentence + "\": " + found);
        return found.get(0);
    }
}
