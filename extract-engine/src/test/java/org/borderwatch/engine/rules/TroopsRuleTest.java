package org.borderwatch.engine.rules;

import static org.borderwatch.engine.rules.RuleHarness.has;
import static org.borderwatch.engine.rules.RuleHarness.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.EventType;
import org.junit.jupiter.api.Test;

class TroopsRuleTest {

    private static final Rule RULE = new TroopsRule();

    private static boolean troops(EventRecord e, String party, int n) {
        return party.equals(e.party()) && Integer.valueOf(n).equals(e.counts().troops())
                && Boolean.FALSE.equals(e.civilian());
    }

    @Test
    void theDemonymOwnsTheTroops() {
        List<EventRecord> r = run("India accused China of trying to change the status quo on the Line of Actual"
                + " Control. About 50,000 Chinese troops are stationed in the region, Indian officials said.", RULE);
        assertTrue(has(r, EventType.TROOP_PRESENCE, e -> troops(e, "CN", 50000) && "about".equals(e.counts().qualifier())));
    }

    @Test
    void eachSideGivesOneRecordPerParty() {
        List<EventRecord> r = run("India and China keep about 50,000 troops each along the border.", RULE);
        assertTrue(has(r, EventType.TROOP_PRESENCE, e -> troops(e, "IN", 50000)));
        assertTrue(has(r, EventType.TROOP_PRESENCE, e -> troops(e, "CN", 50000)));
    }

    @Test
    void killedSoldiersAreNoPresence() {
        assertFalse(has(run("Five Armenian soldiers were killed near the border with Azerbaijan on Tuesday.", RULE),
                EventType.TROOP_PRESENCE, e -> true));
    }

    @Test
    void theStateThatSendsTheTroopsOwnsThem() {
        List<EventRecord> r = run("Honduras has sent 2,500 troops to its border with Nicaragua after a farmer was"
                + " shot dead.", RULE);
        assertTrue(has(r, EventType.TROOP_PRESENCE, e -> troops(e, "HN", 2500)));
    }

    @Test
    void armoredPersonnelCarriersAreNoTroops() {
        List<EventRecord> r = run("Tajikistan deployed three armored personnel carriers and about 60 soldiers at the"
                + " disputed border section near the Kyrgyz village.", RULE);
        assertTrue(has(r, EventType.TROOP_PRESENCE, e -> troops(e, "TJ", 60)));
        assertFalse(has(r, EventType.TROOP_PRESENCE, e -> Integer.valueOf(3).equals(e.counts().troops())));
    }

    @Test
    void aRangeOfTwoDemonymsGivesTheLowerBoundToEach() {
        List<EventRecord> r = run("Around 300-400 Thai and Cambodian troops each are facing one another at the"
                + " temple, officials said.", RULE);
        assertTrue(has(r, EventType.TROOP_PRESENCE, e -> troops(e, "TH", 300)));
        assertTrue(has(r, EventType.TROOP_PRESENCE, e -> troops(e, "KH", 300)));
    }

    @Test
    void personnelBelongingToAStateAreItsTroops() {
        List<EventRecord> r = run("Guyana said about 20 armed personnel belonging to the armed forces of Venezuela"
                + " landed near the river.", RULE);
        assertTrue(has(r, EventType.TROOP_PRESENCE, e -> troops(e, "VE", 20)));
    }

    @Test
    void aDayOfTheMonthIsNoTroopCount() {
        List<EventRecord> r = run("Colombia protested on March 14 the incursion of Venezuelan helicopters and troops,"
                + " which were stationed briefly on its territory.", RULE);
        assertFalse(has(r, EventType.TROOP_PRESENCE, e -> true));
    }

    @Test
    void theTwoForcesAndVictimsAreNoTroopCounts() {
        List<EventRecord> r = run("The two forces have been in a stand-off at the border since May. The victims are"
                + " two Peruvian border guards, Peru's army said of the clash with Ecuadorian troops stationed nearby.",
                RULE);
        assertFalse(has(r, EventType.TROOP_PRESENCE, e -> true));
    }

    @Test
    void ourSoldiersFacingThemAreTheClaimantsTroops() {
        List<EventRecord> r = run("“Forty of our soldiers faced their patrol at the border post,” Armenia's defence"
                + " ministry said of the standoff with Azerbaijan.", RULE);
        assertTrue(has(r, EventType.TROOP_PRESENCE, e -> troops(e, "AM", 40)));
    }

    @Test
    void lowercaseRolesBetweenCountAndNounStillCount() {
        List<EventRecord> r = run("Honduras's defence minister told reporters that 45 security personnel had been"
                + " deployed to the border area with Nicaragua.", RULE);
        assertTrue(has(r, EventType.TROOP_PRESENCE, e -> Integer.valueOf(45).equals(e.counts().troops())));
        assertFalse(has(run("Colombia protested on November 21 the incursion of a helicopter and troops stationed"
                + " on its territory.", RULE), EventType.TROOP_PRESENCE, e -> true));
    }
}
