package org.borderwatch.query.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
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
}
