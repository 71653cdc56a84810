package org.borderwatch.ingest.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.ingest.testing.InboxTestResource;
import org.borderwatch.testing.kafka.KafkaBrokerTestResource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, finding 4: slow request bodies must not exhaust ingest-service. 200 raw-socket clients trickle a body
 * byte by byte (one every 200 ms); meanwhile a normal POST and liveness are answered, no worker thread sits in the
 * resource, uploads past the cap get 503 with Retry-After, and every slow one ends with 408 (or a closed
 * connection) once {@code borderwatch.http.body-timeout} (20 s in tests) has passed. Bounds are generous (10 s for
 * an answer): this checks that things are answered at all, not how fast; the test ends in about 25 s.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerTestResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = InboxTestResource.class, restrictToAnnotatedClass = true)
class SlowUploadsIT {
    private static final Logger LOG = Logger.getLogger(SlowUploadsIT.class);
    private static final int SLOW = 200;
    private static final int EXTRA = 20;
    private static final long TRICKLE_MILLIS = 200;
    private static final Duration ANSWER_BOUND = Duration.ofSeconds(10);

    @TestHTTPResource("/")
    URL base;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(ANSWER_BOUND).build();

    @Test
    void slowBodiesHoldNoWorkerThreadAndEndWithinTheBodyTimeout() throws Exception {
        int cap = config("borderwatch.http.max-concurrent-uploads", Integer.class);
        Duration bodyTimeout = config("borderwatch.http.body-timeout", Duration.class);
        assertTrue(cap >= SLOW + 1 && cap < SLOW + EXTRA, "test profile: the cap lets 200 + 1 in, not 200 + 20");

        List<RawUpload> uploads = new ArrayList<>();
        try {
            // also warms up the metrics endpoint: its first answer can take seconds on a loaded machine
            assertEquals(0, receiving(), "no upload being received before the test");
            long opening = System.nanoTime();
            for (int i = 0; i < SLOW; i++) {
                uploads.add(RawUpload.start(base.getPort(), 10_000)); // at 5 bytes/s it would need 2,000 s
            }
            long openMillis = (System.nanoTime() - opening) / 1_000_000;
            long deadline = opening + bodyTimeout.plusSeconds(30).toNanos();
            // every upload registered by the server before the normal requests go in; the first ones must not
            // have timed out meanwhile (on a machine this loaded the body timeout is too short for the test)
            trickleUntil(uploads, () -> receiving() >= SLOW || uploads.get(0).ended(), deadline);
            long registeredMillis = (System.nanoTime() - opening) / 1_000_000;
            assertEquals(SLOW, receiving(), "uploads being received " + registeredMillis + " ms after the first"
                    + " was opened (opening all took " + openMillis + " ms)");

            long start = System.nanoTime();
            String id = postArticle("Border guards reported a calm night along the northern section, the"
                    + " ministry said on Monday.");
            long postMillis = (System.nanoTime() - start) / 1_000_000;
            assertNotNull(id, "the normal POST was accepted while 200 bodies trickled");
            start = System.nanoTime();
            assertEquals(200, get("/q/health/live").statusCode(), "liveness while 200 bodies trickled");
            long liveMillis = (System.nanoTime() - start) / 1_000_000;
            long inResource = threadsInArticleResource();
            assertEquals(0, inResource, "worker threads in ArticleResource while the bodies trickle");

            List<RawUpload> extra = new ArrayList<>();
            for (int i = 0; i < EXTRA; i++) {
                extra.add(RawUpload.start(base.getPort(), 10_000));
            }
            uploads.addAll(extra);
            trickleUntil(uploads, () -> uploads.stream().allMatch(RawUpload::ended), deadline);

            List<RawUpload> busy = extra.stream().filter(u -> u.status() == 503).toList();
            assertFalse(busy.isEmpty(), "uploads past the cap of " + cap + " answered 503: " + extra);
            for (RawUpload u : busy) {
                assertEquals(UploadGate.RETRY_AFTER_SECONDS, u.header("Retry-After"));
                assertTrue(u.body().contains("too many uploads at once"), u.body());
            }
            long timedOut = 0;
            long slowest = 0;
            for (RawUpload u : uploads) {
                assertTrue(u.ended(), "every upload ended: " + u);
                assertTrue(u.status() == 408 || u.status() == 503 || u.status() == 0, "408, 503 or closed: " + u);
                if (u.status() == 408) {
                    timedOut++;
                    assertTrue(u.body().contains("borderwatch.http.body-timeout"), u.body());
                    assertEquals("close", u.header("Connection"));
                }
                if (u.status() != 503) {
                    slowest = Math.max(slowest, u.millisToEnd());
                    assertTrue(u.millisToEnd() < bodyTimeout.plus(ANSWER_BOUND).toMillis(),
                            "ended within the body timeout (and a bound): " + u);
                }
            }
            LOG.infof("%d slow uploads (opened in %d ms, all being received after %d ms): a POST answered in %d ms,"
                    + " liveness in %d ms; %d more: %d answered 503 at once; %d answered 408, %d closed; the slowest"
                    + " ended after %d ms (body timeout %s)", SLOW, openMillis, registeredMillis, postMillis,
                    liveMillis, EXTRA, busy.size(), timedOut, uploads.size() - busy.size() - timedOut, slowest,
                    bodyTimeout);
            assertEquals(0, receiving(), "no upload left being received");
        } finally {
            uploads.forEach(RawUpload::close);
        }
    }

