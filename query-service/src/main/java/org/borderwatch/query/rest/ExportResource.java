package org.borderwatch.query.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.borderwatch.contract.api.IncidentPicture;
import org.borderwatch.query.export.EventExports;
import org.borderwatch.query.incident.IncidentView;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * CSV (ACLED-style columns) and GeoJSON exports of event records and incidents. The all-incident exports live
 * under /export (used by the web page) and, as the contract names them, at /events.csv and /incidents.geojson
 * ({@link ExportAtRootResource}); one incident's exports are under /incidents/{id}.
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
    @Operation(summary = "Every incident's event records as CSV")
    public String allEvents() {
        return allEvents(view);
    }

    static String allEvents(IncidentView view) {
        List<Map.Entry<String, IncidentView.TimelineEntry>> rows = new ArrayList<>();
        for (String id : view.snapshot().pictures().keySet()) {
            view.timeline(id).ifPresent(list -> list.forEach(t -> rows.add(new AbstractMap.SimpleEntry<>(id, t))));
        }
        return EventExports.csv(rows);
    }

    @GET
    @Path("incidents.geojson")
    @Produces(GEOJSON)
    @Operation(summary = "Every incident's places as a GeoJSON FeatureCollection")
    public Map<String, Object> allGeoJson() {
        return allGeoJson(view);
    }

    static Map<String, Object> allGeoJson(IncidentView view) {
        return EventExports.geoJson(new ArrayList<>(view.snapshot().pictures().values()));
    }
}
