package org.borderwatch.ingest.rest;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A {@code POST /articles} over a plain socket on 127.0.0.1, written as slowly as a test wants: the headers at once,
 * then the body byte by byte ({@link #trickle}), or a part of it and nothing more. Records how it ended: an answer
 * (status line, headers, body) or the connection closed by the server without one.
 */
final class RawUpload implements Closeable {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final long startedNanos = System.nanoTime();
    private long endedNanos;
    private String answer;
    private boolean closedWithoutAnswer;

    private RawUpload(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    /** Connects and sends the request line and headers: a text/plain body of {@code contentLength} bytes. */
    static RawUpload start(int port, long contentLength) throws IOException {
        Socket socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
        RawUpload upload = new RawUpload(socket);
        upload.send(("POST /articles HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: text/plain\r\n"
                + "Connection: close\r\nContent-Length: " + contentLength + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        return upload;
    }

    /** Connects and sends the headers of a chunked body (no Content-Length). */
    static RawUpload startChunked(int port) throws IOException {
        Socket socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
        RawUpload upload = new RawUpload(socket);
        upload.send(("POST /articles HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: text/plain\r\n"
                + "Connection: close\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        return upload;
    }

    void send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** Sends {@code bytes} as one chunk of a chunked body ({@code null}: the last, empty chunk). */
    void sendChunk(byte[] bytes) throws IOException {
        if (bytes == null) {
            send("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            return;
        }
        send((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        send(bytes);
        send("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * One more body byte, unless the server has answered or closed the connection (then it reads the answer, if
     * any, and records the end). Never blocks for long: the answer is read only once bytes are waiting.
     *
     * @return whether the upload is still going
     */
    boolean trickle() {
        if (ended()) {
            return false;
        }
        try {
            if (in.available() > 0) {
                awaitEnd(5_000);
                return false;
            }
            send(new byte[] {'x'});
            return true;
        } catch (IOException e) {
            // broken pipe or reset: the server closed it; an answer it sent first may still be readable
            awaitEnd(1_000);
            return false;
        }
    }

    /** Reads until the server closes the connection or {@code timeoutMillis} pass, and records how it ended. */
    RawUpload awaitEnd(int timeoutMillis) {
        if (ended()) {
            return this;
        }
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        try {
            byte[] buf = new byte[4096];
            while (true) {
                long left = (deadline - System.nanoTime()) / 1_000_000L;
                if (left <= 0) {
                    break;
                }
                socket.setSoTimeout((int) left);
                int n = in.read(buf);
                if (n < 0) {
                    break;
                }
                got.write(buf, 0, n);
            }
        } catch (SocketTimeoutException e) {
            if (got.size() == 0) {
                return this; // nothing yet: still going
            }
        } catch (IOException e) {
            // reset after (or instead of) an answer
        }
        endedNanos = System.nanoTime();
        if (got.size() > 0) {
            answer = got.toString(StandardCharsets.UTF_8);
        } else {
            closedWithoutAnswer = true;
        }
        close();
        return this;
    }

    boolean ended() {
        return answer != null || closedWithoutAnswer;
    }

    /** The answer's status, 0 when the connection was closed without one or it has not ended. */
    int status() {
        if (answer == null || !answer.startsWith("HTTP/1.1 ")) {
            return 0;
        }
        return Integer.parseInt(answer.substring(9, 12));
    }

    /** A header of the answer (case-insensitive name), or null. */
    String header(String name) {
        if (answer == null) {
            return null;
        }
        String prefix = name.toLowerCase(Locale.ROOT) + ":";
        for (String line : head().split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return line.substring(prefix.length()).strip();
            }
        }
        return null;
    }

    String body() {
        int at = answer == null ? -1 : answer.indexOf("\r\n\r\n");
        return at < 0 ? "" : answer.substring(at + 4);
    }

    private String head() {
        int at = answer.indexOf("\r\n\r\n");
        return at < 0 ? answer : answer.substring(0, at);
    }

    /** Milliseconds from the headers sent to the end (answer read or connection closed). */
    long millisToEnd() {
        return (endedNanos - startedNanos) / 1_000_000L;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing a broken socket: nothing left to release
        }
    }

    @Override
    public String toString() {
        return ended() ? (answer != null ? "answered " + status() : "closed without answer") + " after "
                + millisToEnd() + " ms" : "still going";
    }
}
