package org.borderwatch.bench.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The load client against a real HTTP server: fixed-length and chunked bodies, errors, the request mix. */
class QueryLoadTest {

    @Test
    void drivesKeepAliveConnectionsThroughFixedLengthAndChunkedAnswers() throws Exception {
        byte[] list = "[{\"id\":\"a\"},{\"id\":\"b\"}]".repeat(300).getBytes(StandardCharsets.UTF_8);
        byte[] one = "{\"id\":\"a\"}".getBytes(StandardCharsets.UTF_8);
        AtomicLong served = new AtomicLong();
        Set<String> gzipAsked = ConcurrentHashMap.newKeySet();
        Set<String> paths = ConcurrentHashMap.newKeySet();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/incidents", exchange -> {
            String path = exchange.getRequestURI().getPath();
            paths.add(exchange.getRequestURI().getQuery() == null ? path : path + "?" + exchange.getRequestURI().getQuery());
            String encoding = exchange.getRequestHeaders().getFirst("Accept-Encoding");
            if (encoding != null) {
                gzipAsked.add(encoding);
            }
            if (path.equals("/incidents/missing")) {
                exchange.sendResponseHeaders(404, -1);
            } else if (path.equals("/incidents")) {
                exchange.sendResponseHeaders(200, 0); // length 0: chunked
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(list, 0, 1000);
                    out.flush();
                    out.write(list, 1000, list.length - 1000);
                }
            } else {
                exchange.sendResponseHeaders(200, one.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(one);
                }
            }
            served.incrementAndGet();
            exchange.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            QueryLoad.Result r = QueryLoad.run(base, List.of("a", "b"), 8, true, Duration.ofMillis(800), 1_000_000);
            assertTrue(r.requests() > 50, "requests answered: " + r.requests());
            assertEquals(0, r.errors());
            assertEquals(served.get(), r.requests(), "every answer read to its end and counted once");
            assertTrue(paths.containsAll(Set.of("/incidents", "/incidents/a", "/incidents/b")), paths.toString());
            assertEquals(Set.of("gzip"), gzipAsked);
            assertTrue(r.bytes() > r.requests() / 2 * list.length, "bodies read: " + r.bytes());
            assertTrue(r.latencyMicros().at(50) > 0);

            assertFalse(paths.contains("/incidents?limit=50"));
            QueryLoad.Result pages = QueryLoad.run(base, QueryLoad.FIRST_PAGE, List.of("a"), 2, true,
                    Duration.ofMillis(300), 1_000_000);
            assertEquals(0, pages.errors());
            assertTrue(paths.contains("/incidents?limit=50"), paths.toString());
            assertEquals("2 clients, pages", pages.label());

            // a budget of requests ends the run before the time does; an error status is counted as an error
            QueryLoad.Result capped = QueryLoad.run(base, List.of("missing"), 2, false, Duration.ofSeconds(30), 40);
            assertEquals(40, capped.requests());
            assertEquals(20, capped.errors(), "every second request asks for a missing incident");
            assertTrue(capped.seconds() < 10);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aResponseEndsWhereItsLengthOrItsLastChunkSays() throws IOException {
        QueryLoad.Response response = new QueryLoad.Response();
        byte[] fixed = "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello".getBytes(StandardCharsets.US_ASCII);
        assertFalse(response.feed(fixed, fixed.length - 2));
        response.reset();
        assertTrue(response.feed(fixed, fixed.length));
        assertEquals(200, response.status);

        response.reset();
        byte[] chunked = ("HTTP/1.1 503 Unavailable\r\ntransfer-encoding: chunked\r\n\r\n"
                + "3\r\nabc\r\n0\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        assertFalse(response.feed(chunked, chunked.length - 1));
        response.reset();
        assertTrue(response.feed(chunked, chunked.length));
        assertEquals(503, response.status);
    }
}
