package org.borderwatch.query.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.borderwatch.contract.ArticleAnalysis;
import org.borderwatch.contract.Rejection;
import org.borderwatch.contract.api.ArticleView;
import org.borderwatch.query.incident.IncidentView;
import org.borderwatch.query.incident.ReadModel;
import org.borderwatch.query.testing.SeedFixtures;
import org.junit.jupiter.api.Test;

/** GET /articles: pending articles are listed without deriving the incidents; analyzed ones carry theirs. */
class ArticleListingTest {
    private final SeedFixtures seeds = new SeedFixtures();

    @Test
    void listingPendingArticlesDoesNotDeriveTheIncidents() {
        ReadModel model = new ReadModel();
        seeds.raws().forEach(model::apply);
        IncidentView view = new IncidentView(model, Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC));
        ArticleResource articles = new ArticleResource(model, view, null);
        model.apply(seeds.analyses("1.0.0").get(0));

        List<ArticleView> pending = articles.list("pending", null);
        assertEquals(seeds.raws().size() - 1, pending.size());
        assertNull(view.freshSnapshot(), "a listing of pending articles leaves the incidents underived");

        List<ArticleView> all = articles.list(null, null);
        assertEquals(seeds.raws().size(), all.size());
        assertNotNull(view.freshSnapshot(), "a listing with an analyzed article derives them once");
        ArticleView analyzed = all.stream().filter(a -> "analyzed".equals(a.status())).findFirst().orElseThrow();
        assertNotNull(analyzed.incidentId());
        assertEquals(view.freshSnapshot().incidentOf().get(analyzed.id()), analyzed.incidentId());
    }

    @Test
    void aFileRejectedBeforeItHadAnIdIsListedAsRejectedWithItsLatestReason() {
        ReadModel model = new ReadModel();
        seeds.raws().forEach(model::apply);
        IncidentView view = new IncidentView(model, Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC));
        ArticleResource articles = new ArticleResource(model, view, null);
        model.apply(new Rejection(1, null, "broken.html", "ingest", "not valid UTF-8", "inbox", "2026-11-20T10:00:00Z"));
        // the same file dropped again and refused again: one row, the latest reason; an older record changes nothing
        model.apply(new Rejection(1, null, "broken.html", "ingest", "larger than 5M", "inbox", "2026-11-20T11:00:00Z"));
        model.apply(new Rejection(1, null, "broken.html", "ingest", "not valid UTF-8", "inbox", "2026-11-20T10:00:00Z"));

        List<ArticleView> rejected = articles.list("rejected", null);
        assertEquals(1, rejected.size(), rejected.toString());
        assertNull(rejected.get(0).id());
        assertEquals("broken.html", rejected.get(0).fileName());
        assertEquals("larger than 5M", rejected.get(0).reason());
        assertEquals(seeds.raws().size() + 1, articles.list(null, null).size());
        assertEquals(0, articles.list("pending", "broken.html").size());
        assertEquals(1, articles.list(null, "broken.html").size());
    }

    @Test
    void anAnalyzedArticleThatIsNoIncidentSaysWhyNot() {
        ReadModel model = new ReadModel();
        IncidentView view = new IncidentView(model, Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC));
        ArticleResource articles = new ArticleResource(model, view, null);
        ArticleAnalysis seed = seeds.analyses("1.0.0").get(0);
        model.apply(new ArticleAnalysis(seed.schemaVersion(), seed.articleId(), seed.extractor(), seed.analyzedAt(),
                seed.published(), false, List.of("AM"), List.of(), List.of(), seed.title(), seed.outlet(),
                seed.fileName(), seed.ingestedAt()));
        ArticleView v = articles.list("analyzed", null).get(0);
        assertEquals("not a border incident: only one state (AM) is named as a party", v.reason());
        assertNull(v.incidentId());
    }
}
