package org.borderwatch.query.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.util.Map;
import org.borderwatch.query.incident.IncidentView;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The all-incident exports at the root, {@code GET /events.csv} and {@code GET /incidents.geojson}. Each has its
 * own root path (not a {@code @Path("/")} class) so that nothing here can shadow the web page served at /.
 */
public final class ExportAtRootResource {
    private ExportAtRootResource() {
    }

    @Path("/events.csv")
    public static class EventsCsv {
        private final IncidentView view;

        public EventsCsv(IncidentView view) {
            this.view = view;
        }

        @GET
        @Produces(ExportResource.CSV)
        @Operation(summary = "Every incident's event records as CSV (ACLED-style columns)")
        public String get(@BeanParam ExportParams params) {
            return ExportResource.allEvents(view, params.query());
        }
    }

    @Path("/incidents.geojson")
    public static class IncidentsGeoJson {
        private final IncidentView view;

        public IncidentsGeoJson(IncidentView view) {
            this.view = view;
        }

        @GET
        @Produces(ExportResource.GEOJSON)
        @Operation(summary = "Every incident's located places as a GeoJSON FeatureCollection")
        public Map<String, Object> get(@BeanParam ExportParams params) {
            return ExportResource.allGeoJson(view, params.query());
        }
    }
}
