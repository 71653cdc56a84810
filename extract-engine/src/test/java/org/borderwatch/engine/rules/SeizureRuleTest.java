package org.borderwatch.engine.rules;

import static org.borderwatch.engine.rules.RuleHarness.actor;
import static org.borderwatch.engine.rules.RuleHarness.has;
import static org.borderwatch.engine.rules.RuleHarness.run;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.EventType;
import org.junit.jupiter.api.Test;

class SeizureRuleTest {

    private static final Rule RULE = new SeizureRule();

    private static boolean seizure(List<EventRecord> r, String captor, String taken) {
        return has(r, EventType.ATTACK, e -> SeizureRule.SUMMARY.equals(e.summary()) && actor(e, "initiator", captor)
                && actor(e, "target", taken));
    }

    @Test
    void forcesThatDetainTheOtherPartysCitizensAreTheCaptor() {
        assertTrue(seizure(run("Russian troops detained a Georgian shepherd near the village on Tuesday, Georgia's"
                + " security service said.", RULE), "RU", "GE"));
    }

    @Test
    void thePassiveNamesTheCaptorAfterBy() {
        assertTrue(seizure(run("Three Kenyan officers were arrested by Ugandan police on an island in the lake,"
                + " Kenya said.", RULE), "UG", "KE"));
    }

    @Test
    void anAbductionAtACheckpointIsASeizure() {
        assertTrue(seizure(run("Estonia said an officer of its security police was abducted at gunpoint by Russian"
                + " agents at a checkpoint and taken to Russia.", RULE), "RU", "EE"));
    }

    @Test
    void aStateArrestingItsOwnPeopleOrNoAuthorityIsNoSeizure() {
        assertTrue(run("Kenyan police arrested five smugglers in Busia on Monday.", RULE).isEmpty());
        assertTrue(run("Fans of Morocco and Algeria argued before the match, and nobody was detained by anyone.",
                RULE).isEmpty());
    }
}
