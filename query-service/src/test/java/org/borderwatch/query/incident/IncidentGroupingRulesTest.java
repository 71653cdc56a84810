package org.borderwatch.query.incident;

import static org.borderwatch.contract.EventType.ATTACK;
import static org.borderwatch.contract.EventType.CLASH;
import static org.borderwatch.contract.EventType.STATEMENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.borderwatch.query.testing.Ev;
import org.junit.jupiter.api.Test;

/**
 * The grouping's rules for reports as real pages give them: undated, dated by year only, published days after the
 * clash, naming other places. Invented AM-AZ articles (villages Arevik and Tsaghkavan, the Kaler outpost).
 */
class IncidentGroupingRulesTest {
    private final IncidentGrouper grouper = new IncidentGrouper();
    private int ingested;

    private ArticleState article(String name, String published, String text, List<Ev> events) {
        ingested++;
        return Articles.article(name, text, published, String.format("2026-01-01T00:00:%02dZ", ingested), "1.0.0",
                t -> events);
    }

    /** A clash at a village on a day, reported the same day. */
    private ArticleState clash(String name, String day, String village) {
        String text = "Azerbaijani and Armenian troops clashed near the village of " + village + " on the border.";
        return article(name, day, text, List.of(Ev.of(text, CLASH).in("troops clashed").day(day)
                .at(village, "settlement", null, "AM", 40.0, 45.0).by("AZ").against("AM")));
    }

    private static Set<Set<String>> partition(List<IncidentGrouper.Group> groups) {
        return groups.stream().map(g -> g.articles().stream().map(ArticleState::articleId).collect(Collectors.toSet()))
                .collect(Collectors.toSet());
    }

    private static String incidentOf(List<IncidentGrouper.Group> groups, ArticleState a) {
        return groups.stream().filter(g -> g.articles().contains(a)).map(IncidentGrouper.Group::id).findFirst()
                .orElse(null);
    }

    @Test
    void aReportWithoutItsOwnDateNeverJoinsAnIncidentYearsAwayFromWhatItReports() {
        ArticleState recent = clash("recent", "2025-03-04", "Arevik");
        // Undated, its clash given by year only: it shares the village with the 2025 incident, yet tells of 2013.
        String old = "Troops clashed near the village of Arevik in 2013, the ministry said.";
        ArticleState byYear = article("by-year", null, old, List.of(Ev.of(old, CLASH).in("Troops clashed").day("2013")
                .at("Arevik", "settlement", null, "AM", 40.0, 45.0).by("AZ").against("AM")));
        // Undated, no date for the clash at all, but its background tells of a 2024 shelling: what it reports is
        // later than that, so it cannot be the 2021 incident it shares the village with.
        ArticleState clash2021 = clash("clash-2021", "2021-06-02", "Tsaghkavan");
        String later = "Troops clashed near Tsaghkavan again. The village was shelled in May 2024 as well.";
        ArticleState afterBackground = article("after-background", null, later, List.of(
                Ev.of(later, CLASH).in("Troops clashed").at("Tsaghkavan", "settlement", null, "AM", 40.0, 45.0)
                        .by("AZ").against("AM"),
                Ev.of(later, ATTACK).in("was shelled").day("2024-05").background().by("AZ").against("AM")));

        List<IncidentGrouper.Group> groups = grouper.group(List.of(recent, byYear, clash2021, afterBackground), Map.of());

        assertEquals("am-az-2013", incidentOf(groups, byYear));
        assertEquals("am-az-2025-03-04", incidentOf(groups, recent));
        assertNotEquals(incidentOf(groups, clash2021), incidentOf(groups, afterBackground));
        assertEquals(Set.of(recent.articleId()), groups.stream().filter(g -> g.id().equals("am-az-2025-03-04"))
                .findFirst().orElseThrow().articles().stream().map(ArticleState::articleId).collect(Collectors.toSet()));
    }

    @Test
    void twoIncidentsOfOnePairWeeksApartAtDifferentPlacesStayApart() {
        ArticleState arevik = clash("arevik", "2021-05-12", "Arevik");
        ArticleState arevikNextDay = clash("arevik-next-day", "2021-05-14", "Arevik");
        ArticleState tsaghkavan = clash("tsaghkavan", "2021-05-28", "Tsaghkavan");
        ArticleState arevikAgain = clash("arevik-again", "2021-06-01", "Arevik");

        List<IncidentGrouper.Group> groups = grouper.group(List.of(tsaghkavan, arevikAgain, arevik, arevikNextDay),
                Map.of());

        // Two weeks after the Arevik clash, one at Tsaghkavan is another incident; Arevik again, 18 days after its
        // last report and naming the same village, is still the first one.
        assertEquals(Set.of(Set.of(arevik.articleId(), arevikNextDay.articleId(), arevikAgain.articleId()),
                Set.of(tsaghkavan.articleId())), partition(groups));
        assertEquals(List.of("am-az-2021-05-12", "am-az-2021-05-28"),
                groups.stream().map(IncidentGrouper.Group::id).toList());
    }

