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

class OrganizationDecisionRuleTest {

    private static final Rule RULE = new OrganizationDecisionRule();

    @Test
    void aMissionNotDecidedIsNegatedAndOneAnnouncedIsAsserted() {
        List<EventRecord> notMade = run("Kyrgyzstan and Tajikistan agreed a ceasefire on the border on Sunday. A decision"
                + " to send a monitoring mission was not made, the CSTO said.", RULE);
        assertTrue(has(notMade, EventType.MISSION, e -> e.negated() && organization(e, "initiator", "CSTO")));
        assertFalse(has(notMade, EventType.MISSION, e -> !e.negated()));
        List<EventRecord> announced = run("Georgetown accused Caracas of aggression and turned to the Organization of"
                + " American States for help. The OAS said it would send a fact-finding mission next week.", RULE);
        assertTrue(has(announced, EventType.MISSION, e -> !e.negated()));
    }

    @Test
    void aStatesDiplomaticMissionIsNoMission() {
        assertFalse(has(run("Lebanon's foreign minister said he had instructed Lebanon's mission in New York to file a"
                + " complaint with the United Nations Security Council.", RULE), EventType.MISSION, e -> true));
    }

    @Test
    void aRefusalCarriesItsReason() {
        List<EventRecord> r = run("Armenia asked the CSTO for help. The CSTO declined the request, calling it a “border"
                + " incident” between two member states.", RULE);
        assertTrue(has(r, EventType.REJECTION, e -> "border incident".equals(e.summary())
                && organization(e, "initiator", "CSTO")));
    }

    @Test
    void observersSentAreAMissionNotAMonitoring() {
        List<EventRecord> r = run("Armenia and Azerbaijan exchanged fire on the border. The OSCE decided to send"
                + " observers to the border.", RULE);
        assertTrue(has(r, EventType.MISSION, e -> organization(e, "initiator", "OSCE")));
        assertFalse(has(r, EventType.MONITORING, e -> true));
        assertTrue(has(run("Armenia and Azerbaijan exchanged fire on the border. The OSCE is monitoring the situation.",
                RULE), EventType.MONITORING, e -> organization(e, "initiator", "OSCE")));
    }

    @Test
    void aMissionRefusedIsARejectionAndANegatedMission() {
        List<EventRecord> r = run("Armenian and Azerbaijani troops exchanged fire. The CSTO declined to send a mission"
                + " to the border.", RULE);
        assertTrue(has(r, EventType.REJECTION, e -> organization(e, "initiator", "CSTO")));
        assertTrue(has(r, EventType.MISSION, e -> e.negated()));
        List<EventRecord> ruledOut = run("Armenian and Azerbaijani troops exchanged fire. The CSTO ruled out a"
                + " peacekeeping mission.", RULE);
        assertTrue(has(ruledOut, EventType.REJECTION, e -> organization(e, "initiator", "CSTO")));
        assertFalse(has(ruledOut, EventType.MISSION, e -> !e.negated()));
        List<EventRecord> refused = run("Armenian and Azerbaijani troops exchanged fire. The alliance refused to deploy"
                + " peacekeepers.", RULE);
        assertFalse(has(refused, EventType.MISSION, e -> !e.negated()));
    }

    @Test
    void aPartysOwnRefusalAtAnOrganizationsMeetingIsNoOrganizationAction() {
        List<EventRecord> r = run("Armenian and Azerbaijani troops exchanged fire. The secretary of Armenia's"
                + " security council, Armen Sargsyan, ruled out the corridor at a meeting of CSTO officials.", RULE);
        assertFalse(has(r, EventType.REJECTION, e -> true));
        List<EventRecord> reported = run("Armenian and Azerbaijani troops exchanged fire. Armenia said the CSTO refused"
                + " its request.", RULE);
        assertTrue(has(reported, EventType.REJECTION, e -> organization(e, "initiator", "CSTO")));
    }
}
