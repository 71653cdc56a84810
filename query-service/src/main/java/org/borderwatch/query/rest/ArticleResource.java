package org.borderwatch.query.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.borderwatch.contract.api.ArticleView;
import org.borderwatch.query.incident.ArticleState;
import org.borderwatch.query.incident.IncidentView;
import org.borderwatch.query.incident.ReadModel;
import org.borderwatch.query.messaging.ArticleTexts;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {
    private final ReadModel model;
    private final IncidentView view;
    private final ArticleTexts texts;

    public ArticleResource(ReadModel model, IncidentView view, ArticleTexts texts) {
        this.model = model;
        this.view = view;
        this.texts = texts;
    }

    @GET
    @Operation(summary = "Articles (without their events), in ingest order; filters status and fileName")
    public List<ArticleView> list(@QueryParam("status") String status, @QueryParam("fileName") String fileName) {
        List<ArticleState> listed = new ArrayList<>();
        boolean anyAnalyzed = false;
        for (ArticleState a : model.articles()) {
            if (status != null && !status.isBlank() && !status.equals(a.status())) {
                continue;
            }
            if (fileName != null && !fileName.isBlank() && !fileName.equals(a.fileName())) {
                continue;
            }
            listed.add(a);
            anyAnalyzed |= a.analysis() != null;
        }
        // sorted after filtering: a progress poll (status=pending) sorts the few pending, not the whole model
        listed.sort(ArticleState.BY_SORT_KEY);
        // Only an analyzed article has an incident to show: a listing of pending or rejected articles (what a
        // client polling for progress asks) does not derive the incidents of a model that is changing under it.
        IncidentView.Snapshot snapshot = anyAnalyzed ? view.snapshot() : null;
        List<ArticleView> out = new ArrayList<>(listed.size());
        for (ArticleState a : listed) {
            out.add(view(a, false, snapshot));
        }
        return out;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One article with its event records and text")
    public ArticleDetail get(@PathParam("id") String id) {
        ArticleState a = model.article(id);
        if (a == null) {
            throw new NotFoundException("no article " + id);
        }
        ArticleView v = view(a, true);
        return new ArticleDetail(v.id(), v.fileName(), v.title(), v.published(), v.outlet(), v.status(), v.reason(),
                v.isBorderIncident(), v.countries(), v.incidentId(), v.extractor(), v.events(), texts.text(a).orElse(null),
                a.ingestedAt(), view.duplicateOf(id), a.analysis() == null ? null : a.analysis().warnings());
    }

    private ArticleView view(ArticleState a, boolean withEvents) {
        return view(a, withEvents, view.snapshot());
    }

    /** One snapshot for a whole listing: a lookup per article would re-derive while the model is changing. */
    private ArticleView view(ArticleState a, boolean withEvents, IncidentView.Snapshot snapshot) {
        var an = a.analysis();
        return new ArticleView(a.articleId(), a.fileName(), a.title(), a.published(), a.outlet(), a.status(),
                a.rejection() == null || an != null ? null : a.rejection().reason(),
                an == null ? null : an.isBorderIncident(),
                an == null ? null : an.countries(),
                an == null ? null : snapshot.incidentOf().get(a.articleId()),
                an == null ? null : an.extractor(),
                withEvents && an != null ? an.events() : null);
    }
}
