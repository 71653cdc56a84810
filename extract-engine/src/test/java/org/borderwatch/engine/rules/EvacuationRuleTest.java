package org.borderwatch.engine.rules;

import static org.borderwatch.engine.rules.RuleHarness.has;
import static org.borderwatch.engine.rules.RuleHarness.run;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.EventType;
import org.junit.jupiter.api.Test;

class EvacuationRuleTest {

    private static final Rule RULE = new EvacuationRule();

    @Test
    void peopleEvacuatedAreCountedCivilians() {
        List<EventRecord> r = run("Kyrgyz and Tajik border guards exchanged fire on Thursday. More than 2,000 people"
                + " were evacuated from Kyrgyz villages near the border.", RULE);
        assertTrue(has(r, EventType.EVACUATION, e -> "KG".equals(e.party()) && Boolean.TRUE.equals(e.civilian())
                && Integer.valueOf(2000).equals(e.counts().evacuated()) && "more than".equals(e.counts().qualifier())));
    }

    @Test
    void familiesThatFledWithoutANumber() {
        List<EventRecord> r = run("Several families fled the border town of Chaman in Pakistan after the shelling.", RULE);
        assertTrue(has(r, EventType.EVACUATION, e -> e.counts() == null && !e.negated()));
    }
}
