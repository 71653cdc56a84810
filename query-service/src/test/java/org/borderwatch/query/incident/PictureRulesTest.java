package org.borderwatch.query.incident;

import static org.borderwatch.contract.EventType.ACCUSATION;
import static org.borderwatch.contract.EventType.ATTACK;
import static org.borderwatch.contract.EventType.CASUALTIES;
import static org.borderwatch.contract.EventType.CLASH;
import static org.borderwatch.contract.EventType.INCURSION;
import static org.borderwatch.contract.EventType.MEETING;
import static org.borderwatch.contract.EventType.STATEMENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.borderwatch.contract.api.IncidentPicture;
import org.borderwatch.contract.api.IncidentPicture.CasualtyFigure;
import org.borderwatch.contract.api.IncidentPicture.Claim;
import org.borderwatch.contract.api.IncidentSummary;
import org.borderwatch.query.testing.Ev;
import org.junit.jupiter.api.Test;

/**
 * The picture's rules on invented reports modeled on the cases that went wrong: one claim repeated by two articles
 * counted twice (98 killed instead of 49), an earlier war's toll in the headline (6,509), titles that took a side,
 * an incident dated by talks before the clash.
 */
class PictureRulesTest {
    private final IncidentGrouper grouper = new IncidentGrouper();
    private final PictureBuilder builder = new PictureBuilder();

    private List<IncidentPicture> pictures(ArticleState... articles) {
        return grouper.group(List.of(articles), Map.of()).stream()
                .map(g -> builder.build(g, Map.of(), null, null)).toList();
    }

