package org.borderwatch.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.borderwatch.contract.ArticleAnalysis;
import org.junit.jupiter.api.Test;

/**
 * The incident test on invented texts: encounters at sea and in the air, incidents told without the word "border",
 * and neighbours named together in news that is no incident.
 */
class BorderIncidentDecisionTest {

    private static final BorderwatchAnalyzer ENGINE = BorderwatchAnalyzer.create();

    private static ArticleAnalysis analyze(String text) {
        return ENGINE.analyze(Articles.text(text, "2024-05-10"));
    }

    @Test
    void aCoastGuardFiringWaterCannonNearAShoalIsAnIncident() {
        ArticleAnalysis a = analyze("Manila protests after water cannon attack\n\nA Chinese coast guard ship fired a"
                + " water cannon at a Philippine supply boat near the disputed shoal on Thursday, the Philippine"
                + " coast guard said. Manila summoned China's envoy.");
        assertTrue(a.isBorderIncident(), a.toString());
        assertEquals(Set.of("PH", "CN"), Set.copyOf(a.countries()));
    }

    @Test
    void navyBoatsRammedAndSeizedInAStraitAreAnIncident() {
        ArticleAnalysis a = analyze("Navy boats seized in the strait\n\nRussian coast guard vessels rammed a Ukrainian"
                + " tugboat on Sunday and seized three Ukrainian navy boats in the strait, Kyiv said.");
        assertTrue(a.isBorderIncident(), a.toString());
    }

    @Test
    void helicoptersViolatingAirspaceAreAnIncident() {
        ArticleAnalysis a = analyze("Dhaka summons envoy over airspace\n\nBangladesh said on Thursday that Myanmar"
                + " military helicopters violated Bangladeshi airspace three times this week.");
        assertTrue(a.isBorderIncident(), a.toString());
    }

    @Test
    void onePartysStrikesOnTheOthersArmyNeedNoBorderWord() {
        ArticleAnalysis a = analyze("Strikes after a boy is killed\n\nIsraeli aircraft struck nine Syrian army"
                + " positions overnight on Monday after a teenager was killed by a blast, the Israeli military said.");
        assertTrue(a.isBorderIncident(), a.toString());
    }

    @Test
    void citizensDetainedByTheOtherStatesForcesNearTheLineAreAnIncident() {
        ArticleAnalysis a = analyze("Villagers detained near the dividing line\n\nRussian border guards detained"
                + " four Georgian villagers near the village on Friday, the Georgian security service said. The"
                + " villagers were picking berries close to the administrative boundary line.");
        assertTrue(a.isBorderIncident(), a.toString());
    }

    @Test
    void airRaidsOnTheOtherStatesVillagesAreAnIncident() {
        ArticleAnalysis a = analyze("Chad accuses Sudan of air raids\n\nChad said two Sudanese aircraft had been"
                + " bombing villages on its side of the border since Monday.");
        assertTrue(a.isBorderIncident(), a.toString());
    }

    @Test
    void neighboursInSportTradeAndDisasterNewsAreNoIncident() {
        assertFalse(analyze("Algeria and Morocco meet in the semi-final\n\nAlgeria attacked from the first minute"
                + " and Morocco struck back before half-time in the Arab Cup match in Doha.").isBorderIncident());
        assertFalse(analyze("Trucks queue at the crossing\n\nHundreds of trucks queued on the border between"
                + " Kyrgyzstan and Kazakhstan on Tuesday as customs checks slowed trade, drivers said.")
                .isBorderIncident());
        assertFalse(analyze("Rescuers return home\n\nGreek rescuers who worked in the quake zone in Turkey returned"
                + " to Athens on Friday; the maritime dispute between Greece and Turkey was not mentioned.")
                .isBorderIncident());
    }
}
