package org.borderwatch.query.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every 400 of query-service says what was wrong, as JSON: {@code {"status":400,"error":"Bad Request",
 * "message":"status must be one of pending, analyzed, rejected, not 'bogus'"}}. Without this the REST layer
 * answers a BadRequestException with an empty body, and a client cannot tell which parameter it got wrong.
 */
public class BadRequestAnswers {
    /** The body of a 400. */
    public record Problem(int status, String error, String message) {
    }

    @ServerExceptionMapper
    public Response badRequest(BadRequestException e) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                .entity(new Problem(400, "Bad Request", e.getMessage())).build();
    }
}
