package org.borderwatch.engine.rules;

import static org.borderwatch.engine.rules.RuleHarness.actor;
import static org.borderwatch.engine.rules.RuleHarness.has;
import static org.borderwatch.engine.rules.RuleHarness.run;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.EventType;
import org.junit.jupiter.api.Test;

class AccusationRuleTest {

    private static final Rule RULE = new AccusationRule();

    private static boolean accuses(EventRecord e, String accuser, String accused) {
        return actor(e, "initiator", accuser) && actor(e, "target", accused);
    }

    @Test
    void theSubjectAccusesTheStateAfterTheVerb() {
        List<EventRecord> r = run("India accused China of trying to change the status quo on the Line of Actual"
                + " Control.", RULE);
        assertTrue(has(r, EventType.ACCUSATION, e -> accuses(e, "IN", "CN")));
    }

    @Test
    void eachOtherIsBothDirections() {
        List<EventRecord> r = run("Armenia and Azerbaijan accused each other of opening fire on the border.", RULE);
        assertTrue(has(r, EventType.ACCUSATION, e -> accuses(e, "AM", "AZ") && "mutual".equals(e.summary())));
        assertTrue(has(r, EventType.ACCUSATION, e -> accuses(e, "AZ", "AM")));
    }

    @Test
    void sayingTheOtherSidesTroopsAreBlockingIsAnAccusation() {
        List<EventRecord> r = run("Indian and Chinese troops remain deployed along the border. No progress was made on"
                + " the Depsang plains, where India says Chinese troops are blocking its patrols.", RULE);
        assertTrue(has(r, EventType.ACCUSATION, e -> accuses(e, "IN", "CN")));
    }

    @Test
    void aPossessiveBodyAndAPronounSpeakForTheirState() {
        List<EventRecord> r = run(" date 2021-04-30 Kyrgyz and Tajik border guards exchanged fire on Thursday. Tajikistan"
                + " gave a different account. Its State Committee for National Security said Kyrgyz forces had opened"
                + " fire first, and it accused Kyrgyzstan of trying to seize the water point. Kyrgyzstan's foreign"
                + " ministry rejected that account and accused Tajikistan of a planned attack.", RULE);
        assertTrue(has(r, EventType.ACCUSATION, e -> accuses(e, "TJ", "KG")));
        assertTrue(has(r, EventType.ACCUSATION, e -> accuses(e, "KG", "TJ")));
    }
}
