package org.borderwatch.engine;

import static org.borderwatch.engine.InventedSentencesTest.analyze;
import static org.borderwatch.engine.InventedSentencesTest.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.borderwatch.contract.ArticleAnalysis;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.EventType;
import org.borderwatch.engine.context.Places;
import org.junit.jupiter.api.Test;

/**
 * The rules of extractor 0.4.0 (organizations' refusals, missions not sent, anaphora to the body named last,
 * places named as elsewhere, counts that are dates), on invented texts about state pairs the seeds do not have.
 */
class OrganizationAndPlaceRulesTest {

    private static boolean byOrg(EventRecord e, String org) {
        return e.actors().stream().anyMatch(a -> org.equals(a.organization()));
    }

    @Test
    void aMonitoringGroupNotFormedIsAMissionNotSentWhileTheSituationIsStillMonitored() {
        ArticleAnalysis a = analyze("DUSHANBE, 2022-09-20. Tajik and Kyrgyz border guards clashed near Kok-Tash. "
                + "The CSTO said on Monday it was following the border dispute.\n\n"
                + "\"The decision to form a monitoring group was not made, although, of course, the situation is being "
                + "monitored,\" the CSTO spokesman said.", null);
        List<EventRecord> missions = of(a, EventType.MISSION);
        assertTrue(missions.stream().anyMatch(e -> e.negated() && byOrg(e, "CSTO")), missions.toString());
        assertTrue(missions.stream().noneMatch(e -> !e.negated()), "no mission was sent");
        assertTrue(of(a, EventType.MONITORING).stream().anyMatch(e -> !e.negated() && byOrg(e, "CSTO")),
                "the situation is being monitored");
    }

    @Test
    void outsideTheCharterIsARefusalAndTheAppealOfAStateIsItsAppeal() {
        ArticleAnalysis a = analyze("MOSCOW, 2022-09-17. The clashes on the Kyrgyz-Tajik border are a “border matter” "
                + "and do not fall under the provisions of the CSTO charter on collective defence, the organization's "
                + "secretary general said.\n\nAfter the appeal of Kyrgyzstan, the CSTO held consultations with both "
                + "defence ministries.", null);
        assertTrue(of(a, EventType.REJECTION).stream().anyMatch(e -> !e.negated() && byOrg(e, "CSTO")
                && "border matter".equals(e.summary())), of(a, EventType.REJECTION).toString());
        assertTrue(of(a, EventType.APPEAL).stream().anyMatch(e -> "KG".equals(e.appeal().from())
                && "CSTO".equals(e.appeal().to())), of(a, EventType.APPEAL).toString());
    }

    @Test
    void observersNotSentAreAMissionNotSentNotAMonitoring() {
        ArticleAnalysis a = analyze("ALMATY, 2021-05-03. CSTO Secretary General Stanislav Zas said the organization "
                + "regarded the clash on the Kyrgyz-Tajik border as a bilateral matter.\n\n"
                + "\"No decision was taken to send observers to the area,\" Zas said.", null);
        assertTrue(of(a, EventType.MISSION).stream().anyMatch(e -> e.negated() && byOrg(e, "CSTO")),
                of(a, EventType.MISSION).toString());
        assertTrue(of(a, EventType.MONITORING).isEmpty(), "sending observers is the mission: " + of(a, EventType.MONITORING));
    }

    @Test
    void theCouncilDecidesAUnMissionAndItsStatementIsTheCouncils() {
        ArticleAnalysis a = analyze("NEW YORK, 2011-02-15. The United Nations Security Council on Monday discussed the "
                + "Thai-Cambodian border clashes. \"The council decided that no UN mission would be sent to the area,\" "
                + "a diplomat said.\n\nIn a statement read to reporters after the meeting, the council called on both "
                + "sides to show restraint.", null);
        assertTrue(of(a, EventType.MISSION).stream().anyMatch(e -> e.negated() && byOrg(e, "UNSC")),
                of(a, EventType.MISSION).toString());
        assertTrue(of(a, EventType.STATEMENT).stream().anyMatch(e -> byOrg(e, "UNSC")), of(a, EventType.STATEMENT).toString());
    }

    @Test
    void membersOfTheBodyNamedLastSpeakForIt() {
        ArticleAnalysis a = analyze("YEREVAN, 2021-05-28. Security council secretaries of the CSTO met in Yerevan after "
                + "the border incursion by Azerbaijani troops. Russia and other member states expressed concern over the "
                + "border tensions.", null);
        assertTrue(of(a, EventType.STATEMENT).stream().anyMatch(e -> byOrg(e, "CSTO")), of(a, EventType.STATEMENT).toString());
    }

    @Test
    void riversDestinationsAndContrastsAreNotWhereItHappened() {
        String text = "Shots were fired across the Isfara river near Vorukh; residents left the village for Khujand, "
                + "in an area that is not related to Batken.";
        assertTrue(Places.notWhereItHappened(text, text.indexOf("Isfara"), text.indexOf("Isfara") + 6));
        assertFalse(Places.notWhereItHappened(text, text.indexOf("Vorukh"), text.indexOf("Vorukh") + 6));
        assertTrue(Places.notWhereItHappened(text, text.indexOf("Khujand"), text.indexOf("Khujand") + 7));
        assertTrue(Places.notWhereItHappened(text, text.indexOf("Batken"), text.indexOf("Batken") + 6));

        ArticleAnalysis a = analyze("DUSHANBE, 2021-04-30. Tajik and Kyrgyz border guards exchanged fire near Vorukh on "
                + "Thursday over a water intake on the Isfara river; several families left the village for Khujand.", null);
        List<String> places = a.events().stream().flatMap(e -> e.locations().stream()).map(EventRecord.Location::name)
                .distinct().toList();
        assertTrue(places.contains("Vorukh"), places.toString());
        assertFalse(places.contains("Isfara"), places.toString());
        assertFalse(places.contains("Khujand"), places.toString());
    }

    @Test
    void aDayOfTheMonthIsNoCountAndTheWoundedWhoSuccumbedAreNoWounded() {
        ArticleAnalysis a = analyze("KHARTOUM, 2021-03-10. The fighting, which began on March 3, killed at least five "
                + "people on the Sudan-Ethiopia border.\n\n\"Twelve Sudanese soldiers who were critically injured in the "
                + "clashes have succumbed to their injuries, taking the total killed to 17,\" the army said.", null);
        List<EventRecord> casualties = of(a, EventType.CASUALTIES);
        assertTrue(casualties.stream().anyMatch(e -> Integer.valueOf(5).equals(e.counts().killed())), casualties.toString());
        assertTrue(casualties.stream().noneMatch(e -> Integer.valueOf(3).equals(e.counts().killed())), "March 3 is a day");
        assertTrue(casualties.stream().noneMatch(e -> Integer.valueOf(12).equals(e.counts().wounded())),
                "the twelve died: " + casualties);
        assertEquals(BorderwatchAnalyzer.VERSION, a.extractor().version());
    }
}
