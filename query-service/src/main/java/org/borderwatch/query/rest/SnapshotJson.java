package org.borderwatch.query.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;
import org.borderwatch.query.incident.IncidentView;

/**
 * JSON bodies serialized once per read-model snapshot. Between two changes of the model every reader of the
 * incident list or of one picture gets the very same bytes, so a request costs a map lookup instead of building
 * and serializing hundreds of summaries (what bounded the query benchmark's p99). A new snapshot starts a new
 * cache and the old one is dropped whole: it holds one body per incident and per list filter asked for since the
 * model last changed.
 */
@ApplicationScoped
public class SnapshotJson {
    private record Cache(IncidentView.Snapshot of, Map<String, byte[]> bodies, Map<byte[], byte[]> gzipped) {
    }

    /** Bodies smaller than this are sent as they are: compressing them saves less than its headers cost. */
    static final int GZIP_MIN_BYTES = 1024;

    private final ObjectMapper json;
    private volatile Cache cache;

    public SnapshotJson(ObjectMapper json) {
        this.json = json;
    }

    /** The body under {@code key} if it is already serialized for the model's current version, else null. */
    public byte[] cached(IncidentView.Snapshot fresh, String key) {
        Cache c = cache;
        return fresh == null || key == null || c == null || c.of() != fresh ? null : c.bodies().get(key);
    }

    /**
     * The body under {@code key} for this snapshot, serialized from {@code value} on first use; null when the value
     * is null (nothing to serialize, e.g. no such incident).
     */
    public byte[] body(IncidentView.Snapshot snapshot, String key, Function<IncidentView.Snapshot, Object> value) {
        Cache c = cache;
        if (c == null || c.of() != snapshot) {
            c = new Cache(snapshot, new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
            cache = c;
        }
        byte[] body = c.bodies().get(key);
        if (body != null) {
            return body;
        }
        body = serialize(value.apply(snapshot));
        if (body != null) {
            c.bodies().put(key, body);
        }
        return body;
    }

    /**
     * The gzip form of a body of the current snapshot's cache, compressed once and kept beside it (the incident list
     * at 10k articles is ~250 KB of JSON and ~10x smaller compressed); null when the body is too small to gain.
     *
     * @param cached whether {@code body} came from {@link #body} (kept per snapshot, by identity) rather than made
     *               for one answer (asOf), which is compressed for that answer only
     */
    public byte[] gzipped(byte[] body, boolean cached) {
        if (body == null || body.length < GZIP_MIN_BYTES) {
            return null;
        }
        Cache c = cache;
        if (!cached || c == null) {
            return gzip(body);
        }
        // arrays hash by identity: one entry per cached body of this snapshot
        return c.gzipped().computeIfAbsent(body, SnapshotJson::gzip);
    }

    static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 6 + 64);
        try (GZIPOutputStream z = new GZIPOutputStream(out, 8192)) {
            z.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip in memory", e);
        }
        return out.toByteArray();
    }

    /** The value as JSON with the service's mapper (the one REST uses), or null for null. */
    public byte[] serialize(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("read-model views always serialize", e);
        }
    }
}
