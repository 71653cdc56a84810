package org.borderwatch.engine.rules;

import static org.borderwatch.engine.rules.RuleHarness.has;
import static org.borderwatch.engine.rules.RuleHarness.organization;
import static org.borderwatch.engine.rules.RuleHarness.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.EventType;
import org.junit.jupiter.api.Test;

class OrganizationContactRuleTest {

    private static final Rule RULE = new OrganizationContactRule();

    @Test
    void theSubjectOrganizationMetAndAFutureSummitIsNoMeeting() {
        List<EventRecord> r = run(" date 2021-05-03 Kyrgyz and Tajik troops clashed at the border on Thursday. A deputy"
                + " said that the Collective Security Treaty Organization looks away and urged the government to raise"
                + " the question at the next summit. The UN Security Council on Monday declined Cambodia's request, and"
                + " backed mediation by the Association of Southeast Asian Nations, diplomats said after a closed-door"
                + " meeting.", RULE);
        assertTrue(has(r, EventType.MEETING, e -> organization(e, "initiator", "UNSC")));
        assertFalse(has(r, EventType.MEETING, e -> organization(e, "initiator", "CSTO")));
        assertFalse(has(r, EventType.MEETING, e -> organization(e, "initiator", "ASEAN")));
    }

    @Test
    void consultationsOfTheOrganizationNamed() {
        List<EventRecord> r = run("Kyrgyz and Tajik border guards exchanged fire on Thursday. The CSTO secretariat is in"
                + " close contact with both sides.", RULE);
        assertTrue(has(r, EventType.CONSULTATION, e -> organization(e, "initiator", "CSTO")));
    }

    @Test
    void aStatementOfTheOrganizationItselfWithItsQuote() {
        List<EventRecord> r = run("Armenia and Azerbaijan exchanged fire on the border. The CSTO said in a statement"
                + " that it was “deeply concerned” by the fighting.", RULE);
        assertTrue(has(r, EventType.STATEMENT, e -> "deeply concerned".equals(e.quote())
                && e.actors().stream().anyMatch(a -> "speaker".equals(a.role()) && "CSTO".equals(a.organization()))));
    }

    @Test
    void aBodyCondemningIsItsStatementButAPartyCondemningIsNot() {
        List<EventRecord> r = run("Eritrean and Djiboutian troops clashed at the border. The UN Security Council on"
                + " Friday condemned the raids against Djibouti.", RULE);
        assertTrue(has(r, EventType.STATEMENT, e -> organization(e, "speaker", "UNSC")));
        List<EventRecord> party = run("Eritrean and Djiboutian troops clashed at the border. At the UN, Djibouti"
                + " condemned the raids.", RULE);
        assertFalse(has(party, EventType.STATEMENT, e -> organization(e, "speaker", "UN")));
    }

    @Test
    void anEnvoyToTheUnitedNationsSpeaksForHisState() {
        List<EventRecord> r = run("Eritrean and Djiboutian troops clashed at the border. The French ambassador to the"
                + " United Nations said the raids must stop.", RULE);
        assertFalse(has(r, EventType.STATEMENT, e -> organization(e, "speaker", "UN")));
    }
}
