package org.borderwatch.engine.rules;

import static org.borderwatch.engine.rules.RuleHarness.actor;
import static org.borderwatch.engine.rules.RuleHarness.has;
import static org.borderwatch.engine.rules.RuleHarness.run;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.EventType;
import org.junit.jupiter.api.Test;

class DemandAndThreatRuleTest {

    private static final Rule RULE = new DemandAndThreatRule();

    @Test
    void theClaimantsStateDemandsOfTheOtherParty() {
        List<EventRecord> r = run("Armenian and Azerbaijani troops exchanged fire on the border. Armenia's foreign"
                + " ministry said it demands the withdrawal of Azerbaijani troops from its territory.", RULE);
        assertTrue(has(r, EventType.DEMAND, e -> actor(e, "initiator", "AM") && actor(e, "target", "AZ")
                && e.summary().startsWith("the withdrawal of Azerbaijani troops")));
    }

    @Test
    void theStateBeforeTheVerbThreatens() {
        List<EventRecord> r = run("Armenian and Azerbaijani troops exchanged fire on the border. Azerbaijan threatened"
                + " to respond with force.", RULE);
        assertTrue(has(r, EventType.THREAT, e -> actor(e, "initiator", "AZ") && actor(e, "target", "AM")
                && "to respond with force.".equals(e.summary())));
    }

    @Test
    void aBodyCallingUponThePartiesToStopDemandsAsAnOrganization() {
        List<EventRecord> r = run("Eritrean and Djiboutian troops clashed at the border. The UN Security Council called"
                + " upon the parties to commit to a ceasefire.", RULE);
        assertTrue(has(r, EventType.DEMAND, e -> RuleHarness.organization(e, "initiator", "UNSC")
                && e.summary().contains("ceasefire")));
    }
}
