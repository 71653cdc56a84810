package org.borderwatch.engine.rules;

import static org.borderwatch.engine.rules.RuleHarness.actor;
import static org.borderwatch.engine.rules.RuleHarness.has;
import static org.borderwatch.engine.rules.RuleHarness.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.EventType;
import org.junit.jupiter.api.Test;

class IncursionRuleTest {

    private static final Rule RULE = new IncursionRule();

    @Test
    void forcesThatCrossAreTheInitiatorAndTheDepthIsKept() {
        List<EventRecord> r = run(" date 2024-03-14 Indian troops crossed the Line of Actual Control near Depsang on"
                + " Tuesday and advanced 3 km into Chinese territory, Beijing said.", RULE);
        assertTrue(has(r, EventType.INCURSION, e -> actor(e, "initiator", "IN") && actor(e, "target", "CN")
                && Double.valueOf(3.0).equals(e.counts().distanceKm()) && "2024-03-12".equals(e.date())));
    }

    @Test
    void milesAreKilometres() {
        assertEquals(8.0, IncursionRule.distanceKm("pushed 5 miles into the valley", 0));
        assertEquals(3.5, IncursionRule.distanceKm("advanced 3,5 km", 0));
    }

    @Test
    void aDenialIsANegatedIncursionAndABreachOfTheCeasefireIsNone() {
        List<EventRecord> denied = run("Venezuelan soldiers crossed into Guyana's Essequibo region on Friday, Guyana"
                + " said. Venezuela denied the incursion.", RULE);
        assertTrue(has(denied, EventType.INCURSION, e -> !e.negated() && actor(e, "initiator", "VE")));
        assertTrue(has(denied, EventType.INCURSION, EventRecord::negated));
        assertFalse(has(run("Armenia reported a breach of the ceasefire on the border with Azerbaijan.", RULE),
                EventType.INCURSION, e -> true));
    }

    @Test
    void aPartysOfficialReportingTheOtherSidesIncursionAccusesIt() {
        List<EventRecord> r = run("Venezuelan soldiers crossed the border on Saturday and detained three Guyanese"
                + " miners, Guyana's army said.", RULE);
        assertTrue(has(r, EventType.ACCUSATION, e -> actor(e, "initiator", "GY") && actor(e, "target", "VE")));
    }

    @Test
    void airspaceAndTerritorialWatersViolationsAreIncursions() {
        assertTrue(has(run("Myanmar military helicopters violated Bangladeshi airspace three times, Bangladesh said.",
                RULE), EventType.INCURSION, e -> actor(e, "initiator", "MM") && actor(e, "target", "BD")));
        assertTrue(has(run("Colombia protested a violation of its airspace by two Venezuelan military aircraft.",
                RULE), EventType.INCURSION, e -> actor(e, "target", "CO") || actor(e, "target", "VE")));
        assertTrue(has(run("Greece said two Turkish jets violated Greece’s airspace over the islands.", RULE),
                EventType.INCURSION, e -> actor(e, "initiator", "TR") && actor(e, "target", "GR")));
        assertTrue(has(run("A Venezuelan navy patrol boat entered Guyanese territorial waters on Saturday.", RULE),
                EventType.INCURSION, e -> actor(e, "initiator", "VE") && actor(e, "target", "GY")));
    }
}
