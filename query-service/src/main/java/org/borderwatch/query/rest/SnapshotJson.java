package org.borderwatch.query.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
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
    private record Cache(IncidentView.Snapshot of, Map<String, byte[]> bodies) {
    }

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
            c = new Cache(snapshot, new ConcurrentHashMap<>());
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