    @Test
    void reportsCloseInTimeAreOneIncidentWhateverPlacesEachNames() {
        // The same night's clash told by one outlet at the village, by another at the outpost above it.
        ArticleState village = clash("village", "2021-05-12", "Arevik");
        ArticleState outpost = clash("outpost", "2021-05-13", "Kaler outpost");
        assertEquals(1, grouper.group(List.of(village, outpost), Map.of()).size());
    }

    @Test
    void reportsOfOneIncidentPublishedOnDifferentDaysJoinIt() {
        ArticleState first = clash("first", "2021-05-12", "Arevik");
        // Three days later, the clash's day read from the text.
        String text = "The clash near Arevik on May 12 left two soldiers wounded, the ministry said on Saturday.";
        ArticleState dated = article("dated", "2021-05-15", text, List.of(Ev.of(text, CLASH).in("The clash")
                .day("2021-05-12").at("Arevik", "settlement", null, "AM", 40.0, 45.0).by("AZ").against("AM")));
        // A week later, no date for the clash in its text: a follow-up of the incident before it.
        String followUp = "Armenia summoned the envoy over the clash near Arevik, its foreign ministry said.";
        ArticleState week = article("week-later", "2021-05-19", followUp, List.of(Ev.of(followUp, STATEMENT)
                .in("summoned the envoy").at("Arevik", "settlement", null, "AM", 40.0, 45.0).by("AM")));
        // Its own date misread as a day after it was published ("next Tuesday's talks"): that is not the clash's.
        String talks = "The clash near Arevik will be on the agenda of talks next Tuesday.";
        ArticleState withTalks = article("talks", "2021-05-13", talks, List.of(
                Ev.of(talks, CLASH).in("The clash").day("2021-05-12").at("Arevik", "settlement", null, "AM", 40.0,
                        45.0).by("AZ").against("AM"),
                Ev.of(talks, STATEMENT).in("talks next Tuesday").day("2021-06-29").by("AM")));

        List<IncidentGrouper.Group> groups = grouper.group(List.of(week, withTalks, dated, first), Map.of());

        assertEquals(List.of("am-az-2021-05-12"), groups.stream().map(IncidentGrouper.Group::id).toList());
        assertEquals(4, groups.get(0).articles().size());
    }

    @Test
    void anIncidentOfSeveralReportsIsNamedByItsFirstActionNotByTheWarningBeforeIt() {
        // One report dates only a warning, four days before the clash another report dates: one incident, whose
        // id and start say when the fighting began, while its span still begins with the warning.
        String text = "Armenia's defence ministry warned on May 8 of troops gathering across the line.";
        ArticleState warning = article("warning", "2021-05-09", text, List.of(Ev.of(text, STATEMENT)
                .in("warned on May 8").day("2021-05-08").by("AM")));
        ArticleState clash = clash("clash", "2021-05-12", "Arevik");

        List<IncidentGrouper.Group> groups = grouper.group(List.of(clash, warning), Map.of());

        assertEquals(List.of("am-az-2021-05-12"), groups.stream().map(IncidentGrouper.Group::id).toList());
        assertEquals(Set.of(Set.of(warning.articleId(), clash.articleId())), partition(groups));
        assertEquals(LocalDate.of(2021, 5, 8), groups.get(0).start());
    }

