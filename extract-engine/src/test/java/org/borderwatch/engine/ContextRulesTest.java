package org.borderwatch.engine;

import static org.borderwatch.engine.BorderwatchAnalyzerTest.has;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.borderwatch.contract.ArticleAnalysis;
import org.borderwatch.contract.EventType;
import org.junit.jupiter.api.Test;

/**
 * Rules that depend on a sentence's context rather than its trigger word: background per clause, coordinated and
 * possessive subjects, accusations without an accusing verb, an organization's own dispatch, affiliation of speakers.
 */
class ContextRulesTest {

    private static final BorderwatchAnalyzer ENGINE = BorderwatchAnalyzer.create();

    @Test
    void anInstrumentYearDoesNotMakeTheParagraphBackground() {
        ArticleAnalysis a = ENGINE.analyze(Articles.text(" date 2019-02-27 Pakistan's military said on Wednesday that"
                + " Indian forces violated the 2003 ceasefire agreement along the Line of Control. India's army said on"
                + " Wednesday that two Indian soldiers were injured. New Delhi blamed Islamabad for the firing."));
        assertTrue(has(a, EventType.CASUALTIES, r -> !r.background() && "IN".equals(r.party())
                && r.counts() != null && Integer.valueOf(2).equals(r.counts().wounded())));
        assertTrue(has(a, EventType.ACCUSATION, r -> !r.background() && BorderwatchAnalyzerTest.accuser(r, "IN")
                && BorderwatchAnalyzerTest.target(r, "PK")));
    }

    @Test
    void aYearNamedEarlierClashIsBackgroundInsideACurrentSentence() {
        ArticleAnalysis a = ENGINE.analyze(Articles.text(" date 2024-01-20 Kyrgyzstan and Tajikistan signed a deal on"
                + " Friday to reopen a border crossing, ending a two-year closure after the 2022 clashes in which about"
                + " 100 people were killed."));
        assertFalse(has(a, EventType.CASUALTIES, r -> !r.background()));
        assertFalse(has(a, EventType.CLASH, r -> !r.background()));
    }

    @Test
    void coordinatedAndPossessiveSubjectsAccuse() {
        ArticleAnalysis a = ENGINE.analyze(Articles.text(" date 2021-04-30 Kyrgyz and Tajik border guards exchanged fire"
                + " on Thursday. Tajikistan gave a different account. Its State Committee for National Security said"
                + " Kyrgyz forces had opened fire first, and it accused Kyrgyzstan of trying to seize the water point."
                + " Kyrgyzstan's foreign ministry rejected that account and accused Tajikistan of a planned attack."));
        assertTrue(has(a, EventType.ACCUSATION, r -> BorderwatchAnalyzerTest.accuser(r, "TJ")
                && BorderwatchAnalyzerTest.target(r, "KG")));
        assertTrue(has(a, EventType.ACCUSATION, r -> BorderwatchAnalyzerTest.accuser(r, "KG")
                && BorderwatchAnalyzerTest.target(r, "TJ")));
    }

    @Test
    void saysThatTheOtherSidesTroopsAreBlockingIsAnAccusation() {
        ArticleAnalysis a = ENGINE.analyze(Articles.text("Indian and Chinese troops remain deployed along the border."
                + " No progress was made on the Depsang plains, where India says Chinese troops are blocking its"
                + " patrols."));
        assertTrue(has(a, EventType.ACCUSATION, r -> BorderwatchAnalyzerTest.accuser(r, "IN")
                && BorderwatchAnalyzerTest.target(r, "CN")));
    }

    @Test
    void aStatesDiplomaticMissionAbroadIsNeitherAMissionNorAPlace() {
        ArticleAnalysis a = ENGINE.analyze(Articles.text(" date 2023-07-07 Israeli artillery shelled the outskirts of"
                + " Kfar Chouba on Thursday. Lebanon's foreign minister said on Friday that he had instructed Lebanon's"
                + " mission in New York to file a complaint with the United Nations Security Council over the Israeli"
                + " aggression."));
        assertFalse(has(a, EventType.MISSION, r -> true));
        a.events().forEach(r -> r.locations().forEach(l -> assertFalse("New York".equals(l.name()))));
    }

    @Test
    void aFutureSummitIsNoMeetingAndTheSubjectOrganizationMet() {
        ArticleAnalysis a = ENGINE.analyze(Articles.text(" date 2021-05-03 Kyrgyz and Tajik troops clashed at the border"
                + " on Thursday. A deputy said that the Collective Security Treaty Organization looks away and urged the"
                + " government to raise the question at the next summit. The UN Security Council on Monday declined"
                + " Cambodia's request, and backed mediation by the Association of Southeast Asian Nations, diplomats"
                + " said after a closed-door meeting."));
        assertFalse(has(a, EventType.MEETING, r -> r.actors().stream().anyMatch(x -> "CSTO".equals(x.organization()))));
        assertFalse(has(a, EventType.MEETING, r -> r.actors().stream().anyMatch(x -> "ASEAN".equals(x.organization()))));
        assertTrue(has(a, EventType.MEETING, r -> r.actors().stream().anyMatch(x -> "UNSC".equals(x.organization()))));
    }

    @Test
    void capitalSubjectAppealsDetentionsCountAndOwnMissionIsAMission() {
        ArticleAnalysis a = ENGINE.analyze(Articles.text("CARACAS, March 3, 2024 - Venezuelan soldiers crossed the"
                + " border on Saturday and detained three Guyanese miners, Guyana's army said. Georgetown accused"
                + " Caracas of aggression and turned to the Organization of American States for help. The OAS said it"
                + " would send a fact-finding mission next week. \"No Venezuelan soldier has entered Guyanese"
                + " territory,\" Defence Minister Vladimir Padrino said."));
        assertTrue(has(a, EventType.APPEAL, r -> "GY".equals(r.appeal().from()) && "OAS".equals(r.appeal().to())));
        assertTrue(has(a, EventType.CASUALTIES, r -> "GY".equals(r.party()) && r.counts() != null
                && Integer.valueOf(3).equals(r.counts().captured())));
        assertTrue(has(a, EventType.MISSION, r -> !r.negated()));
        assertFalse(has(a, EventType.STATEMENT, r -> r.claimedBy() != null && "Vladimir Padrino".equals(r.claimedBy().name())
                && "GY".equals(r.claimedBy().country())), "a quote's words are not the speaker's affiliation");
    }
}
