package org.borderwatch.query.rest;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import java.util.function.Supplier;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.borderwatch.contract.api.IncidentPicture;
import org.borderwatch.contract.api.IncidentSummary;
import org.borderwatch.query.export.EventExports;
import org.borderwatch.query.export.ExportQuery;
import org.borderwatch.query.incident.IncidentView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestStreamElementType;

@Path("/incidents")
@Produces(MediaType.APPLICATION_JSON)
public class IncidentResource {
    private final IncidentView view;
    private final IncidentStreams streams;
    private final SnapshotJson bodies;

    public IncidentResource(IncidentView view, IncidentStreams streams, SnapshotJson bodies) {
        this.view = view;
        this.streams = streams;
        this.bodies = bodies;
    }

    @GET
    @Operation(summary = "Incident summaries, newest first")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = IncidentSummary.class)))
    public Uni<Response> list(@QueryParam("country") @Parameter(description = "ISO 3166-1 alpha-2") String country,
            @QueryParam("from") @Parameter(description = "YYYY-MM-DD") String from,
            @QueryParam("to") @Parameter(description = "YYYY-MM-DD") String to,
            @QueryParam("offset") @Parameter(description = "summaries to skip (paging; default 0)") String offset,
            @QueryParam("limit") @Parameter(description = "at most this many summaries, 1-" + MAX_LIMIT
                    + " (paging; default all); the answer's " + TOTAL_COUNT + " header counts all") String limit,
            @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding) {
        country(country);
        LocalDate fromDay = date("from", from);
        LocalDate toDay = date("to", to);
        // one body per snapshot and filter: the summaries are derived from the snapshot alone
        String key = listKey(country, fromDay, toDay);
        if (offset == null && limit == null) {
            return cachedOrOnWorker(key, acceptEncoding,
                    () -> bodies.body(view.snapshot(), key, s -> view.summaries(country, fromDay, toDay)));
        }
        int skip = number("offset", offset, 0, Integer.MAX_VALUE, 0);
        int size = number("limit", limit, 1, MAX_LIMIT, MAX_LIMIT);
        String pageKey = pageKey(key, skip, limit == null ? null : size);
        String totalKey = totalKey(key);
        boolean gzip = acceptsGzip(acceptEncoding);
        // a page and the count of all are cached per snapshot like the whole list, and answered on the event loop
        IncidentView.Snapshot fresh = view.freshSnapshot();
        byte[] page = bodies.cached(fresh, pageKey);
        byte[] total = bodies.cached(fresh, totalKey);
        if (page != null && total != null) {
            return Uni.createFrom().item(withTotal(answer(page, true, gzip), total));
        }
        return Uni.createFrom().item(() -> {
            IncidentView.Snapshot snapshot = view.snapshot();
            byte[] count = bodies.body(snapshot, totalKey, x -> view.summaries(country, fromDay, toDay).size());
            byte[] body = bodies.body(snapshot, pageKey, x -> {
                List<IncidentSummary> all = view.summaries(country, fromDay, toDay);
                int start = Math.min(skip, all.size());
                int end = limit == null ? all.size() : (int) Math.min((long) start + size, all.size());
                return all.subList(start, end);
            });
            return withTotal(answer(body, true, gzip), count);
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** The cache key of a list body: one per filter (and snapshot). */
    static String listKey(String country, LocalDate from, LocalDate to) {
        return "list|" + (country == null ? "" : country.trim().toUpperCase()) + "|" + from + "|" + to;
    }

    /** The cache key of one page of a list; {@code size} null: no limit asked for. */
    static String pageKey(String listKey, int skip, Integer size) {
        return listKey + "|" + skip + "|" + (size == null ? "all" : size);
    }

    /** The cache key of the count of all summaries of a list, sent as {@link #TOTAL_COUNT} with its pages. */
    static String totalKey(String listKey) {
        return listKey + "|total";
    }

    /** The cache key of an incident's current picture. */
    static String pictureKey(String id) {
        return "picture|" + id;
    }

    /** The Content-Type of the JSON answers, as the REST layer sends it (checked in QueryServiceIT). */
    static final String JSON_CONTENT_TYPE = "application/json";

    /** Most summaries one page may ask for: a client that wants them all leaves out offset and limit. */
    static final int MAX_LIMIT = 1000;
    /** The header that counts every summary of the filter when a page is asked for. */
    static final String TOTAL_COUNT = "X-Total-Count";

    private static Response withTotal(Response page, byte[] totalJson) {
        return Response.fromResponse(page).header(TOTAL_COUNT,
                new String(totalJson, java.nio.charset.StandardCharsets.US_ASCII)).build();
    }

    static int number(String name, String value, int min, int max, int absent) {
        Integer n = CachedAnswerRoutes.number(value, min, max, absent);
        if (n != null) {
            return n;
        }
        throw new BadRequestException(name + " must be a whole number from " + min + " to " + max + ", not '" + value
                + "'");
    }

    /**
     * A body already serialized for the current model is answered on the event loop (no hop to a worker thread:
     * under 200 concurrent clients the hop cost more than the answer); anything to derive or serialize runs on a
     * worker, never on the event loop.
     */
    private Uni<Response> cachedOrOnWorker(String key, String acceptEncoding, Supplier<byte[]> compute) {
        boolean gzip = acceptsGzip(acceptEncoding);
        byte[] cached = bodies.cached(view.freshSnapshot(), key);
        if (cached != null) {
            return Uni.createFrom().item(answer(cached, key != null, gzip));
        }
        return Uni.createFrom().item(() -> answer(compute.get(), key != null, gzip))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** The JSON body, compressed (once per snapshot for cached bodies) when the client accepts gzip. */
    private Response answer(byte[] json, boolean cached, boolean gzip) {
        byte[] compressed = gzip ? bodies.gzipped(json, cached) : null;
        Response.ResponseBuilder r = Response.ok(compressed != null ? compressed : json, MediaType.APPLICATION_JSON)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        return compressed != null ? r.header("Content-Encoding", "gzip").build() : r.build();
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] coding = part.trim().split(";");
            if (coding[0].trim().equalsIgnoreCase("gzip")) {
                return coding.length < 2 || !coding[1].replace(" ", "").equalsIgnoreCase("q=0");
            }
        }
        return false;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "The picture of one incident; with asOf, as it stood on that day")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = IncidentPicture.class)))
    public Uni<Response> get(@PathParam("id") String id, @QueryParam("asOf") String asOf,
            @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding) {
        LocalDate day = date("asOf", asOf);
        String key = pictureKey(id);
        return cachedOrOnWorker(day == null ? key : null, acceptEncoding, () -> {
            // asOf views are rare and many (any day): derived and serialized per request, not cached
            byte[] body = day == null
                    ? bodies.body(view.snapshot(), key, s -> s.pictures().get(id))
                    : bodies.serialize(view.pictureAsOf(id, day).orElse(null));
            if (body == null) {
                throw new NotFoundException("no incident " + id);
            }
            return body;
        });
    }

    @GET
    @Path("/{id}/timeline")
    @Operation(summary = "The incident's event records in date order, each with its article (copies left out "
            + "unless copies=true)")
    public List<IncidentView.TimelineEntry> timeline(@PathParam("id") String id, @BeanParam ExportParams params) {
        ExportQuery q = params.query();
        return EventExports.timeline(incident(id, q), q);
    }

    private IncidentView.Exported incident(String id, ExportQuery q) {
        return view.incident(id, q.asOf()).orElseThrow(() -> new NotFoundException("no incident " + id));
    }

    @GET
    @Path("/{id}/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Server-sent events: the picture now, then each time it changes")
    public Multi<IncidentPicture> stream(@PathParam("id") String id) {
        if (view.picture(id).isEmpty()) {
            throw new NotFoundException("no incident " + id);
        }
        return streams.stream(id);
    }

    @GET
    @Path("/{id}/events.csv")
    @Produces(ExportResource.CSV)
    @Operation(summary = "One incident's event records as CSV (ACLED-style columns)")
    public String eventsCsv(@PathParam("id") String id, @BeanParam ExportParams params) {
        ExportQuery q = params.query();
        return EventExports.csv(List.of(incident(id, q)), q);
    }

    @GET
    @Path("/{id}/geojson")
    @Produces(ExportResource.GEOJSON)
    @Operation(summary = "One incident's places as a GeoJSON FeatureCollection")
    public Map<String, Object> geoJson(@PathParam("id") String id, @BeanParam ExportParams params) {
        ExportQuery q = params.query();
        return EventExports.geoJson(List.of(incident(id, q)), q);
    }

    /** A date parameter (the exports' parser): a 400 saying what was wrong when it is not YYYY-MM-DD. */
    static LocalDate date(String name, String value) {
        try {
            return ExportQuery.date(name, value);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    /** A country parameter: an ISO 3166-1 alpha-2 code (any case), or a 400. */
    static String country(String value) {
        try {
            return ExportQuery.country(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }
}
