package org.borderwatch.query.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import org.borderwatch.query.export.ExportQuery;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters every export takes (timeline, CSV, GeoJSON; one incident or all): {@link ExportQuery}. */
public class ExportParams {
    @QueryParam("country")
    @Parameter(description = "ISO 3166-1 alpha-2: incidents with this state as a party")
    public String country;

    @QueryParam("from")
    @Parameter(description = "YYYY-MM-DD: incidents and records dated on or after")
    public String from;

    @QueryParam("to")
    @Parameter(description = "YYYY-MM-DD: incidents and records dated on or before")
    public String to;

    @QueryParam("asOf")
    @Parameter(description = "YYYY-MM-DD: as published (or ingested) by that day")
    public String asOf;

    @QueryParam("copies")
    @Parameter(description = "true: include near-copies' records, marked with the article they copy (default false)")
    public String copies;

    /** The parsed query; an unknown value is a 400 that says what was wrong. */
    ExportQuery query() {
        try {
            return ExportQuery.of(country, from, to, asOf, copies);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }
}
