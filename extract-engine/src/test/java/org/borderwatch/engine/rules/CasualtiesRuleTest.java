package org.borderwatch.engine.rules;

import static org.borderwatch.engine.rules.RuleHarness.has;
import static org.borderwatch.engine.rules.RuleHarness.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.EventType;
import org.junit.jupiter.api.Test;

class CasualtiesRuleTest {

    private static final Rule RULE = new CasualtiesRule();

    private static boolean killed(EventRecord e, String party, int n) {
        return party.equals(e.party()) && !e.negated() && Integer.valueOf(n).equals(e.counts().killed());
    }

    @Test
    void nounPhrasesBeforeTheVerbWithQualifierAndParty() {
        List<EventRecord> r = run("Kyrgyz and Tajik border guards clashed on Thursday on the border between Kyrgyzstan"
                + " and Tajikistan. At least 31 Kyrgyz citizens were killed and 154 wounded, the Kyrgyz health ministry"
                + " said. Tajikistan said eight of its citizens had died.", RULE);
        assertTrue(has(r, EventType.CASUALTIES, e -> killed(e, "KG", 31) && "at least".equals(e.counts().qualifier())));
        assertTrue(has(r, EventType.CASUALTIES, e -> "KG".equals(e.party())
                && Integer.valueOf(154).equals(e.counts().wounded())));
        assertTrue(has(r, EventType.CASUALTIES, e -> killed(e, "TJ", 8)));
    }

    @Test
    void numbersAfterTheVerbAndSoldiersAreNoCivilians() {
        List<EventRecord> r = run("Sudan said on Tuesday that an Ethiopian militia ambushed a Sudanese army patrol near"
                + " the border, killing four officers and wounding more than 20 soldiers.", RULE);
        assertTrue(has(r, EventType.CASUALTIES, e -> killed(e, "SD", 4) && Boolean.FALSE.equals(e.civilian())));
        assertTrue(has(r, EventType.CASUALTIES, e -> "SD".equals(e.party())
                && Integer.valueOf(20).equals(e.counts().wounded()) && "more than".equals(e.counts().qualifier())));
    }

    @Test
    void detainedMinersAreCapturedCivilians() {
        List<EventRecord> r = run("Venezuelan soldiers crossed the border on Saturday and detained three Guyanese"
                + " miners, Guyana's army said.", RULE);
        assertTrue(has(r, EventType.CASUALTIES, e -> "GY".equals(e.party()) && Boolean.TRUE.equals(e.civilian())
                && Integer.valueOf(3).equals(e.counts().captured())));
    }

    @Test
    void aDenialIsANegatedZeroClaimedByTheSpeaker() {
        List<EventRecord> r = run(" date 2024-03-14 Two Chinese soldiers were killed in the clash, the Chinese defence"
                + " ministry said. There were no casualties on the Indian side, an Indian Army spokesman said.", RULE);
        assertTrue(has(r, EventType.CASUALTIES, e -> e.negated() && Integer.valueOf(0).equals(e.counts().killed())
                && e.claimedBy() != null && "denial: no casualties".equals(e.summary())));
        assertTrue(has(r, EventType.CASUALTIES, e -> killed(e, "CN", 2)));
    }

    @Test
    void injuredPlayersAreNoCasualtiesOfABorderEvent() {
        assertFalse(has(run("Two players were injured in the second half in Bishkek.", RULE), EventType.CASUALTIES,
                e -> true));
    }
}