    @Test
    void aBodyShorterThanItsContentLengthIsAnswered408WithinTheBodyTimeout() throws Exception {
        Duration bodyTimeout = config("borderwatch.http.body-timeout", Duration.class);
        try (RawUpload upload = RawUpload.start(base.getPort(), 100)) {
            upload.send("ten bytes.".getBytes(StandardCharsets.US_ASCII));
            upload.awaitEnd((int) bodyTimeout.plus(ANSWER_BOUND).toMillis());
            assertTrue(upload.ended(), "answered or closed: " + upload);
            assertEquals(408, upload.status(), upload.toString());
            assertTrue(upload.body().contains("10 bytes received"), upload.body());
            LOG.infof("Content-Length 100 with 10 bytes sent: %s (body timeout %s)", upload, bodyTimeout);
        }
    }

    @Test
    void chunkedBodiesAreReceivedWholeOrRefusedPastTheLimit() throws Exception {
        String text = "Monitors counted two observation posts moved back from the border line on Tuesday.";
        try (RawUpload upload = RawUpload.startChunked(base.getPort())) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            upload.sendChunk(Arrays.copyOfRange(bytes, 0, 20));
            upload.sendChunk(Arrays.copyOfRange(bytes, 20, bytes.length));
            upload.sendChunk(null);
            upload.awaitEnd((int) ANSWER_BOUND.toMillis()); // Connection: close, so until the server closes
            assertEquals(202, upload.status(), upload.toString());
            assertTrue(upload.body().contains("\"articleId\""), upload.body());
        }
        long limit = config("borderwatch.http.max-body-size", io.quarkus.runtime.configuration.MemorySize.class)
                .asLongValue();
        try (RawUpload upload = RawUpload.startChunked(base.getPort())) {
            byte[] block = new byte[64 * 1024];
            Arrays.fill(block, (byte) 'x');
            try {
                for (long sent = 0; sent <= limit; sent += block.length) {
                    upload.sendChunk(block);
                }
            } catch (IOException e) {
                // the server answered and closed midway, as it should
            }
            upload.awaitEnd((int) ANSWER_BOUND.toMillis());
            assertEquals(413, upload.status(), upload.toString());
            assertTrue(upload.body().contains("over the limit"), upload.body());
        }
    }

    @Test
    void expectContinueIsAnsweredSoTheBodyComesAtOnce() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.toURI().resolve("/articles")).expectContinue(true)
                .timeout(ANSWER_BOUND).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("Both sides agreed to reopen the crossing for"
                        + " humanitarian convoys, the mediators said on Wednesday."))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(202, response.statusCode(), response.body());
    }

    private interface Condition {
        boolean met() throws Exception;
    }

    /** One byte to each open upload every 200 ms until the condition holds (or fails at the deadline). */
    private static void trickleUntil(List<RawUpload> uploads, Condition done, long deadline) throws Exception {
        while (!done.met()) {
            assertTrue(System.nanoTime() < deadline, "trickled until the deadline; uploads: " + uploads);
            for (RawUpload u : uploads) {
                u.trickle();
            }
            Thread.sleep(TRICKLE_MILLIS);
        }
    }

    private String postArticle(String text) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.toURI().resolve("/articles")).timeout(ANSWER_BOUND)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(text)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(202, response.statusCode(), response.body());
        Matcher id = Pattern.compile("\"articleId\":\"([0-9a-f]+)\"").matcher(response.body());
        return id.find() ? id.group(1) : null;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(base.toURI().resolve(path)).timeout(ANSWER_BOUND).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The server's own gauge of bodies being received, read from /q/metrics (itself answered meanwhile). */
    private int receiving() throws Exception {
        String metrics = get("/q/metrics").body();
        Matcher m = Pattern.compile("(?m)^borderwatch_ingest_http_uploads_receiving(?:\\{[^}]*})? ([0-9.E+-]+)$")
                .matcher(metrics);
        assertTrue(m.find(), "gauge borderwatch_ingest_http_uploads_receiving in /q/metrics");
        return (int) Double.parseDouble(m.group(1));
    }

    /** Threads now inside the resource method (before UploadGate, every slow body held one, blocked reading). */
    private static long threadsInArticleResource() {
        return Thread.getAllStackTraces().values().stream()
                .filter(stack -> Arrays.stream(stack).anyMatch(f -> f.getClassName().equals(ArticleResource.class.getName())))
                .count();
    }

    private static <T> T config(String name, Class<T> type) {
        return ConfigProvider.getConfig().getValue(name, type);
    }
}
