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
}
