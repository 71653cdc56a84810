package org.borderwatch.query.incident;

import static org.borderwatch.contract.EventType.APPEAL;
import static org.borderwatch.contract.EventType.CONSULTATION;
import static org.borderwatch.contract.EventType.INCURSION;
import static org.borderwatch.contract.EventType.MISSION;
import static org.borderwatch.contract.EventType.REJECTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.borderwatch.contract.EventRecord.Claimant;
import org.borderwatch.contract.api.IncidentPicture;
import org.borderwatch.contract.api.IncidentPicture.AppealStatus;
import org.borderwatch.contract.api.IncidentPicture.Claim;
import org.borderwatch.query.testing.Ev;
import org.junit.jupiter.api.Test;

/** The fold's rules one at a time, on small synthetic articles: grouping, claims, appeals, duplicates. */
class FoldRulesTest {
    private final IncidentGrouper grouper = new IncidentGrouper();

    private static ArticleState incursion(String name, String day, String ingested) {
        String text = name + ": Azerbaijani troops crossed the border into Armenia near a village today.";
        return Articles.article(name, text, day, ingested, "1.0.0",
                t -> List.of(Ev.of(t, INCURSION).in("troops crossed").day(day).by("AZ").against("AM")));
    }

    private static Set<Set<String>> partition(List<IncidentGrouper.Group> groups) {
        return groups.stream().map(g -> g.articles().stream().map(ArticleState::articleId).collect(Collectors.toSet()))
                .collect(Collectors.toSet());
    }

    // --- grouping ---

    @Test
    void eventsWithinTheWindowShareAnIncidentAndAGapSplitsThem() {
        ArticleState a = incursion("a", "2021-05-12", "2026-01-01T00:00:01Z");
        ArticleState b = incursion("b", "2021-05-20", "2026-01-01T00:00:02Z");
        ArticleState c = incursion("c", "2021-08-01", "2026-01-01T00:00:03Z");
        List<IncidentGrouper.Group> groups = grouper.group(List.of(c, b, a), Map.of());
        assertEquals(List.of("am-az-2021-05-12", "am-az-2021-08-01"), groups.stream().map(IncidentGrouper.Group::id).toList());
        assertEquals(Set.of(Set.of(a.articleId(), b.articleId()), Set.of(c.articleId())), partition(groups));
    }

    @Test
    void aLaterArticleBridgingTwoIncidentsMergesThemAndItsCorrectionSplitsThemAgain() {
        ArticleState a = incursion("a", "2021-05-01", "2026-01-01T00:00:01Z");
        ArticleState c = incursion("c", "2021-06-10", "2026-01-01T00:00:03Z");
        assertEquals(2, grouper.group(List.of(a, c), Map.of()).size());
        ArticleState bridge = incursion("bridge", "2021-05-20", "2026-01-01T00:00:02Z");
        List<IncidentGrouper.Group> merged = grouper.group(List.of(a, c, bridge), Map.of());
        assertEquals(List.of("am-az-2021-05-01"), merged.stream().map(IncidentGrouper.Group::id).toList());
        // A newer analysis of the bridge dates it elsewhere: the link is gone, the incidents split again.
        ArticleState corrected = incursion("bridge", "2020-01-01", "2026-01-01T00:00:02Z");
        List<IncidentGrouper.Group> split = grouper.group(List.of(a, c, corrected), Map.of());
        assertEquals(List.of("am-az-2020-01-01", "am-az-2021-05-01", "am-az-2021-06-10"),
                split.stream().map(IncidentGrouper.Group::id).toList());
    }

    @Test
    void groupingIsTheSameWhateverTheOrderTheArticlesCameIn() {
        ArticleState a = incursion("a", "2021-05-12", "2026-01-01T00:00:01Z");
        ArticleState b = incursion("b", "2021-05-25", "2026-01-01T00:00:02Z");
        ArticleState c = incursion("c", "2021-06-12", "2026-01-01T00:00:03Z");
        assertEquals(grouper.group(List.of(a, b, c), Map.of()), grouper.group(List.of(c, a, b), Map.of()));
    }

