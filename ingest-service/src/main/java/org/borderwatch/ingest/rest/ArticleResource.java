package org.borderwatch.ingest.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.borderwatch.ingest.article.ArticleIngestor;
import org.borderwatch.ingest.article.InputFormat;
import org.borderwatch.ingest.article.RejectedInputException;
import org.borderwatch.ingest.config.IngestConfig;
import org.borderwatch.ingest.messaging.BrokerUnavailableException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.logging.Logger;

/**
 * {@code POST /articles}: one article as text/plain, text/markdown, text/html or application/json
 * ({@code {title, text, published, outlet, url}}). Answers 202 once the broker acknowledged it. Nothing from the
 * request is ever used as a file path: the body goes straight to the article builder. The body arrives whole, from
 * memory: {@link UploadGate} received it on the event loop before this runs on a worker thread, and answered the
 * uploads that were too large, too slow or one too many itself.
 */
@Path("/articles")
public class ArticleResource {
    private static final Logger LOG = Logger.getLogger(ArticleResource.class);

    private final ArticleIngestor ingestor;
    private final long maxBodySize;

    public ArticleResource(ArticleIngestor ingestor, IngestConfig config) {
        this.ingestor = ingestor;
        this.maxBodySize = config.http().maxBodySize().asLongValue();
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Accepted(String articleId, boolean duplicate, String duplicateOf, String title, String published,
            List<String> warnings) {
    }

    public record Problem(int status, String error) {
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ingest one article", description = "text/plain, text/markdown, text/html or application/json"
            + " {title, text, published, outlet, url}; 202 after the broker acknowledged it")
    @APIResponse(responseCode = "202", description = "accepted (or a duplicate of an accepted article)")
    @APIResponse(responseCode = "400", description = "empty body or malformed JSON")
    @APIResponse(responseCode = "413", description = "body over borderwatch.http.max-body-size")
    @APIResponse(responseCode = "408", description = "body not complete within borderwatch.http.body-timeout"
            + " after the headers (answered by UploadGate, connection closed)")
    @APIResponse(responseCode = "415", description = "unsupported content type")
    @APIResponse(responseCode = "422", description = "not an article: binary, wrong JSON types, no text")
    @APIResponse(responseCode = "503", description = "broker unavailable, or too many uploads at once"
            + " (borderwatch.http.max-concurrent-uploads, upload-buffer-limit): send again after Retry-After")
    public Response post(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        Optional<InputFormat> format = InputFormat.ofMediaType(contentType);
        if (format.isEmpty()) {
            return problem(415, "unsupported content type " + (contentType == null ? "(none)" : "'" + contentType + "'")
                    + ": send text/plain, text/markdown, text/html or application/json");
        }
        Charset declared;
        try {
            declared = declaredCharset(contentType);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return problem(415, "unsupported charset in '" + contentType + "'");
        }
        byte[] bytes;
        try {
            bytes = body == null ? new byte[0] : body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodySize + 1));
        } catch (IOException e) {
            return problem(400, "could not read the request body: " + e.getMessage());
        }
        if (bytes.length > maxBodySize) {
            return problem(413, overLimit(maxBodySize));
        }
        try {
            ArticleIngestor.Outcome outcome = ingestor.ingest(bytes, format.get(), null, declared);
            return Response.accepted(new Accepted(outcome.articleId(), outcome.duplicate(), outcome.duplicateOf(),
                    outcome.article().title(), outcome.article().published(),
                    outcome.warnings().isEmpty() ? null : outcome.warnings())).build();
        } catch (RejectedInputException e) {
            recordRejection(e.reason());
            return problem(status(e.kind()), e.reason());
        } catch (BrokerUnavailableException e) {
            LOG.warnf("POST /articles refused, broker unavailable: %s", e.getMessage());
            return Response.status(503).header("Retry-After", "10")
                    .entity(new Problem(503, "broker unavailable, the article was not stored: send it again later"))
                    .type(MediaType.APPLICATION_JSON).build();
        }
    }

    private void recordRejection(String reason) {
        try {
            ingestor.reject(null, null, reason, "http");
        } catch (BrokerUnavailableException e) {
            // the client gets the reason in the answer; the topic record is only a log of it
            LOG.warnf("rejection of a POST not recorded on the topic (broker unavailable): %s", reason);
        }
    }

    private static Charset declaredCharset(String contentType) {
        for (String param : contentType.split(";")) {
            String p = param.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                return Charset.forName(p.substring("charset=".length()).replace("\"", "").strip());
            }
        }
        return null;
    }

    /** The reason of a 413, here and in {@link UploadGate}, which answers it before a body is read. */
    static String overLimit(long maxBodySize) {
        return "body over the limit of " + maxBodySize + " bytes (borderwatch.http.max-body-size)";
    }

    static int status(RejectedInputException.Kind kind) {
        return switch (kind) {
            case EMPTY, MALFORMED -> 400;
            case TOO_LARGE -> 413;
            case UNSUPPORTED_TYPE -> 415;
            case UNPROCESSABLE -> 422;
        };
    }

    private static Response problem(int status, String message) {
        return Response.status(status).entity(new Problem(status, message)).type(MediaType.APPLICATION_JSON).build();
    }
}
