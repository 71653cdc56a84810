package org.borderwatch.query.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.util.Map;
import org.borderwatch.query.export.EventExports;
import org.borderwatch.query.export.ExportQuery;
import org.borderwatch.query.incident.IncidentView;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * CSV (ACLED-style columns) and GeoJSON exports of event records and incidents. The all-incident exports live
 * under /export (used by the web page) and, as the contract names them, at /events.csv and /incidents.geojson
 * ({@link ExportAtRootResource}); one incident's exports are under /incidents/{id}. Every one takes the same
 * filters ({@link ExportParams}: country, from, to, asOf, copies).
 */
@Path("/export")
public class ExportResource {
    static final String CSV = "text/csv; charset=UTF-8";
    static final String GEOJSON = "application/geo+json";

    private final IncidentView view;

    public ExportResource(IncidentView view) {
        this.view = view;
    }

    @GET
    @Path("events.csv")
    @Produces(CSV)
    @Operation(summary = "Every incident's event records as CSV (copies left out unless copies=true; the rows "
            + "marked headline add up to each incident's killed figure)")
    public String allEvents(@BeanParam ExportParams params) {
        return allEvents(view, params.query());
    }

    static String allEvents(IncidentView view, ExportQuery q) {
        return EventExports.csv(view.incidents(q.asOf()), q);
    }

    @GET
    @Path("incidents.geojson")
    @Produces(GEOJSON)
    @Operation(summary = "Every incident's places as a GeoJSON FeatureCollection")
    public Map<String, Object> allGeoJson(@BeanParam ExportParams params) {
        return allGeoJson(view, params.query());
    }

    static Map<String, Object> allGeoJson(IncidentView view, ExportQuery q) {
        return EventExports.geoJson(view.incidents(q.asOf()), q);
    }
}
