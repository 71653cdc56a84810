package org.borderwatch.engine.rules;

import static org.borderwatch.engine.rules.RuleHarness.has;
import static org.borderwatch.engine.rules.RuleHarness.of;
import static org.borderwatch.engine.rules.RuleHarness.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.EventType;
import org.junit.jupiter.api.Test;

class AppealRuleTest {

    private static final Rule RULE = new AppealRule();

    private static boolean appeal(EventRecord e, String from, String to) {
        return !e.negated() && from.equals(e.appeal().from()) && to.equals(e.appeal().to());
    }

    @Test
    void askedAnOrganizationToHelp() {
        List<EventRecord> r = run("Sudan said on Tuesday that an Ethiopian militia ambushed a Sudanese army patrol near"
                + " the border. Sudan asked the African Union to help bring the two sides to the negotiating table.", RULE);
        assertTrue(has(r, EventType.APPEAL, e -> appeal(e, "SD", "AU")));
    }

    @Test
    void theSubjectOfTheClauseAppealsToEveryRecipientNamed() {
        List<EventRecord> r = run("Venezuelan soldiers crossed the border on Saturday. Georgetown accused Caracas of"
                + " aggression and turned to the Organization of American States for help.", RULE);
        assertTrue(has(r, EventType.APPEAL, e -> appeal(e, "GY", "OAS")));
        List<EventRecord> three = run("Armenia and Azerbaijan exchanged fire on the border. Armenia turned to Russia,"
                + " the CSTO and the UN Security Council.", RULE);
        assertEquals(Set.of("RU", "CSTO", "UNSC"), Set.copyOf(of(three, EventType.APPEAL).stream()
                .map(e -> e.appeal().to()).toList()));
    }

    @Test
    void anInstrumentNamedInOneSentenceIsTheAppeals() {
        List<EventRecord> r = run("Armenia and Azerbaijan exchanged fire on the border. Armenia asked the CSTO to invoke"
                + " Article 4 of the treaty.", RULE);
        assertTrue(has(r, EventType.APPEAL, e -> appeal(e, "AM", "CSTO") && "Article 4".equals(e.appeal().instrument())));
    }
}
