package org.borderwatch.query.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.borderwatch.contract.Rejection;
import org.borderwatch.contract.api.ArticleView;
import org.borderwatch.query.incident.ArticleState;
import org.borderwatch.query.incident.IncidentView;
import org.borderwatch.query.incident.ReadModel;
import org.borderwatch.query.messaging.ArticleTexts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {
    static final Set<String> STATUSES = Set.of("pending", "analyzed", "rejected");

    private final ReadModel model;
    private final IncidentView view;
    private final ArticleTexts texts;

    public ArticleResource(ReadModel model, IncidentView view, ArticleTexts texts) {
        this.model = model;
        this.view = view;
        this.texts = texts;
    }

    @GET
    @Operation(summary = "Articles (without their events) in ingest order, with inputs rejected before they had an "
            + "id (id null); filters status and fileName; paging with offset and limit like /incidents")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = ArticleView.class)))
    public Response page(@QueryParam("status") @Parameter(description = "pending | analyzed | rejected") String status,
            @QueryParam("fileName") String fileName,
            @QueryParam("offset") @Parameter(description = "articles to skip (paging; default 0)") String offset,
            @QueryParam("limit") @Parameter(description = "at most this many, 1-" + IncidentResource.MAX_LIMIT
                    + " (paging; default all); the answer's " + IncidentResource.TOTAL_COUNT + " header counts all")
            String limit) {
        if (status != null && !status.isBlank() && !STATUSES.contains(status)) {
            throw new BadRequestException("status must be one of pending, analyzed, rejected, not '" + status + "'");
        }
        int skip = IncidentResource.number("offset", offset, 0, Integer.MAX_VALUE, 0);
        int size = IncidentResource.number("limit", limit, 1, IncidentResource.MAX_LIMIT, IncidentResource.MAX_LIMIT);
        List<ArticleView> all = list(status, fileName);
        if (offset == null && limit == null) {
            return Response.ok(all).build();
        }
        int start = Math.min(skip, all.size());
        int end = limit == null ? all.size() : (int) Math.min((long) start + size, all.size());
        return Response.ok(all.subList(start, end)).header(IncidentResource.TOTAL_COUNT, all.size()).build();
    }

    /** Every article (and id-less rejection) the filters select, in ingest (or rejection) order. */
    public List<ArticleView> list(String status, String fileName) {
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
        if (status == null || status.isBlank() || status.equals("rejected")) {
            List<Rejection> files = new ArrayList<>();
            for (Rejection r : model.unidentifiedRejections()) {
                if (fileName == null || fileName.isBlank() || fileName.equals(r.fileName())) {
                    files.add(r);
                }
            }
            if (!files.isEmpty()) {
                mergeByTime(out, listed, files);
            }
        }
        return out;
    }

    /**
     * Places the id-less rejections among the articles by time: an article by when it was ingested, a rejection by
     * when it was rejected (what an analyst dropping files sees as their order).
     */
    private static void mergeByTime(List<ArticleView> out, List<ArticleState> articles, List<Rejection> files) {
        record Row(String at, String key, ArticleView view) {
        }
        List<Row> rows = new ArrayList<>(out.size() + files.size());
        for (int i = 0; i < out.size(); i++) {
            ArticleState a = articles.get(i);
            rows.add(new Row(Objects.toString(a.ingestedAt(), "9999"), a.articleId(), out.get(i)));
        }
        for (Rejection r : files) {
            rows.add(new Row(Objects.toString(r.rejectedAt(), "9999"), Objects.toString(r.fileName(), ""),
                    new ArticleView(null, r.fileName(), null, null, null, "rejected", r.reason(), null, null, null,
                            null, null, null)));
        }
        rows.sort(Comparator.comparing(Row::at).thenComparing(Row::key));
        out.clear();
        rows.forEach(r -> out.add(r.view()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One article with its event records and text")
    public ArticleDetail get(@PathParam("id") String id) {
        ArticleState a = model.article(id);
        if (a == null) {
            throw new NotFoundException("no article " + id);
        }
        ArticleView v = view(a, true, view.snapshot());
        return new ArticleDetail(v, texts.text(a).orElse(null), a.ingestedAt(),
                a.analysis() == null ? null : a.analysis().warnings());
    }

    /** One snapshot for a whole listing: a lookup per article would re-derive while the model is changing. */
    private static ArticleView view(ArticleState a, boolean withEvents, IncidentView.Snapshot snapshot) {
        var an = a.analysis();
        return new ArticleView(a.articleId(), a.fileName(), a.title(), a.published(), a.outlet(), a.status(),
                a.reason(),
                an == null ? null : an.isBorderIncident(),
                an == null ? null : an.countries(),
                an == null ? null : snapshot.incidentOf().get(a.articleId()),
                an == null ? null : an.extractor(),
                withEvents && an != null ? an.events() : null,
                an == null ? null : snapshot.duplicateOf().get(a.articleId()));
    }
}
