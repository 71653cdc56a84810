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

    private static boolean count(EventRecord e, String party, String category, int n, Boolean civilian) {
        Integer got = switch (category) {
            case "killed" -> e.counts().killed();
            case "wounded" -> e.counts().wounded();
            case "captured" -> e.counts().captured();
            default -> e.counts().missing();
        };
        return java.util.Objects.equals(party, e.party()) && !e.negated() && Integer.valueOf(n).equals(got)
                && java.util.Objects.equals(civilian, e.civilian());
    }

    @Test
    void aDetainedNationalIsOneCapturedCivilianOfHisState() {
        List<EventRecord> r = run("Armenian border guards detained a Georgian national near the border with Georgia"
                + " on Monday, Georgia's interior ministry said.", RULE);
        assertTrue(has(r, EventType.CASUALTIES, e -> count(e, "GE", "captured", 1, true)));
    }

    @Test
    void executedSoldiersAndACivilianAreTwoKilledCounts() {
        List<EventRecord> r = run("Kenya said Ugandan troops executed five Kenyan policemen and a fisherman they had"
                + " captured at the border.", RULE);
        assertTrue(has(r, EventType.CASUALTIES, e -> count(e, "KE", "killed", 5, false)));
        assertTrue(has(r, EventType.CASUALTIES, e -> count(e, "KE", "killed", 1, true)));
    }

    @Test
    void arrestedCitizensAndTouristsAreCivilians() {
        List<EventRecord> r = run("Seven Moldovan citizens were arrested by Ukrainian border guards, and two tourists"
                + " were killed by gunfire at the border, Moldova said.", RULE);
        assertTrue(has(r, EventType.CASUALTIES, e -> count(e, "MD", "captured", 7, true)));
        assertTrue(has(r, EventType.CASUALTIES, e -> e.counts().killed() != null && e.counts().killed() == 2
                && Boolean.TRUE.equals(e.civilian())));
    }

    @Test
    void aYoungManKilledAndTwoOthersWoundedShareHisParty() {
        List<EventRecord> r = run("A 19-year-old Bolivian man was killed and two others were injured when Chilean"
                + " border police opened fire near the border.", RULE);
        assertTrue(has(r, EventType.CASUALTIES, e -> count(e, "BO", "killed", 1, true)));
        assertTrue(has(r, EventType.CASUALTIES, e -> count(e, "BO", "wounded", 2, true)));
    }

    @Test
    void armedRebelsBelongToNeitherState() {
        List<EventRecord> r = run("Peru said its troops crossed into Ecuador in a border raid in which 12 rebels were"
                + " killed.", RULE);
        assertTrue(has(r, EventType.CASUALTIES, e -> count(e, null, "killed", 12, false)));
        assertFalse(has(r, EventType.CASUALTIES, e -> "PE".equals(e.party())));
    }

    @Test
    void theStateAccusedOfKillingIsNotTheVictim() {
        List<EventRecord> r = run("Chad accused the Sudanese army of “executing” five of its soldiers and a herder"
                + " taken prisoner at the border.", RULE);
        assertTrue(has(r, EventType.CASUALTIES, e -> count(e, "TD", "killed", 5, false)));
        assertTrue(has(r, EventType.CASUALTIES, e -> count(e, "TD", "killed", 1, true)));
        assertFalse(has(r, EventType.CASUALTIES, e -> e.counts().captured() != null));
        assertFalse(has(r, EventType.CASUALTIES, e -> "SD".equals(e.party())));
    }

    @Test
    void forcesThatOpenedFireKillTheOtherSidesGuards() {
        List<EventRecord> r = run("Ghana said Togolese troops opened fire first at the border, killing three border"
                + " guards.", RULE);
        assertTrue(has(r, EventType.CASUALTIES, e -> count(e, "GH", "killed", 3, false)));
    }

    @Test
    void theKillingOfABoyAndAManArrestedByCoastguards() {
        List<EventRecord> r = run("Lebanon protested the killing of a 15-year-old boy in a shooting by Israeli"
                + " soldiers. A third man was arrested by the Israeli coastguard, Lebanon said.", RULE);
        assertTrue(has(r, EventType.CASUALTIES, e -> count(e, "LB", "killed", 1, true)));
        assertTrue(has(r, EventType.CASUALTIES, e -> count(e, "LB", "captured", 1, true)));
    }

    @Test
    void shotSoldiersAreWoundedUnlessShotDead() {
        List<EventRecord> r = run("Greek forces shot two Turkish soldiers on Monday, hours after a Turkish sniper"
                + " killed a Greek soldier near the border.", RULE);
        assertTrue(has(r, EventType.CASUALTIES, e -> count(e, "TR", "wounded", 2, false)));
        assertTrue(has(r, EventType.CASUALTIES, e -> count(e, "GR", "killed", 1, false)));
    }

    @Test
    void aStateAfterByIsTheAgentOfTheDeaths() {
        List<EventRecord> r = run("Nepal protested shelling by Chinese forces along the border, resulting in the"
                + " death of three villagers.", RULE);
        assertTrue(has(r, EventType.CASUALTIES, e -> count(e, "NP", "killed", 3, true)));
    }

    @Test
    void civiliansOfANamedTownBelongToItsState() {
        List<EventRecord> r = run("Greece fired on targets in Turkey after the shelling of a Greek border village in"
                + " which four civilians were killed on Tuesday.", RULE);
        assertTrue(has(r, EventType.CASUALTIES, e -> count(e, "GR", "killed", 4, true)));
    }
}
