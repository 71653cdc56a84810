package org.borderwatch.query.rest;

import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.borderwatch.contract.api.IncidentPicture;
import org.borderwatch.contract.api.IncidentSummary;
import org.borderwatch.query.export.EventExports;
import org.borderwatch.query.incident.IncidentView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestStreamElementType;

@Path("/incidents")
@Produces(MediaType.APPLICATION_JSON)
public class IncidentResource {
    private final IncidentView view;
    private final IncidentStreams streams;

    public IncidentResource(IncidentView view, IncidentStreams streams) {
        this.view = view;
        this.streams = streams;
    }

    @GET
    @Operation(summary = "Incident summaries, newest first")
    public List<IncidentSummary> list(@QueryParam("country") @Parameter(description = "ISO 3166-1 alpha-2") String country,
            @QueryParam("from") @Parameter(description = "YYYY-MM-DD") String from,
            @QueryParam("to") @Parameter(description = "YYYY-MM-DD") String to) {
        return view.summaries(country, date("from", from), date("to", to));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "The picture of one incident; with asOf, as it stood on that day")
    public IncidentPicture get(@PathParam("id") String id, @QueryParam("asOf") String asOf) {
        LocalDate day = date("asOf", asOf);
        return (day == null ? view.picture(id) : view.pictureAsOf(id, day))
                .orElseThrow(() -> new NotFoundException("no incident " + id));
    }

    @GET
    @Path("/{id}/timeline")
    @Operation(summary = "The incident's event records in date order, each with its article")
    public List<IncidentView.TimelineEntry> timeline(@PathParam("id") String id) {
        return view.timeline(id).orElseThrow(() -> new NotFoundException("no incident " + id));
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
    public String eventsCsv(@PathParam("id") String id) {
        List<Map.Entry<String, IncidentView.TimelineEntry>> rows = new ArrayList<>();
        timeline(id).forEach(t -> rows.add(new AbstractMap.SimpleEntry<>(id, t)));
        return EventExports.csv(rows);
    }

    @GET
    @Path("/{id}/geojson")
    @Produces(ExportResource.GEOJSON)
    @Operation(summary = "One incident's places as a GeoJSON FeatureCollection")
    public Map<String, Object> geoJson(@PathParam("id") String id) {
        return EventExports.geoJson(List.of(get(id, null)));
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + " must be a date YYYY-MM-DD, not '" + value + "'");
        }
    }
}