    private IncidentPicture picture(ArticleState... articles) {
        List<IncidentPicture> all = pictures(articles);
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    private static List<CasualtyFigure> killed(IncidentPicture p) {
        return p.casualties().stream().filter(c -> c.category().equals("killed")).toList();
    }

    // --- one claim per claimant, party, category and figure ---

    @Test
    void oneClaimReportedByTwoArticlesCountsOnceEvenWhenOnlyOneSaysTheyWereSoldiers() {
        ArticleState people = Articles.article("people", "Forty-nine people died in the overnight shelling, the "
                + "prime minister told parliament.", "2022-09-13", "2026-01-01T00:00:01Z", "1.0.0",
                t -> List.of(Ev.of(t, ATTACK).in("overnight shelling").day("2022-09-13").by("AZ").against("AM"),
                        Ev.of(t, CASUALTIES).in("Forty-nine people died").day("2022-09-13").party("AM").killed(49)
                                .claimedBy("Nikol Pashinyan", "AM", null)));
        ArticleState soldiers = Articles.article("soldiers", "The prime minister said 49 soldiers had been killed "
                + "since Tuesday.", "2022-09-14", "2026-01-01T00:00:02Z", "1.0.0",
                t -> List.of(Ev.of(t, CASUALTIES).in("49 soldiers").day("2022-09-13").party("AM").civilian(false)
                        .killed(49).claimedBy("Nikol Pashinyan", "AM", null)));
        IncidentPicture p = picture(people, soldiers);
        List<CasualtyFigure> killed = killed(p);
        assertEquals(1, killed.size(), killed.toString());
        CasualtyFigure row = killed.get(0);
        assertEquals(Boolean.FALSE, row.civilian());
        assertEquals(49, row.best());
        assertEquals(1, row.claims().size(), row.claims().toString());
        Claim claim = row.claims().get(0);
        assertEquals(List.of(people.articleId(), soldiers.articleId()), claim.articleIds());
        assertEquals("2022-09-13", claim.published());
        assertEquals(Boolean.TRUE, claim.best());
        assertEquals(Boolean.TRUE, row.headline());
        assertEquals(49, PictureBuilder.summary(p).killedBest());
    }

    @Test
    void aPartysCivilianAndMilitaryDeadAddUpAndAnUnknownFigureBesideThemCountsOnlyWhenLarger() {
        String text = "Six soldiers and two villagers were killed, the ministry said. Eight people died, the governor "
                + "said. A village head said twenty people died.";
        ArticleState a = Articles.article("mixed", text, "2022-09-14", "2026-01-01T00:00:01Z", "1.0.0", t -> List.of(
                Ev.of(t, CASUALTIES).in("Six soldiers").day("2022-09-13").party("AM").civilian(false).killed(6)
                        .claimedBy("defence ministry", "AM", null),
                Ev.of(t, CASUALTIES).in("two villagers").day("2022-09-13").party("AM").civilian(true).killed(2)
                        .claimedBy("defence ministry", "AM", null),
                Ev.of(t, CASUALTIES).in("Eight people died").day("2022-09-13").party("AM").killed(8)
                        .claimedBy("governor", "AM", null)));
        IncidentPicture p = picture(a);
        // 8 people (unknown) is no more than 6 soldiers + 2 villagers: the two known rows make the headline.
        assertEquals(8, PictureBuilder.summary(p).killedBest());
        assertEquals(java.util.Arrays.asList(Boolean.FALSE, Boolean.TRUE, null), killed(p).stream().map(CasualtyFigure::civilian).toList());
        assertEquals(List.of(true, true, false), killed(p).stream().map(CasualtyFigure::headline).toList());

        ArticleState larger = Articles.article("mixed", text, "2022-09-14", "2026-01-01T00:00:01Z", "1.0.0", t -> List.of(
                Ev.of(t, CASUALTIES).in("Six soldiers").day("2022-09-13").party("AM").civilian(false).killed(6)
                        .claimedBy("defence ministry", "AM", null),
                Ev.of(t, CASUALTIES).in("two villagers").day("2022-09-13").party("AM").civilian(true).killed(2)
                        .claimedBy("defence ministry", "AM", null),
                Ev.of(t, CASUALTIES).in("twenty people died").day("2022-09-13").party("AM").killed(20)
                        .claimedBy("village head", "AM", null)));
        IncidentPicture q = picture(larger);
        assertEquals(20, PictureBuilder.summary(q).killedBest());
        assertEquals(List.of(false, false, true), killed(q).stream().map(CasualtyFigure::headline).toList());
    }

    @Test
    void theIncidentsTotalIsTheSumOverPartiesAndAFigureOfNobodyInParticularIsNotAddedToIt() {
        String text = "Armenia said 49 of its soldiers were killed. Azerbaijan said 50 of its servicemen died. "
                + "About 100 troops were killed on both sides, a monitor said.";
        ArticleState a = Articles.article("both", text, "2022-09-15", "2026-01-01T00:00:01Z", "1.0.0", t -> List.of(
                Ev.of(t, CASUALTIES).in("49 of its soldiers").day("2022-09-13").party("AM").civilian(false)
                        .killed(49).claimedBy("defence ministry", "AM", null),
                Ev.of(t, CASUALTIES).in("50 of its servicemen").day("2022-09-13").party("AZ").civilian(false)
                        .killed(50).claimedBy("defence ministry", "AZ", null),
                Ev.of(t, CASUALTIES).in("About 100 troops").day("2022-09-13").civilian(false).killed(100)
                        .claimedBy("monitor", null, null)));
        IncidentPicture p = picture(a);
        // 49 + 50 by the parties; the monitor's 100 on both sides is neither added nor preferred.
        assertEquals(99, PictureBuilder.summary(p).killedBest());
        assertEquals(List.of(true, true, false), killed(p).stream().map(CasualtyFigure::headline).toList());
        // Where no party has a figure, the one that names none is the headline.
        ArticleState nobody = Articles.article("nobody", "About 100 troops were killed on both sides, a monitor said.",
                "2022-09-15", "2026-01-01T00:00:01Z", "1.0.0", t -> List.of(
                        Ev.of(t, CASUALTIES).in("About 100 troops").day("2022-09-13").civilian(false).killed(100)
                                .claimedBy("monitor", null, null)));
        assertEquals(100, PictureBuilder.summary(picture(nobody)).killedBest());
    }

    // --- background never reaches the headline or the dates ---

    @Test
    void anEarlierWarsTollNeverReachesTheHeadlineOrTheDates() {
        String text = "Six Armenian soldiers and three Azerbaijani soldiers were killed in clashes on Tuesday. The "
                + "2020 truce ended a war in which more than 6,500 people died. That war began in September 2020.";
        ArticleState flagged = Articles.article("nov", text, "2021-11-17", "2026-01-01T00:00:01Z", "1.0.0",
                t -> List.of(
                        Ev.of(t, CLASH).in("killed in clashes").day("2021-11-16").by("AZ").against("AM"),
                        Ev.of(t, CASUALTIES).in("Six Armenian soldiers").day("2021-11-16").party("AM").civilian(false)
                                .killed(6).claimedBy("defence ministry", "AM", null),
                        Ev.of(t, CASUALTIES).in("three Azerbaijani").day("2021-11-16").party("AZ").civilian(false)
                                .killed(3).claimedBy("defence ministry", "AZ", null),
                        Ev.of(t, CASUALTIES).in("6,500 people died").killed(6500).background(),
                        Ev.of(t, CLASH).in("That war began").day("2020-09-27").background()));
        IncidentPicture p = picture(flagged);
        assertEquals(9, PictureBuilder.summary(p).killedBest());
        assertEquals("2021-11-16", p.firstEventDate());
        assertEquals("am-az-2021-11-16", p.id());
        // The same sentences where the extractor missed the background but dated the war: the dates before the
        // incident's own span say it is another event.
        ArticleState unflagged = Articles.article("nov", text, "2021-11-17", "2026-01-01T00:00:01Z", "1.0.0",
                t -> List.of(
                        Ev.of(t, CLASH).in("killed in clashes").day("2021-11-16").by("AZ").against("AM"),
                        Ev.of(t, CASUALTIES).in("Six Armenian soldiers").day("2021-11-16").party("AM").civilian(false)
                                .killed(6).claimedBy("defence ministry", "AM", null),
                        Ev.of(t, CASUALTIES).in("three Azerbaijani").day("2021-11-16").party("AZ").civilian(false)
                                .killed(3).claimedBy("defence ministry", "AZ", null),
                        Ev.of(t, CASUALTIES).in("6,500 people died").day("2020").killed(6500),
                        Ev.of(t, CLASH).in("That war began").day("2020-09")));
        IncidentPicture q = picture(unflagged);
        assertEquals(9, PictureBuilder.summary(q).killedBest());
        assertEquals("2021-11-16", q.firstEventDate());
        assertTrue(q.casualties().stream().noneMatch(c -> c.best() != null && c.best() == 6500), q.casualties().toString());
        // Neither flagged nor dated: the toll names no party, and the parties' own figures make the headline.
        ArticleState undated = Articles.article("nov", text, "2021-11-17", "2026-01-01T00:00:01Z", "1.0.0",
                t -> List.of(
                        Ev.of(t, CLASH).in("killed in clashes").day("2021-11-16").by("AZ").against("AM"),
                        Ev.of(t, CASUALTIES).in("Six Armenian soldiers").day("2021-11-16").party("AM").civilian(false)
                                .killed(6).claimedBy("defence ministry", "AM", null),
                        Ev.of(t, CASUALTIES).in("three Azerbaijani").day("2021-11-16").party("AZ").civilian(false)
                                .killed(3).claimedBy("defence ministry", "AZ", null),
                        Ev.of(t, CASUALTIES).in("6,500 people died").killed(6500)));
        assertEquals(9, PictureBuilder.summary(picture(undated)).killedBest());
    }

    // --- neutral titles ---

    private static final String GALWAN = "Chinese troops attacked an Indian patrol in the Galwan valley on the night "
            + "of June 15, the Indian army said. Twenty Indian soldiers were killed. Corps commanders had met on "
            + "June 6 to agree on disengagement. China accused India of crossing the line. The foreign ministry "
            + "issued a statement on June 20.";

    private static ArticleState galwan(String name, String ingested) {
        return Articles.article(List.of("IN", "CN"), name, GALWAN, "2020-06-21", ingested, "1.0.0", t -> List.of(
                Ev.of(t, ATTACK).in("troops attacked").day("2020-06-15").by("CN").against("IN")
                        .at("Galwan valley", "landmark", "Ladakh", "IN", 34.75, 78.2),
                Ev.of(t, CASUALTIES).in("Twenty Indian soldiers").day("2020-06-15").party("IN").civilian(false)
                        .killed(20).claimedBy("Indian army", "IN", null),
                Ev.of(t, MEETING).in("Corps commanders had met").day("2020-06-06"),
                Ev.of(t, ACCUSATION).in("China accused India").day("2020-06-16").by("CN").against("IN"),
                Ev.of(t, STATEMENT).in("issued a statement").day("2020-06-20")));
    }

    @Test
    void titlesNameNeitherSideAsTheAttackerAndTheIncidentStartsWithTheClashNotTheTalks() {
        IncidentPicture p = picture(galwan("galwan", "2026-01-01T00:00:01Z"));
        assertEquals("China–India clash (Ladakh), June 2020", p.title());
        assertEquals("2020-06-15", p.firstEventDate());
        assertEquals("2020-06-15", p.lastEventDate());
        assertEquals("cn-in-2020-06-15", p.id());
        // The accusation keeps each side's claim.
        assertEquals("CN", p.accusations().get(0).accuser());
    }

    @Test
    void anIncursionWithoutFightingIsAStandoffAndFightingOverSeveralDaysIsClashes() {
        String text = "Tajik border guards entered Kyrgyz territory near a village in Batken on Wednesday, "
                + "Kyrgyz officials said. Kyrgyz troops were sent to the area.";
        ArticleState incursion = Articles.article(List.of("KG", "TJ"), "kg", text, "2021-04-29",
                "2026-01-01T00:00:01Z", "1.0.0", t -> List.of(
                        Ev.of(t, INCURSION).in("entered Kyrgyz territory").day("2021-04-28").by("TJ").against("KG")
                                .at("Batken", "region", null, "KG", 40.06, 70.82)));
        assertEquals("Kyrgyzstan–Tajikistan border standoff (Batken), April 2021", picture(incursion).title());
        String fight = "Armenian and Azerbaijani forces exchanged fire on Tuesday. They clashed again on Wednesday.";
        ArticleState twoDays = Articles.article("two", fight, "2022-09-15", "2026-01-01T00:00:01Z", "1.0.0",
                t -> List.of(Ev.of(t, CLASH).in("exchanged fire").day("2022-09-13").by("AZ").against("AM"),
                        Ev.of(t, CLASH).in("clashed again").day("2022-09-14").by("AZ").against("AM")));
        IncidentPicture p = picture(twoDays);
        assertEquals("Armenia–Azerbaijan clashes, September 2022", p.title());
        assertFalse(p.title().contains("attack on"));
    }

    @Test
    void anIncidentKnownOnlyFromTalksIsDatedByThem() {
        String text = "Officials of both states met on May 3 to discuss the border. They met again on May 10.";
        ArticleState talks = Articles.article("talks", text, "2021-05-11", "2026-01-01T00:00:01Z", "1.0.0",
                t -> List.of(Ev.of(t, MEETING).in("met on May 3").day("2021-05-03"),
                        Ev.of(t, MEETING).in("met again").day("2021-05-10")));
        IncidentPicture p = picture(talks);
        assertEquals("2021-05-03", p.firstEventDate());
        assertEquals("2021-05-10", p.lastEventDate());
        assertEquals("am-az-2021-05-03", p.id());
        assertNull(PictureBuilder.summary(p).killedBest());
    }

    @Test
    void summariesAddOnlyTheHeadlineFigures() {
        IncidentSummary s = PictureBuilder.summary(picture(galwan("galwan", "2026-01-01T00:00:01Z"),
                galwan("galwan-again", "2026-01-01T00:00:02Z")));
        // Two reports of the army's twenty: one claim, twenty killed.
        assertEquals(20, s.killedBest());
    }
}
