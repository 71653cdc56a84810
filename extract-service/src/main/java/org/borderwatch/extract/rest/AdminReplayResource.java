package org.borderwatch.extract.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.borderwatch.extract.config.AdminToken;
import org.borderwatch.extract.replay.ReplayService;
import org.borderwatch.extract.replay.ReplayStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Replay of {@code articles.raw} through the current extractor; bearer token required. */
@Path("/admin/replay")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
@SecurityScheme(securitySchemeName = "adminToken", type = SecuritySchemeType.HTTP, scheme = "bearer")
@SecurityRequirement(name = "adminToken")
public class AdminReplayResource {
    static final String DISABLED = "replay disabled: no admin token configured";

    private final AdminToken adminToken;
    private final ReplayService replay;

    public AdminReplayResource(AdminToken adminToken, ReplayService replay) {
        this.adminToken = adminToken;
        this.replay = replay;
    }

    @POST
    @Operation(summary = "Start a replay", description = "Re-reads articles.raw from the beginning (up to the end offsets "
            + "at start) with the current extractor and publishes the analyses to articles.analyzed; runs in the background.")
    @APIResponse(responseCode = "202", description = "started; the body is the progress")
    @APIResponse(responseCode = "400", description = "since is not YYYY-MM-DD")
    @APIResponse(responseCode = "401", description = "no bearer token")
    @APIResponse(responseCode = "403", description = "wrong token")
    @APIResponse(responseCode = "409", description = "a replay is already running")
    @APIResponse(responseCode = "503", description = "no admin token configured")
    public Response start(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Parameter(description = "only articles ingested or published on or after this day (YYYY-MM-DD)")
            @QueryParam("since") String since) {
        Response denied = deny(authorization);
        if (denied != null) {
            return denied;
        }
        LocalDate sinceDay = null;
        if (since != null && !since.isBlank()) {
            try {
                sinceDay = LocalDate.parse(since.strip());
            } catch (DateTimeParseException e) {
                return error(Response.Status.BAD_REQUEST, "since must be YYYY-MM-DD");
            }
        }
        try {
            ReplayStatus status = replay.start(sinceDay);
            return Response.accepted(status).build();
        } catch (ReplayService.AlreadyRunningException e) {
            return Response.status(Response.Status.CONFLICT).entity(replay.status()).build();
        }
    }

    @GET
    @Operation(summary = "Progress of the current or last replay")
    @APIResponse(responseCode = "200", description = "state, done, total, ratePerSecond, etaSeconds, startedAt, finishedAt, extractor")
    @APIResponse(responseCode = "401", description = "no bearer token")
    @APIResponse(responseCode = "403", description = "wrong token")
    @APIResponse(responseCode = "503", description = "no admin token configured")
    public Response status(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Response denied = deny(authorization);
        return denied != null ? denied : Response.ok(replay.status()).build();
    }

    /** Null when access is granted. The presented token is never logged nor echoed. */
    private Response deny(String authorization) {
        return switch (adminToken.check(authorization)) {
            case DISABLED -> error(Response.Status.SERVICE_UNAVAILABLE, DISABLED);
            case MISSING -> Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"borderwatch-admin\"")
                    .type(MediaType.APPLICATION_JSON).entity(Map.of("error", "bearer token required")).build();
            case WRONG -> error(Response.Status.FORBIDDEN, "wrong token");
            case GRANTED -> null;
        };
    }

    private static Response error(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(Map.of("error", message)).build();
    }
}
