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

    @Test
    void tradingAccusationsIsBothDirections() {
        List<EventRecord> r = run("Kyrgyzstan and Uzbekistan traded accusations after the shooting at the border post.", RULE);
        assertTrue(has(r, EventType.ACCUSATION, e -> accuses(e, "KG", "UZ")));
        assertTrue(has(r, EventType.ACCUSATION, e -> accuses(e, "UZ", "KG")));
    }

    @Test
    void aSubjectBehindOnItsPartAccuses() {
        List<EventRecord> r = run("Armenian and Azerbaijani forces exchanged fire near the border. Baku, on its part,"
                + " accused Yerevan of shelling its villages.", RULE);
        assertTrue(has(r, EventType.ACCUSATION, e -> accuses(e, "AZ", "AM")));
    }

    @Test
    void aDiplomaticProtestAccusesTheOtherParty() {
        List<EventRecord> r = run("Indian and Pakistani troops exchanged fire along the border on Friday. India summoned"
                + " a senior Pakistani diplomat over the shelling.", RULE);
        assertTrue(has(r, EventType.ACCUSATION, e -> accuses(e, "IN", "PK")));
        List<EventRecord> s = run("A Russian patrol boat fired on a Japanese fishing boat near the border, drawing a"
                + " sharp protest from Tokyo.", RULE);
        assertTrue(has(s, EventType.ACCUSATION, e -> accuses(e, "JP", "RU")));
        List<EventRecord> n = run("Georgian and Russian guards argued at the border. The Georgian Foreign Ministry"
                + " protested the detention of the villagers.", RULE);
        assertTrue(has(n, EventType.ACCUSATION, e -> accuses(e, "GE", "RU")));
    }

    @Test
    void aProtestOfNoPartyIsNoAccusation() {
        List<EventRecord> r = run("Indian and Pakistani troops exchanged fire along the border. The United States"
                + " condemned the shelling of villages.", RULE);
        assertTrue(RuleHarness.of(r, EventType.ACCUSATION).isEmpty());
    }

    @Test
    void anUnnamedOfficialBlamingOneOfTwoPartiesSpeaksForTheOther() {
        List<EventRecord> r = run("Indian and Pakistani troops exchanged fire along the border. The army blamed"
                + " Pakistan for the violation.", RULE);
        assertTrue(has(r, EventType.ACCUSATION, e -> accuses(e, "IN", "PK")));
        List<EventRecord> un = run("Indian and Pakistani troops exchanged fire along the border. The United Nations"
                + " blamed Pakistan for the violation.", RULE);
        assertTrue(RuleHarness.of(un, EventType.ACCUSATION).isEmpty());
    }

    @Test
    void aStateProtestingInAHeadlineOrIssuingAProtestAccuses() {
        List<EventRecord> r = run("Bangladesh protests airspace violation by Myanmar helicopters near the border.", RULE);
        assertTrue(has(r, EventType.ACCUSATION, e -> accuses(e, "BD", "MM")));
        List<EventRecord> issued = run("Venezuelan soldiers crossed into Colombia near the border. Colombia issued a"
                + " strongly-worded protest on Tuesday.", RULE);
        assertTrue(has(issued, EventType.ACCUSATION, e -> accuses(e, "CO", "VE")));
        List<EventRecord> street = run("Venezuelan soldiers crossed into Colombia near the border. Thousands joined"
                + " protests in the border town.", RULE);
        assertTrue(RuleHarness.of(street, EventType.ACCUSATION).isEmpty());
    }

    @Test
    void eachSideBlamesTheOther() {
        List<EventRecord> r = run("Thai and Cambodian troops exchanged fire near the temple. Each side blames the other"
                + " for starting the fighting.", RULE);
        assertTrue(has(r, EventType.ACCUSATION, e -> accuses(e, "TH", "KH")));
        assertTrue(has(r, EventType.ACCUSATION, e -> accuses(e, "KH", "TH")));
    }

    @Test
    void aStateInARelativeClauseAccusesAndAQuotedClaimAfterAColonToo() {
        List<EventRecord> r = run("Afghan and Pakistani guards exchanged fire at the border. The crossing was closed by"
                + " Afghanistan, who have accused Pakistan of breaking its commitments.", RULE);
        assertTrue(has(r, EventType.ACCUSATION, e -> accuses(e, "AF", "PK")));
        List<EventRecord> q = run("Afghan and Iranian guards exchanged fire at the border. Tehran said: “Afghan forces"
                + " started shooting at our post.”", RULE);
        assertTrue(has(q, EventType.ACCUSATION, e -> accuses(e, "IR", "AF")));
    }
}
