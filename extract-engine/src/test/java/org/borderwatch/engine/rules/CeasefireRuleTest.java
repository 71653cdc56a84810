package org.borderwatch.engine.rules;

import static org.borderwatch.engine.rules.RuleHarness.actor;
import static org.borderwatch.engine.rules.RuleHarness.has;
import static org.borderwatch.engine.rules.RuleHarness.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.EventType;
import org.junit.jupiter.api.Test;

class CeasefireRuleTest {

    private static final Rule RULE = new CeasefireRule();

    @Test
    void aCeasefireAgreedWithItsMediator() {
        List<EventRecord> r = run("Armenia and Azerbaijan agreed a ceasefire on the border brokered by Russia.", RULE);
        assertTrue(has(r, EventType.CEASEFIRE, e -> !e.negated() && actor(e, "mediator", "RU")
                && actor(e, "member", "AM") && actor(e, "member", "AZ")));
    }

    @Test
    void aViolatedCeasefireIsAViolationOnly() {
        List<EventRecord> r = run("Armenia said Azerbaijan violated the ceasefire on the border on Tuesday.", RULE);
        assertTrue(has(r, EventType.CEASEFIRE_VIOLATION, e -> !e.negated()));
        assertFalse(has(r, EventType.CEASEFIRE, e -> true));
    }

    @Test
    void anOfferToMediateWithoutACeasefire() {
        List<EventRecord> r = run("Venezuelan soldiers crossed into Guyana's Essequibo region on Friday. Brazil offered"
                + " to mediate.", RULE);
        assertTrue(has(r, EventType.MEDIATION, e -> actor(e, "mediator", "BR")));
    }

    @Test
    void mediationAskedForOrATitleIsNoMediation() {
        for (String text : new String[] {
                "Eritrean and Djiboutian troops clashed at the border. The council pressed Eritrea to accept African"
                        + " Union mediation.",
                "Eritrean and Djiboutian troops clashed at the border. Djibouti called for Qatari mediation.",
                "Syrian shells hit a Turkish town. The minister spoke with the UN mediator Lakhdar Jones."}) {
            List<EventRecord> r = run(text, RULE);
            assertTrue(RuleHarness.of(r, EventType.MEDIATION).isEmpty(), text);
        }
        List<EventRecord> done = run("Eritrean and Djiboutian troops clashed at the border. Qatar mediated talks between"
                + " the two governments.", RULE);
        assertTrue(has(done, EventType.MEDIATION, e -> true));
    }
}
