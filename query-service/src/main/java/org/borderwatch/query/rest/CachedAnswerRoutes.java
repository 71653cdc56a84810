package org.borderwatch.query.rest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.buffer.Unpooled;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import org.borderwatch.query.incident.IncidentView;

/**
 * The hot reads, answered straight from the snapshot's cached bytes on the event loop, ahead of the REST layer:
 * the whole incident list, a page of it ({@code offset}/{@code limit} only) and an incident's current picture.
 * Anything else (filters, asOf, a body not yet serialized for the current model, a bad value) goes on to
 * {@link IncidentResource}, which derives, serializes and caches, and answers errors; the next request for the same
 * body is then served here. Same status, headers and bytes either way ({@code QueryServiceIT}
 * {@code cachedAnswersAreTheRestLayersAnswersByteForByte}, which also counts the answers served here).
 *
 * <p>Why: under 200 clients with no think time, query-service's CPU per cached answer was mostly the REST layer's
 * dispatch, its Uni and Response, and a copy of the body into a new buffer (JFR of the benchmark), not the bytes.
 */
@ApplicationScoped
public class CachedAnswerRoutes {
    /** Ahead of the REST layer's route (QueryServiceIT fails if the REST layer answers first: nothing is counted). */
    static final int ORDER = -100;

    private final IncidentView view;
    private final SnapshotJson bodies;
    private final Counter served;

    public CachedAnswerRoutes(IncidentView view, SnapshotJson bodies, MeterRegistry meters) {
        this.view = view;
        this.bodies = bodies;
        this.served = meters.counter("borderwatch.query.answers.cached");
    }

    void install(@Observes Router router) {
        router.get("/incidents").order(ORDER).handler(this::list);
        router.get("/incidents/:id").order(ORDER).handler(this::picture);
    }

    private void list(RoutingContext rc) {
        MultiMap params = rc.queryParams();
        String key = IncidentResource.listKey(null, null, null);
        if (params.isEmpty()) {
            answer(rc, cached(key), null);
            return;
        }
        if (!params.names().stream().allMatch(n -> n.equals("offset") || n.equals("limit"))
                || params.getAll("offset").size() > 1 || params.getAll("limit").size() > 1) {
            rc.next();
            return;
        }
        Integer skip = number(params.get("offset"), 0, Integer.MAX_VALUE, 0);
        Integer size = number(params.get("limit"), 1, IncidentResource.MAX_LIMIT, null);
        if (skip == null || (params.contains("limit") && size == null)) {
            rc.next(); // the REST layer words the 400
            return;
        }
        IncidentView.Snapshot fresh = view.freshSnapshot();
        byte[] page = bodies.cached(fresh, IncidentResource.pageKey(key, skip, size));
        byte[] total = bodies.cached(fresh, IncidentResource.totalKey(key));
        answer(rc, total == null ? null : page, total);
    }

    private void picture(RoutingContext rc) {
        if (!rc.queryParams().isEmpty()) {
            rc.next();
            return;
        }
        answer(rc, cached(IncidentResource.pictureKey(rc.pathParam("id"))), null);
    }

    private byte[] cached(String key) {
        return bodies.cached(view.freshSnapshot(), key);
    }

    /** @param total the page's {@code X-Total-Count} body (a JSON number), or null for a whole answer */
    private void answer(RoutingContext rc, byte[] json, byte[] total) {
        if (json == null) {
            rc.next();
            return;
        }
        byte[] compressed = IncidentResource.acceptsGzip(rc.request().getHeader(HttpHeaders.ACCEPT_ENCODING))
                ? bodies.gzipped(json, true) : null;
        HttpServerResponse response = rc.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, IncidentResource.JSON_CONTENT_TYPE)
                .putHeader(HttpHeaders.VARY, "Accept-Encoding");
        if (compressed != null) {
            response.putHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        if (total != null) {
            response.putHeader(IncidentResource.TOTAL_COUNT, new String(total, StandardCharsets.US_ASCII));
        }
        served.increment();
        // wraps the cached array, no copy; Netty only reads it
        response.end(Buffer.buffer(Unpooled.wrappedBuffer(compressed != null ? compressed : json)));
    }

    /** The value as a whole number in [min, max], {@code absent} when missing, null when not such a number. */
    static Integer number(String value, int min, int max, Integer absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int n = Integer.parseInt(value.trim());
            return n >= min && n <= max ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