    @Test
    void anUndatedArticleJoinsByTheMonthItNamesAndBackgroundNeverPullsIntoAnOlderIncident() {
        ArticleState may = incursion("may", "2021-05-12", "2026-01-01T00:00:01Z");
        ArticleState sep = incursion("sep", "2022-09-13", "2026-01-01T00:00:02Z");
        String text = "In May Azerbaijani troops crossed the border. The CSTO rejected the appeal.";
        ArticleState undated = Articles.article("undated", text, null, "2026-01-01T00:00:03Z", "1.0.0",
                t -> List.of(Ev.of(t, INCURSION).in("troops crossed").hint("--05").by("AZ").against("AM")));
        String recap = "Azerbaijani troops shelled Jermuk today. Last year troops crossed the border too.";
        ArticleState recent = Articles.article("recent", recap, "2022-09-14", "2026-01-01T00:00:04Z", "1.0.0",
                t -> List.of(Ev.of(t, INCURSION).in("shelled Jermuk").day("2022-09-14").by("AZ").against("AM"),
                        Ev.of(t, INCURSION).in("Last year troops crossed").day("2021-05-12").background()
                                .by("AZ").against("AM")));
        List<IncidentGrouper.Group> groups = grouper.group(List.of(may, sep, undated, recent), Map.of());
        assertEquals(Set.of(Set.of(may.articleId(), undated.articleId()),
                Set.of(sep.articleId(), recent.articleId())), partition(groups));
    }

    @Test
    void colliding_ids_get_a_suffix() {
        // Two incidents of the pair whose first event has the same day cannot exist in one chain, but a dated
        // and a month-only group can start on the same name: the second gets -2.
        ArticleState a = incursion("a", "2021-05-12", "2026-01-01T00:00:01Z");
        String text = "Azerbaijani troops crossed the border in May 2021, a report said.";
        ArticleState monthOnly = Articles.article("m", text, null, "2026-01-01T00:00:02Z", "1.0.0",
                t -> List.of(Ev.of(t, INCURSION).in("troops crossed").day("2021-05").by("AZ").against("AM")));
        List<String> ids = grouper.group(List.of(a, monthOnly), Map.of()).stream().map(IncidentGrouper.Group::id)
                .toList();
        assertEquals(ids.stream().distinct().count(), ids.size(), ids.toString());
    }

    // --- best / low / high ---

    private static Claim claim(int count, String name, String country, String published) {
        return new Claim(count, null, name == null ? null : new Claimant(name, country, null), "x" + name, published,
                null);
    }

    @Test
    void bestIsTheAffectedPartysOfficialFigureAndTheSpreadIncludesTheDenial() {
        ClaimRule.Figure f = ClaimRule.figure("AM", List.of(
                claim(0, "Stanislav Zas", null, "2021-06-01"),
                claim(3, "Azerbaijani MoD", "AZ", "2021-05-13"),
                claim(1, "Armenian MoD", "AM", "2021-05-13"),
                claim(2, null, null, "2021-05-14")));
        assertEquals(1, f.best());
        assertEquals(0, f.low());
        assertEquals(3, f.high());
    }

    @Test
    void aClaimantsLaterFigureSupersedesItsEarlierOneAndDenialsAloneGiveZero() {
        ClaimRule.Figure f = ClaimRule.figure("AM", List.of(
                claim(49, "Nikol Pashinyan", "AM", "2022-09-13"),
                claim(105, "Nikol Pashinyan", "AM", "2022-09-14")));
        assertEquals(105, f.best());
        assertEquals(105, f.low());
        ClaimRule.Figure denied = ClaimRule.figure("AM", List.of(claim(0, "Stanislav Zas", null, "2021-06-01")));
        assertEquals(0, denied.best());
        assertEquals(0, denied.high());
        assertNull(ClaimRule.figure("AM", List.of()).best());
    }

    // --- appeal outcome ---

    private static AppealStatus appealAfter(java.util.function.Function<String, List<Ev>> more) {
        String text = "Armenia appealed to the CSTO. The CSTO held consultations. The CSTO refused, calling it "
                + "a border incident. The CSTO sent a mission.";
        ArticleState a = Articles.article("appeal", text, "2021-05-13", "2026-01-01T00:00:01Z", "1.0.0", t -> {
            List<Ev> list = new java.util.ArrayList<>();
            list.add(Ev.of(t, INCURSION).in("Armenia appealed").day("2021-05-12").by("AZ").against("AM"));
            list.add(Ev.of(t, APPEAL).in("appealed to the CSTO").day("2021-05-13").by("AM").appeal("AM", "CSTO", null));
            list.addAll(more.apply(t));
            return list;
        });
        IncidentGrouper.Group g = new IncidentGrouper().group(List.of(a), Map.of()).get(0);
        IncidentPicture p = new PictureBuilder().build(g, Map.of(), null, null);
        return p.appeals().get(0);
    }

