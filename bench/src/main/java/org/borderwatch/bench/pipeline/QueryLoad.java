package org.borderwatch.bench.pipeline;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Closed-loop query load on loopback: {@code clients} keep-alive HTTP/1.1 connections, each sending its next
 * request as soon as the last one answered, alternating {@code GET /incidents} and {@code GET /incidents/{id}} over
 * the given ids (or the list's first page instead of the whole list), until the time or the request budget is spent. Runs in the benchmark's JVM, a process apart from
 * the query-service. With {@code gzip} the clients send {@code Accept-Encoding: gzip} as browsers do (the bodies are
 * not inflated: the time is to the last byte received); without it they ask for plain JSON like a bare API client.
 *
 * <p>The clients are connections, not threads: one thread drives them all through a selector, with the requests'
 * bytes prepared once, like {@code wrk}. On this 2-core machine the load generator shares the cores with the
 * service it measures; {@link java.net.http.HttpClient} with a thread per client spent more CPU per request than
 * the service's answer from cache did, so it measured mostly itself.
 *
 * <p>No think time: each client waits only for its answer, so by Little's law the latency at saturation is
 * clients / throughput (200 clients and p99 under 20 ms need well over 10,000 answers per second).
 */
final class QueryLoad {

    record Result(int clients, boolean gzip, String listPath, long requests, long errors, double seconds, long bytes,
            Percentiles latencyMicros) {
        double requestsPerSecond() {
            return requests / seconds;
        }

        String label() {
            return clients + " clients" + (gzip ? "" : ", no gzip") + (listPath.equals(WHOLE_LIST) ? "" : ", pages");
        }
    }

    /** The list as the contract defines it: every summary in one answer. */
    static final String WHOLE_LIST = "/incidents";
    /** The list a page at a time, as a web page shows it (paging is an addition to the contract). */
    static final String FIRST_PAGE = "/incidents?limit=50";

    private QueryLoad() {
    }

    static Result run(String baseUrl, List<String> incidentIds, int clients, boolean gzip, Duration duration,
            long maxRequests) throws IOException {
        return run(baseUrl, WHOLE_LIST, incidentIds, clients, gzip, duration, maxRequests);
    }

    /** @param listPath what the even turns ask for: {@link #WHOLE_LIST} or {@link #FIRST_PAGE} */
    static Result run(String baseUrl, String listPath, List<String> incidentIds, int clients, boolean gzip,
            Duration duration, long maxRequests) throws IOException {
        URI base = URI.create(baseUrl);
        InetSocketAddress address = new InetSocketAddress(base.getHost(), base.getPort());
        List<byte[]> requests = new ArrayList<>();
        requests.add(request(base, listPath, gzip));
        for (String id : incidentIds) {
            requests.add(request(base, "/incidents/" + id, gzip));
        }
        int perClient = (int) Math.min(200_000, Math.max(1, maxRequests / clients));
        long[] latencies = new long[perClient * clients];
        int recorded = 0;
        long errors = 0;
        long bytes = 0;
        ByteBuffer in = ByteBuffer.allocateDirect(256 * 1024);
        byte[] chunk = new byte[in.capacity()];
        try (Selector selector = Selector.open()) {
            List<Client> all = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                all.add(new Client(c));
            }
            long start = System.nanoTime();
            long deadline = start + duration.toNanos();
            for (Client client : all) {
                client.connect(selector, address);
                client.send(requests, selector);
            }
            int active = clients;
            while (active > 0) {
                selector.select(1000);
                for (SelectionKey key : selector.selectedKeys()) {
                    Client client = (Client) key.attachment();
                    try {
                        if (key.isWritable()) {
                            client.write(key);
                            continue;
                        }
                        if (!key.isReadable()) {
                            continue;
                        }
                        in.clear();
                        int read = client.channel.read(in);
                        if (read < 0) {
                            throw new IOException("connection closed by the service");
                        }
                        in.flip();
                        in.get(chunk, 0, read);
                        bytes += read;
                        if (!client.response.feed(chunk, read)) {
                            continue;
                        }
                        long now = System.nanoTime();
                        if (client.response.status != 200) {
                            errors++;
                        }
                        if (recorded < latencies.length) {
                            latencies[recorded++] = (now - client.sentAt) / 1000;
                        }
                        client.done++;
                        if (now < deadline && client.done < perClient) {
                            client.send(requests, selector);
                        } else {
                            client.close();
                            active--;
                        }
                    } catch (IOException e) {
                        errors++;
                        client.close();
                        if (System.nanoTime() < deadline && client.done < perClient) {
                            client.connect(selector, address); // a broken connection is redone, as a browser would
                            client.send(requests, selector);
                        } else {
                            active--;
                        }
                    }
                }
                selector.selectedKeys().clear();
                if (System.nanoTime() > deadline + Duration.ofSeconds(30).toNanos()) {
                    break; // answers that never come are not waited for forever; they count as errors
                }
            }
            for (Client client : all) {
                if (client.channel.isOpen()) {
                    errors++;
                    client.close();
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long[] measured = java.util.Arrays.copyOf(latencies, recorded);
            return new Result(clients, gzip, listPath, recorded, errors, seconds, bytes, new Percentiles(measured));
        }
    }

    private static byte[] request(URI base, String path, boolean gzip) {
        String head = "GET " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                + "\r\nAccept: application/json\r\n" + (gzip ? "Accept-Encoding: gzip\r\n" : "") + "\r\n";
        return head.getBytes(StandardCharsets.US_ASCII);
    }

    /** One keep-alive connection and its request in flight. */
    private static final class Client {
        final int id;
        SocketChannel channel;
        SelectionKey key;
        ByteBuffer out;
        long sentAt;
        int done;
        final Response response = new Response();

        Client(int id) {
            this.id = id;
        }

        void connect(Selector selector, InetSocketAddress address) throws IOException {
            channel = SocketChannel.open(address); // blocking connect on loopback, then non-blocking use
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            channel.configureBlocking(false);
            key = channel.register(selector, SelectionKey.OP_READ, this);
        }

        void send(List<byte[]> requests, Selector selector) throws IOException {
            // even turns ask for the list, odd ones for the client's next incident (each client from its own start)
            int turn = done + id;
            byte[] bytes = turn % 2 == 0 || requests.size() == 1 ? requests.get(0)
                    : requests.get(1 + (done / 2 + id * 7) % (requests.size() - 1));
            out = ByteBuffer.wrap(bytes);
            response.reset();
            sentAt = System.nanoTime();
            channel.write(out);
            if (out.hasRemaining()) {
                key.interestOps(SelectionKey.OP_WRITE);
            }
        }

        void write(SelectionKey selected) throws IOException {
            channel.write(out);
            if (!out.hasRemaining()) {
                selected.interestOps(SelectionKey.OP_READ);
            }
        }

        void close() {
            try {
                if (key != null) {
                    key.cancel();
                }
                channel.close();
            } catch (IOException ignored) {
                // closing a loopback socket that is gone already
            }
        }
    }

    /**
     * An HTTP/1.1 response read as it arrives: the head up to the empty line, then a body of Content-Length bytes
     * or in chunks. Only what a closed-loop client needs: the status and where the response ends.
     */
    static final class Response {
        private final StringBuilder head = new StringBuilder();
        private boolean inBody;
        int status;
        private long remaining; // body bytes left (Content-Length), or of the current chunk
        private boolean chunked;
        private int chunkState; // 0 size line, 1 data, 2 CRLF after data, 3 trailers
        private final StringBuilder line = new StringBuilder();

        void reset() {
            head.setLength(0);
            line.setLength(0);
            inBody = false;
            status = 0;
            remaining = 0;
            chunked = false;
            chunkState = 0;
        }

        /** Takes {@code n} more bytes; true when the response is complete (bytes after it are not expected). */
        boolean feed(byte[] bytes, int n) throws IOException {
            int i = 0;
            while (i < n) {
                if (!inBody) {
                    head.append((char) (bytes[i++] & 0xff));
                    int len = head.length();
                    if (len >= 4 && head.charAt(len - 1) == '\n' && head.charAt(len - 2) == '\r'
                            && head.charAt(len - 3) == '\n' && head.charAt(len - 4) == '\r') {
                        parseHead();
                        inBody = true;
                        if (!chunked && remaining == 0) {
                            return true;
                        }
                    }
                    continue;
                }
                if (!chunked) {
                    long take = Math.min(remaining, n - i);
                    remaining -= take;
                    i += (int) take;
                    if (remaining == 0) {
                        return true;
                    }
                    continue;
                }
                switch (chunkState) {
                    case 0, 3 -> {
                        char c = (char) (bytes[i++] & 0xff);
                        if (c != '\n') {
                            line.append(c);
                            continue;
                        }
                        String text = line.toString().strip();
                        line.setLength(0);
                        if (chunkState == 3) {
                            if (text.isEmpty()) {
                                return true; // the empty line after the last chunk (and any trailers)
                            }
                            continue;
                        }
                        int semicolon = text.indexOf(';');
                        remaining = Long.parseLong(semicolon < 0 ? text : text.substring(0, semicolon), 16);
                        chunkState = remaining == 0 ? 3 : 1;
                    }
                    case 1 -> {
                        long take = Math.min(remaining, n - i);
                        remaining -= take;
                        i += (int) take;
                        if (remaining == 0) {
                            chunkState = 2;
                            remaining = 2;
                        }
                    }
                    default -> { // the CRLF closing a chunk's data
                        i++;
                        if (--remaining == 0) {
                            chunkState = 0;
                        }
                    }
                }
            }
            return false;
        }

        private void parseHead() throws IOException {
            String[] lines = head.toString().split("\r\n");
            String[] statusLine = lines[0].split(" ");
            if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/")) {
                throw new IOException("not an HTTP response: " + lines[0]);
            }
            status = Integer.parseInt(statusLine[1]);
            for (int k = 1; k < lines.length; k++) {
                String h = lines[k].toLowerCase(Locale.ROOT);
                if (h.startsWith("content-length:")) {
                    remaining = Long.parseLong(h.substring("content-length:".length()).strip());
                } else if (h.startsWith("transfer-encoding:") && h.contains("chunked")) {
                    chunked = true;
                }
            }
        }
    }
}