    @Test
    void anUndatedReportJoinsTheIncidentWhoseReportsShareItsWords() {
        String mayText = "Azerbaijani drones struck the Arevik water pumping station, killing a guard named Vardanyan.";
        ArticleState may = article("may", "2021-05-12", mayText, List.of(Ev.of(mayText, ATTACK).in("drones struck")
                .day("2021-05-12").by("AZ").against("AM")));
        String mayToo = "The strike on the Arevik pumping station killed Vardanyan, officials said of the drones.";
        ArticleState mayAgain = article("may-again", "2021-05-13", mayToo, List.of(Ev.of(mayToo, ATTACK)
                .in("The strike").day("2021-05-12").by("AZ").against("AM")));
        String sepText = "Artillery shelled the Kaler outpost overnight and a convoy of trucks burned on the highway.";
        ArticleState sep = article("sep", "2021-09-20", sepText, List.of(Ev.of(sepText, ATTACK).in("Artillery shelled")
                .day("2021-09-20").by("AZ").against("AM")));
        String sepToo = "Trucks of the convoy burned after the Kaler outpost was shelled by artillery.";
        ArticleState sepAgain = article("sep-again", "2021-09-21", sepToo, List.of(Ev.of(sepToo, ATTACK)
                .in("was shelled").day("2021-09-20").by("AZ").against("AM")));
        // No date of any kind: its words (the pumping station, the guard's name, drones) are the May incident's.
        String undatedText = "Drones hit the pumping station near Arevik and the guard Vardanyan died, a relative said.";
        ArticleState undated = article("undated", null, undatedText, List.of(Ev.of(undatedText, ATTACK)
                .in("Drones hit").by("AZ").against("AM")));

        List<IncidentGrouper.Group> groups = grouper.group(List.of(may, mayAgain, sep, sepAgain, undated), Map.of());

        assertEquals("am-az-2021-05-12", incidentOf(groups, undated));
        assertEquals(Set.of(Set.of(may.articleId(), mayAgain.articleId(), undated.articleId()),
                Set.of(sep.articleId(), sepAgain.articleId())), partition(groups));
        // whatever order the articles come in
        assertEquals(groups, grouper.group(List.of(undated, sepAgain, mayAgain, sep, may), Map.of()));
    }

    @Test
    void anUndatedReportThatCouldBeOfEitherIncidentJoinsNeither() {
        // Two clashes at Arevik, in May and in September, told in the same words; an undated report of a clash at
        // Arevik shares as much with each: it is not guessed into one of them.
        ArticleState may = clash("may", "2021-05-12", "Arevik");
        ArticleState sep = clash("sep", "2021-09-20", "Arevik");
        String text = "Azerbaijani and Armenian troops clashed near the village of Arevik on the border.";
        ArticleState undated = article("undated", null, text, List.of(Ev.of(text, CLASH).in("troops clashed")
                .at("Arevik", "settlement", null, "AM", 40.0, 45.0).by("AZ").against("AM")));
        List<IncidentGrouper.Group> groups = grouper.group(List.of(may, sep, undated), Map.of());
        assertEquals("am-az-undated", incidentOf(groups, undated));
        assertEquals(3, groups.size());
    }

    @Test
    void anUndatedReportNamingAnotherMonthDoesNotJoinByItsWords() {
        String mayText = "Drones struck the Arevik pumping station and killed the guard Vardanyan.";
        ArticleState may = article("may", "2021-05-12", mayText, List.of(Ev.of(mayText, ATTACK).in("Drones struck")
                .day("2021-05-12").by("AZ").against("AM")));
        // Same station, same words, but "in October": a later strike, not the May one.
        String octText = "In October drones struck the Arevik pumping station again, where Vardanyan had died.";
        ArticleState october = article("october", null, octText, List.of(Ev.of(octText, ATTACK).in("drones struck")
                .hint("--10").by("AZ").against("AM")));
        List<IncidentGrouper.Group> groups = grouper.group(List.of(may, october), Map.of());
        assertNotEquals(incidentOf(groups, may), incidentOf(groups, october));
    }

    @Test
    void undatedReportsOfUnrelatedClashesAreTwoUndatedIncidents() {
        String drones = "Drones struck the Arevik pumping station and killed the guard Vardanyan.";
        ArticleState first = article("drones", null, drones, List.of(Ev.of(drones, ATTACK).in("Drones struck")
                .by("AZ").against("AM")));
        String dronesAgain = "The guard Vardanyan died when drones hit the pumping station at Arevik.";
        ArticleState second = article("drones-again", null, dronesAgain, List.of(Ev.of(dronesAgain, ATTACK)
                .in("drones hit").by("AZ").against("AM")));
        String convoy = "Artillery shelled the Kaler outpost and a convoy of trucks burned on the highway.";
        ArticleState other = article("convoy", null, convoy, List.of(Ev.of(convoy, ATTACK).in("Artillery shelled")
                .by("AZ").against("AM")));
        List<IncidentGrouper.Group> groups = grouper.group(List.of(first, second, other), Map.of());
        assertEquals(Set.of(Set.of(first.articleId(), second.articleId()), Set.of(other.articleId())),
                partition(groups));
        assertEquals(List.of("am-az-undated", "am-az-undated-2"),
                groups.stream().map(IncidentGrouper.Group::id).toList());
    }
}