    @Test
    void appealOutcomes() {
        assertEquals("pending", appealAfter(t -> List.of()).outcome());
        assertEquals("consultations",
                appealAfter(t -> List.of(Ev.of(t, CONSULTATION).in("held consultations").org("CSTO"))).outcome());
        AppealStatus rejected = appealAfter(t -> List.of(Ev.of(t, CONSULTATION).in("held consultations").org("CSTO"),
                Ev.of(t, REJECTION).in("The CSTO refused").org("CSTO").summary("a border incident")));
        assertEquals("rejected", rejected.outcome());
        assertEquals("a border incident", rejected.reason());
        // A mission that was not sent is no mission.
        assertEquals("rejected", appealAfter(t -> List.of(
                Ev.of(t, REJECTION).in("The CSTO refused").org("CSTO").summary("a border incident"),
                Ev.of(t, MISSION).in("sent a mission").org("CSTO").negated())).outcome());
        assertEquals("mission",
                appealAfter(t -> List.of(Ev.of(t, MISSION).in("sent a mission").org("CSTO"))).outcome());
        // Another organization's consultations do not answer this appeal.
        assertEquals("pending",
                appealAfter(t -> List.of(Ev.of(t, CONSULTATION).in("held consultations").org("OSCE"))).outcome());
    }

    // --- near-duplicates ---

    private static final String REPORT = "The Collective Security Treaty Organization has rejected an appeal from "
            + "Yerevan to intervene in the standoff on the border with Azerbaijan. Calling it a border incident, the "
            + "organization's secretary general said that the situation did not fall under the treaty's article on "
            + "collective defence. Thank God, there are no casualties, he told reporters in Moscow on Thursday. A "
            + "decision to form a monitoring mission was not made, he added, and consultations would go on. Armenian "
            + "officials said that a thousand soldiers remained on Armenian territory near two villages in Syunik.";

    private static ArticleState plain(String name, String text, String ingested) {
        return Articles.article(name, text, null, ingested, "1.0.0", t -> List.of());
    }

    @Test
    void aLightlyEditedCopyIsADuplicateOfTheEarlierIngestedOriginal() {
        ArticleState original = plain("original", REPORT, "2026-01-01T00:00:02Z");
        String edited = ("Outlet B. " + REPORT).replace("on Thursday", "on Thursday evening")
                .replace("a thousand", "1,000");
        ArticleState copy = plain("copy", edited, "2026-01-01T00:00:05Z");
        ArticleState other = plain("other", "Azerbaijani troops shelled Jermuk and Goris on Tuesday night, the "
                + "ministry said; forty nine soldiers died and a ceasefire was agreed with Russian mediation in the "
                + "evening, while the Security Council met in New York to discuss the fighting on the border.",
                "2026-01-01T00:00:01Z");
        Map<String, String> dup = new NearDuplicates().duplicateOf(List.of(copy, other, original));
        assertEquals(Map.of(copy.articleId(), original.articleId()), dup);
        // Ingest order decides which is the original, not arrival order in the list.
        ArticleState earlyCopy = plain("copy", edited, "2026-01-01T00:00:00Z");
        assertEquals(Map.of(original.articleId(), earlyCopy.articleId()),
                new NearDuplicates().duplicateOf(List.of(original, earlyCopy)));
    }

    @Test
    void differentReportsOfOneIncidentAreNotDuplicates() {
        ArticleState one = plain("one", REPORT, "2026-01-01T00:00:01Z");
        ArticleState two = plain("two", "Armenia appealed to the CSTO on Thursday after Azerbaijani troops crossed "
                + "the border near Sisian and Vardenis; the organization's council discussed the situation at a "
                + "session and the secretary general said it was closely following developments on the ground.",
                "2026-01-01T00:00:02Z");
        assertTrue(new NearDuplicates().duplicateOf(List.of(one, two)).isEmpty());
        assertFalse(NearDuplicates.sample(REPORT).length == 0);
    }

    @Test
    void firstAndLastEventDatesPreferThePreciseDayOverTheMonthThatCoversIt() {
        assertEquals("2021-05-12", IncidentDates.earlier("2021-05", "2021-05-12"));
        assertEquals("2021-05-12", IncidentDates.earlier("2021-05-12", "2021-05"));
        assertEquals("2021-04", IncidentDates.earlier("2021-05-12", "2021-04"));
        assertEquals("2021-05-13", IncidentDates.later("2021-05", "2021-05-13"));
        assertEquals("2021-06", IncidentDates.later("2021-05-13", "2021-06"));
    }
}
