package org.borderwatch.ingest.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.borderwatch.ingest.config.IngestConfig;
import org.jboss.logging.Logger;

/**
 * Receives the body of {@code POST /articles} on the event loop, ahead of the REST layer, and hands the whole body
 * on to {@link ArticleResource} (which then reads it from memory, never from the socket). So a slow client holds a
 * connection and the bytes it sent, never a worker thread, and {@code /q/health/live} never waits behind uploads.
 *
 * <p>Why: the resource read its {@code InputStream} on a worker thread, which blocked for as long as the client
 * took; 200 clients sending a byte every 0.4 s grew the workers from 63 to 262 and POST and liveness timed out
 * (issue 13, finding 4). Here every upload ends in bounded time and with an answer:
 * <ul>
 *   <li>413 when the declared or received size passes {@code borderwatch.http.max-body-size};</li>
 *   <li>503 with Retry-After beyond {@code max-concurrent-uploads} bodies being received at once, or
 *       {@code upload-buffer-limit} bytes held at once;</li>
 *   <li>408 when the body is not complete {@code body-timeout} after the headers: a Content-Length larger than the
 *       body, or a trickle.</li>
 * </ul>
 * Each refusal closes the connection (the rest of the body is never read) and counts in
 * {@code borderwatch.ingest.http.uploads.refused{reason}}.
 */
@ApplicationScoped
public class UploadGate {
    /** Ahead of the REST layer's route and of Quarkus's own size check (order -2, a 413 without a reason). */
    static final int ORDER = -100;
    static final String RETRY_AFTER_SECONDS = "5";
    private static final Logger LOG = Logger.getLogger(UploadGate.class);

    private final long maxBodySize;
    private final int maxUploads;
    private final long bufferLimit;
    private final Duration bodyTimeout;
    private final ObjectMapper json;
    private final AtomicInteger receiving = new AtomicInteger();
    private final AtomicLong buffered = new AtomicLong();
    private final Counter busy;
    private final Counter memory;
    private final Counter timedOut;
    private final Counter tooLarge;

    public UploadGate(IngestConfig config, ObjectMapper json, MeterRegistry meters) {
        this.maxBodySize = config.http().maxBodySize().asLongValue();
        this.maxUploads = config.http().maxConcurrentUploads();
        this.bufferLimit = config.http().uploadBufferLimit().asLongValue();
        this.bodyTimeout = config.http().bodyTimeout();
        this.json = json;
        gauge(meters, "borderwatch.ingest.http.uploads.receiving", receiving);
        gauge(meters, "borderwatch.ingest.http.uploads.buffered.bytes", buffered);
        this.busy = refusals(meters, "busy");
        this.memory = refusals(meters, "memory");
        this.timedOut = refusals(meters, "timeout");
        this.tooLarge = refusals(meters, "too-large");
    }

    /**
     * Registers a gauge of this instance's number, replacing one of an earlier start: Micrometer's registry outlives
     * an application restarted in the same JVM (Quarkus tests), and would otherwise keep reading the old number.
     */
    private static void gauge(MeterRegistry meters, String name, Number value) {
        meters.find(name).gauges().forEach(meters::remove);
        meters.gauge(name, value);
    }

    private static Counter refusals(MeterRegistry meters, String reason) {
        return Counter.builder("borderwatch.ingest.http.uploads.refused").tag("reason", reason)
                .description("POST /articles bodies refused before the REST layer").register(meters);
    }

    void install(@Observes Router router) {
        router.post("/articles").order(ORDER).handler(this::receive);
    }

    private void receive(RoutingContext rc) {
        long declared = declaredLength(rc.request());
        if (declared > maxBodySize) {
            refuse(rc, 413, ArticleResource.overLimit(maxBodySize), tooLarge);
            return;
        }
        if (receiving.incrementAndGet() > maxUploads) {
            receiving.decrementAndGet();
            refuse(rc, 503, "too many uploads at once (" + maxUploads
                    + ", borderwatch.http.max-concurrent-uploads): send it again later", busy);
            return;
        }
        new Upload(rc).start();
    }

    /** One body being received; touched only on its connection's event loop (handlers and timer alike). */
    private final class Upload {
        private final RoutingContext rc;
        private final Buffer body = Buffer.buffer();
        private boolean open = true;
        private long held;
        private long timer = -1;

        Upload(RoutingContext rc) {
            this.rc = rc;
        }

        void start() {
            HttpServerRequest request = rc.request();
            // response sent or connection gone: the bytes are no longer held, whatever happened
            rc.addEndHandler(done -> {
                stopReceiving();
                buffered.addAndGet(-held);
                held = 0;
            });
            if (request.isEnded()) {
                finish();
                return;
            }
            timer = rc.vertx().setTimer(Math.max(1, bodyTimeout.toMillis()), id -> {
                timer = -1;
                if (open) {
                    refuse(408, "request body not complete within " + bodyTimeout.toSeconds()
                            + " s (borderwatch.http.body-timeout): " + body.length() + " bytes received", timedOut);
                }
            });
            request.handler(this::chunk);
            request.endHandler(v -> finish());
            // the connection broke midway: nothing to answer; addEndHandler above releases what was held
            request.exceptionHandler(e -> stopReceiving());
            if (request.version() != HttpVersion.HTTP_1_0
                    && "100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
                rc.response().writeContinue();
            }
            request.resume();
        }

        private void chunk(Buffer chunk) {
            if (!open) {
                return; // refused already; the connection closes once the answer is out
            }
            if (body.length() + (long) chunk.length() > maxBodySize) {
                refuse(413, ArticleResource.overLimit(maxBodySize), tooLarge);
                return;
            }
            if (buffered.addAndGet(chunk.length()) > bufferLimit) {
                buffered.addAndGet(-chunk.length());
                refuse(503, "too many upload bytes held at once (borderwatch.http.upload-buffer-limit): send it"
                        + " again later", memory);
                return;
            }
            held += chunk.length();
            body.appendBuffer(chunk);
        }

        private void finish() {
            if (!open) {
                return;
            }
            stopReceiving();
            rc.setBody(body);
            rc.next();
        }

        private void stopReceiving() {
            if (open) {
                open = false;
                receiving.decrementAndGet();
                if (timer >= 0) {
                    rc.vertx().cancelTimer(timer);
                    timer = -1;
                }
            }
        }

        private void refuse(int status, String message, Counter counter) {
            stopReceiving();
            UploadGate.this.refuse(rc, status, message, counter);
        }
    }

    /** Answers and closes the connection: the unread rest of the body is never parsed as a next request. */
    private void refuse(RoutingContext rc, int status, String message, Counter counter) {
        counter.increment();
        HttpServerResponse response = rc.response();
        if (response.ended() || response.closed()) {
            return;
        }
        LOG.debugf("POST /articles refused with %d: %s", status, message);
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(new ArticleResource.Problem(status, message));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // a record of an int and a String always serializes
        }
        response.setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.CONNECTION, "close");
        if (status == 503) {
            response.putHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        if (rc.request().version() != HttpVersion.HTTP_2) {
            response.endHandler(v -> rc.request().connection().close());
        }
        response.end(Buffer.buffer(bytes));
    }

    /** The Content-Length header as a number, -1 when absent or not a number (Vert.x itself rejects bad ones). */
    static long declaredLength(HttpServerRequest request) {
        String value = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
