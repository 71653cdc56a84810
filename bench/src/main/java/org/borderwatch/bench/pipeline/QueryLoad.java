package org.borderwatch.bench.pipeline;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop query load on loopback: {@code clients} threads, each sending its next request as soon as the last
 * one answered, alternating {@code GET /incidents} and {@code GET /incidents/{id}} over the given ids, until the
 * time or the request budget is spent. Runs in the benchmark's JVM, a process apart from the query-service.
 * With {@code gzip} the clients send {@code Accept-Encoding: gzip} as browsers do (the bodies are not inflated:
 * the time is to the last byte received); without it they ask for plain JSON like a bare API client.
 *
 * <p>No think time: each client waits only for its answer, so by Little's law the latency at saturation is
 * clients / throughput (200 clients and p99 under 20 ms need well over 10,000 answers per second).
 */
final class QueryLoad {

    record Result(int clients, boolean gzip, long requests, long errors, double seconds, long bytes,
            Percentiles latencyMicros) {
        double requestsPerSecond() {
            return requests / seconds;
        }

        String label() {
            return clients + " clients" + (gzip ? "" : ", no gzip");
        }
    }

    private QueryLoad() {
    }

    static Result run(String baseUrl, List<String> incidentIds, int clients, boolean gzip, Duration duration,
            long maxRequests) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        int perClient = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(1, maxRequests / clients));
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        AtomicLong errors = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(clients);
        long[] window = new long[2];
        for (int c = 0; c < clients; c++) {
            int client = c;
            latencies[c] = new long[Math.min(perClient, 200_000)];
            Thread t = new Thread(() -> {
                try {
                    ready.countDown();
                    go.await();
                    long deadline = window[1];
                    int n = 0;
                    while (n < latencies[client].length && System.nanoTime() < deadline) {
                        String path = (n + client) % 2 == 0 || incidentIds.isEmpty() ? "/incidents"
                                : "/incidents/" + incidentIds.get((n * 31 + client) % incidentIds.size());
                        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                                .timeout(Duration.ofSeconds(30)).GET();
                        HttpRequest req = gzip ? builder.header("Accept-Encoding", "gzip").build() : builder.build();
                        long start = System.nanoTime();
                        try {
                            HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                            if (r.statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                            bytes.addAndGet(r.body().length);
                        } catch (java.io.IOException e) {
                            errors.incrementAndGet();
                        }
                        latencies[client][n++] = (System.nanoTime() - start) / 1000;
                    }
                    counts[client] = n;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    finished.countDown();
                }
            }, "query-client-" + c);
            t.setDaemon(true);
            t.start();
        }
        ready.await();
        window[0] = System.nanoTime();
        window[1] = window[0] + duration.toNanos();
        go.countDown();
        finished.await();
        double seconds = (System.nanoTime() - window[0]) / 1e9;
        long total = 0;
        for (int n : counts) {
            total += n;
        }
        long[] all = new long[(int) total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies[c], 0, all, at, counts[c]);
            at += counts[c];
        }
        return new Result(clients, gzip, total, errors.get(), seconds, bytes.get(), new Percentiles(all));
    }
}
