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

    @Test
    void askedTwoRecipientsForHelpNamedInsideThePhrase() {
        List<EventRecord> r = run("Armenian and Azerbaijani troops exchanged fire on the border. Armenia asked Moscow and"
                + " the CSTO for military help.", RULE);
        assertTrue(has(r, EventType.APPEAL, e -> appeal(e, "AM", "RU")));
        assertTrue(has(r, EventType.APPEAL, e -> appeal(e, "AM", "CSTO")));
    }

    @Test
    void invokedArticleAndConsultationsAskedOfTheAlliance() {
        List<EventRecord> r = run("Syrian shells hit a Turkish border town on Wednesday. Turkey asked NATO for"
                + " consultations and invoked Article 4 of the treaty.", RULE);
        assertTrue(has(r, EventType.APPEAL, e -> appeal(e, "TR", "NATO") && "Article 4".equals(e.appeal().instrument())));
    }

    @Test
    void aBodyAskedUrgedOrWrittenToIsAppealedTo() {
        List<EventRecord> asked = run("Thai and Cambodian troops exchanged fire near the temple. Cambodia asked the UN"
                + " Security Council to convene an urgent meeting.", RULE);
        assertTrue(has(asked, EventType.APPEAL, e -> appeal(e, "KH", "UNSC")));
        List<EventRecord> letter = run("Eritrean and Djiboutian troops exchanged fire at the border. In a letter to the president of"
                + " the UN Security Council, Djibouti asked for measures to prevent a war.", RULE);
        assertTrue(has(letter, EventType.APPEAL, e -> appeal(e, "DJ", "UNSC")));
        List<EventRecord> protested = run("A Syrian mortar round killed five people in a Turkish border town. Turkey"
                + " protested the attack to the NATO alliance.", RULE);
        assertTrue(has(protested, EventType.APPEAL, e -> appeal(e, "TR", "NATO")));
        List<EventRecord> meeting = run("Thai and Cambodian troops exchanged fire near the temple. Cambodia called for an"
                + " emergency meeting of the UN Security Council.", RULE);
        assertTrue(has(meeting, EventType.APPEAL, e -> appeal(e, "KH", "UNSC")));
    }

    @Test
    void aStateAskedToActIsNoAppealAndAThirdPartyAsksNothing() {
        List<EventRecord> demand = run("Thai and Cambodian troops exchanged fire near the temple. Cambodia asked Thailand"
                + " to withdraw its soldiers.", RULE);
        assertTrue(of(demand, EventType.APPEAL).isEmpty());
        List<EventRecord> third = run("Thai and Cambodian troops exchanged fire near the temple. France urged the UN"
                + " Security Council to meet.", RULE);
        assertTrue(of(third, EventType.APPEAL).isEmpty());
    }

    @Test
    void aRequestOfBothGovernmentsIsAnAppealOfEach() {
        List<EventRecord> r = run("Belizean and Guatemalan patrols exchanged fire near the border. The OAS will send a"
                + " team at the request of both governments.", RULE);
        assertTrue(has(r, EventType.APPEAL, e -> appeal(e, "BZ", "OAS")));
        assertTrue(has(r, EventType.APPEAL, e -> appeal(e, "GT", "OAS")));
    }

    @Test
    void aStateNamedAsThePlaceOfTheBodyIsNoRecipient() {
        List<EventRecord> r = run("Israeli and Lebanese troops exchanged fire at the border. Israel lodged a complaint"
                + " with the UN force in southern Lebanon.", RULE);
        assertTrue(of(r, EventType.APPEAL).stream().noneMatch(e -> "LB".equals(e.appeal().to())));
    }

    @Test
    void everyBodyAskedInOneSentenceAndOneGoneToIsAppealedTo() {
        List<EventRecord> r = run("A Syrian mortar round killed five people in a Turkish border town. Turkey protested"
                + " the attack to NATO and to the United Nations.", RULE);
        assertTrue(has(r, EventType.APPEAL, e -> appeal(e, "TR", "NATO")));
        assertTrue(has(r, EventType.APPEAL, e -> appeal(e, "TR", "UN")));
        List<EventRecord> two = run("Thai and Cambodian troops exchanged fire near the temple. Cambodia urged the UN to"
                + " send peacekeepers a day after asking the UN Security Council to meet.", RULE);
        assertTrue(has(two, EventType.APPEAL, e -> appeal(e, "KH", "UN")));
        assertTrue(has(two, EventType.APPEAL, e -> appeal(e, "KH", "UNSC")));
        List<EventRecord> went = run("Thai and Cambodian troops exchanged fire near the temple. Cambodia goes to UN over"
                + " the clashes.", RULE);
        assertTrue(has(went, EventType.APPEAL, e -> appeal(e, "KH", "UN")));
    }
}
