package org.borderwatch.engine;

import static org.borderwatch.engine.BorderwatchAnalyzerTest.has;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.borderwatch.contract.ArticleAnalysis;
import org.borderwatch.contract.EventType;
import org.junit.jupiter.api.Test;

/**
 * Invented articles for state pairs that neither the seeds nor the dev set contain, written in other outlets' styles
 * (byline, date line, boilerplate footer): the rules must be general, not fitted to the labeled sentences.
 */
class GeneralizationTest {

    private static final BorderwatchAnalyzer ENGINE = BorderwatchAnalyzer.create();

    private static final String VENEZUELA_GUYANA = "By Maria Lopez, for Andes Post, March 3, 2024\n\n"
            + "Venezuelan soldiers crossed into Guyana's Essequibo region on Friday and detained three Guyanese miners,"
            + " Guyana's foreign ministry said on Saturday. Georgetown accused Caracas of a flagrant violation of its"
            + " sovereignty and turned to the Organization of American States for help. Venezuela denied the"
            + " incursion. About 2,000 Venezuelan troops were massed near the border, according to a Guyanese security"
            + " source. Brazil offered to mediate.\n\nThank you for being among our readers. Sign up for our"
            + " newsletter.";

    private static final String PAKISTAN_INDIA = " date 2019-02-27 At least four Pakistani civilians were killed and a"
            + " dozen wounded when Indian troops shelled villages along the Line of Control in Kotli overnight,"
            + " Pakistan's military said on Wednesday.";

    @Test
    void bylineDateWeekdayAndClaimantOfAnIncursion() {
        ArticleAnalysis a = ENGINE.analyze(Articles.text(VENEZUELA_GUYANA));
        assertEquals("2024-03-03", a.published());
        assertEquals(Set.of("VE", "GY"), Set.copyOf(a.countries()));
        assertTrue(a.isBorderIncident());
        assertTrue(has(a, EventType.INCURSION, r -> !r.negated() && "2024-03-01".equals(r.date())
                && r.claimedBy() != null && "GY".equals(r.claimedBy().country())
                && r.actors().stream().anyMatch(x -> "initiator".equals(x.role()) && "VE".equals(x.country()))));
        // the denial is kept, negated, beside the claim
        assertTrue(has(a, EventType.INCURSION, r -> r.negated()));
        assertTrue(has(a, EventType.ACCUSATION, r -> BorderwatchAnalyzerTest.accuser(r, "GY")
                && BorderwatchAnalyzerTest.target(r, "VE")));
        assertTrue(has(a, EventType.APPEAL, r -> !r.negated() && "OAS".equals(r.appeal().to())));
        assertTrue(has(a, EventType.TROOP_PRESENCE, r -> "VE".equals(r.party()) && r.counts() != null
                && Integer.valueOf(2000).equals(r.counts().troops()) && "about".equals(r.counts().qualifier())));
        assertTrue(has(a, EventType.MEDIATION, r -> r.actors().stream()
                .anyMatch(x -> "mediator".equals(x.role()) && "BR".equals(x.country()))));
        a.events().forEach(r -> assertFalse(r.evidence().sentence().contains("among our readers")));
    }

    @Test
    void civilianTollWithQualifiersAndWordNumbers() {
        ArticleAnalysis a = ENGINE.analyze(Articles.text(PAKISTAN_INDIA));
        assertEquals(Set.of("PK", "IN"), Set.copyOf(a.countries()));
        assertTrue(has(a, EventType.CASUALTIES, r -> "PK".equals(r.party()) && Boolean.TRUE.equals(r.civilian())
                && Integer.valueOf(4).equals(r.counts().killed()) && "at least".equals(r.counts().qualifier())));
        assertTrue(has(a, EventType.CASUALTIES, r -> "PK".equals(r.party())
                && Integer.valueOf(12).equals(r.counts().wounded())));
        assertTrue(has(a, EventType.ATTACK, r -> r.actors().stream()
                .anyMatch(x -> "initiator".equals(x.role()) && "IN".equals(x.country()))));
        assertTrue(has(a, EventType.CASUALTIES, r -> "2019-02-27".equals(r.date())));
    }

    @Test
    void aFootballMatchIsNoBorderIncident() {
        ArticleAnalysis a = ENGINE.analyze(Articles.text(" date 2023-10-12 Armenia beat Azerbaijan 2-1 in a tense"
                + " qualifier in Yerevan on Tuesday. The next match between the two sides will be played in Baku in"
                + " May."));
        assertFalse(a.isBorderIncident());
        assertFalse(has(a, EventType.CASUALTIES, r -> true));
    }
}
