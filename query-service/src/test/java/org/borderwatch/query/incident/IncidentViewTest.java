package org.borderwatch.query.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.borderwatch.contract.ArticleAnalysis;
import org.borderwatch.contract.api.IncidentPicture;
import org.borderwatch.contract.api.IncidentPicture.CasualtyFigure;
import org.borderwatch.contract.api.IncidentPicture.Claim;
import org.borderwatch.query.testing.SeedFixtures;
import org.junit.jupiter.api.Test;

class IncidentViewTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC);
    private final SeedFixtures seeds = new SeedFixtures();

    private IncidentView load(List<ArticleAnalysis> analyses) {
        ReadModel model = new ReadModel();
        seeds.raws().forEach(model::apply);
        analyses.forEach(model::apply);
        return new IncidentView(model, CLOCK);
    }

    private static Set<String> articleIds(IncidentPicture p) {
        return p.articles().stream().map(IncidentPicture.ArticleRef::id).collect(Collectors.toSet());
    }

    @Test
    void theSeedsFallIntoTwoIncidentsWithDeterministicIds() {
        IncidentView view = load(seeds.analyses("1.0.0"));
        assertEquals(Set.of("am-az-2021-05-12", "am-az-2022-09-13"), view.snapshot().pictures().keySet());
        IncidentPicture may = view.picture("am-az-2021-05-12").orElseThrow();
        assertEquals(Set.of(seeds.id(0), seeds.id(1), seeds.id(2), seeds.id(4)), articleIds(may));
        assertEquals(Set.of(seeds.id(3)), articleIds(view.picture("am-az-2022-09-13").orElseThrow()));
        assertEquals(List.of("AM", "AZ"), may.countries());
        // 002's "in May 2021" covers the 12th: it does not make the first event date less precise.
        assertEquals("2021-05-12", may.firstEventDate());
        // Neutral: who crossed into or attacked whom is each side's claim (the accusations), not the title's.
        assertEquals("Armenia–Azerbaijan clash (Syunik), May 2021", may.title());
        assertEquals("Armenia–Azerbaijan clash (Syunik), September 2022",
                view.picture("am-az-2022-09-13").orElseThrow().title());
    }

    @Test
    void theMayIncidentKeepsTheKilledReportBesideZassDenial() {
        IncidentPicture may = load(seeds.analyses("1.0.0")).picture("am-az-2021-05-12").orElseThrow();
        CasualtyFigure killed = may.casualties().stream()
                .filter(c -> "AM".equals(c.party()) && "killed".equals(c.category())).findFirst().orElseThrow();
        assertEquals(1, killed.best());
        assertEquals(0, killed.low());
        assertEquals(1, killed.high());
        List<Integer> counts = killed.claims().stream().map(Claim::count).sorted().toList();
        // Zas's denial appears once although two outlets carried it: 001 and its copy 004 are one source.
        assertEquals(List.of(0, 1), counts);
        assertTrue(killed.claims().stream().anyMatch(c -> c.count() == 0 && c.claimedBy() != null
                && "Stanislav Zas".equals(c.claimedBy().name())));
        CasualtyFigure captured = may.casualties().stream().filter(c -> "captured".equals(c.category()))
                .findFirst().orElseThrow();
        assertEquals(6, captured.best());
    }

    @Test
    void theSeptemberIncidentHasPashinyansFortyNineKilledAndTheCeasefire() {
        IncidentPicture sep = load(seeds.analyses("1.0.0")).picture("am-az-2022-09-13").orElseThrow();
        CasualtyFigure killed = sep.casualties().stream().filter(c -> "killed".equals(c.category())).findFirst()
                .orElseThrow();
        assertEquals(49, killed.best());
        Claim claim = killed.claims().get(0);
        assertEquals("Nikol Pashinyan", claim.claimedBy().name());
        assertTrue(claim.evidence().sentence().contains("not the final figures"), claim.evidence().sentence());
        assertTrue(sep.ceasefire().reported());
        assertEquals("RU", sep.ceasefire().mediator());
        assertEquals("ceasefire", sep.status());
        // Background (2020 war, Stepanakert; March 2022 drones) adds nothing.
        assertTrue(sep.locations().stream().noneMatch(l -> l.name().equals("Stepanakert")));
        assertEquals("2022-09-13", sep.firstEventDate());
        assertEquals(Set.of("AM>CSTO", "AM>RU", "AM>UNSC"),
                sep.appeals().stream().map(a -> a.from() + ">" + a.to()).collect(Collectors.toSet()));
        assertEquals("mission", sep.appeals().stream().filter(a -> a.to().equals("CSTO")).findFirst().orElseThrow()
                .outcome());
        assertEquals(2, sep.accusations().size());
    }

    @Test
    void theMayAppealWasRejectedAsABorderIncidentAndNoMissionWasSent() {
        IncidentPicture may = load(seeds.analyses("1.0.0")).picture("am-az-2021-05-12").orElseThrow();
        IncidentPicture.AppealStatus appeal = may.appeals().stream().filter(a -> a.to().equals("CSTO")).findFirst()
                .orElseThrow();
        assertEquals("rejected", appeal.outcome());
        assertEquals("a border incident", appeal.reason());
        assertEquals("Article 2", appeal.instrument());
        assertTrue(may.responses().stream().anyMatch(r -> r.type().equals("mission") && r.negated()));
        assertFalse(may.responses().stream().anyMatch(r -> r.type().equals("mission") && !r.negated()));
    }

    @Test
    void nearDuplicateCopiesAreLinkedToTheEarlierOriginal() {
        IncidentPicture may = load(seeds.analyses("1.0.0")).picture("am-az-2021-05-12").orElseThrow();
        IncidentPicture.ArticleRef copy = may.articles().stream().filter(a -> a.id().equals(seeds.id(4)))
                .findFirst().orElseThrow();
        assertEquals(seeds.id(1), copy.duplicateOf());
        assertEquals(1, may.articles().stream().filter(a -> a.duplicateOf() != null).count());
        // One report from two outlets counts as one source.
        assertEquals(3, PictureBuilder.summary(may).articleCount());
    }

    @Test
    void asOfTheDayAfterTheIncursionTheAppealIsThereButNoRejectionYet() {
        IncidentView view = load(seeds.analyses("1.0.0"));
        IncidentPicture then = view.pictureAsOf("am-az-2021-05-12", LocalDate.parse("2021-05-14")).orElseThrow();
        assertEquals("2021-05-14", then.asOf());
        assertEquals(Set.of(seeds.id(0)), articleIds(then));
        IncidentPicture.AppealStatus appeal = then.appeals().get(0);
        assertEquals("CSTO", appeal.to());
        assertNotEquals("rejected", appeal.outcome());
        assertTrue(then.responses().stream().noneMatch(r -> r.type().equals("rejection")));
        assertTrue(then.casualties().isEmpty());
    }

    @Test
    void deliveringEverythingTwiceAndInAnyOrderChangesNothing() {
        IncidentView once = load(seeds.analyses("1.0.0"));
        List<ArticleAnalysis> twice = new ArrayList<>(seeds.analyses("1.0.0"));
        twice.addAll(seeds.analyses("1.0.0"));
        Collections.shuffle(twice, new Random(7));
        IncidentView shuffled = load(twice);
        assertEquals(strip(once), strip(shuffled));
    }

    @Test
    void aNewerExtractorVersionReplacesTheOlderContributionAndAnOlderOneAfterItIsIgnored() {
        List<ArticleAnalysis> all = new ArrayList<>(seeds.analyses("1.0.0"));
        all.addAll(seeds.analyses("1.1.0"));
        all.addAll(seeds.analyses("1.0.0"));
        IncidentView replayed = load(all);
        IncidentView clean = load(seeds.analyses("1.1.0"));
        assertEquals(strip(clean), strip(replayed));
        CasualtyFigure killed = replayed.picture("am-az-2022-09-13").orElseThrow().casualties().get(0);
        assertEquals(1, killed.claims().size(), "no double counting after a replay");
        assertEquals("1.10.0", List.of("1.9.0", "1.10.0").stream()
                .max((a, b) -> Versions.compareVersions(a, b)).orElseThrow());
    }

    @Test
    void aChangeInOneIncidentRebuildsThatPictureAloneAndTheResultIsAFreshDerivations() {
        ReadModel model = new ReadModel();
        seeds.raws().forEach(model::apply);
        seeds.analyses("1.0.0").forEach(model::apply);
        IncidentView view = new IncidentView(model, CLOCK);
        IncidentPicture may = view.picture("am-az-2021-05-12").orElseThrow();
        IncidentPicture september = view.picture("am-az-2022-09-13").orElseThrow();
        // a newer extractor's analysis of the one September article: the same pair, the other incident
        model.apply(seeds.analysis(3, "1.1.0"));
        assertSame(may, view.picture("am-az-2021-05-12").orElseThrow(), "the May picture is reused");
        assertNotSame(september, view.picture("am-az-2022-09-13").orElseThrow(), "the September one is rebuilt");
        assertEquals(new IncidentView(model, CLOCK).snapshot().pictures(), view.snapshot().pictures());
        // then a newer analysis of a May article: now the May picture is rebuilt
        model.apply(seeds.analysis(0, "1.2.0"));
        assertNotSame(may, view.picture("am-az-2021-05-12").orElseThrow());
        assertEquals(new IncidentView(model, CLOCK).snapshot().pictures(), view.snapshot().pictures());
    }

    @Test
    void anArticleWithoutAnalysisIsPendingAndInNoIncident() {
        ReadModel model = new ReadModel();
        seeds.raws().forEach(model::apply);
        assertEquals("pending", model.article(seeds.id(0)).status());
        assertTrue(new IncidentView(model, CLOCK).snapshot().pictures().isEmpty());
        assertNull(new IncidentView(model, CLOCK).incidentOf(seeds.id(0)));
    }

    static List<IncidentPicture> strip(IncidentView view) {
        return view.snapshot().pictures().values().stream().map(p -> IncidentView.withUpdatedAt(p, null)).toList();
    }
}
