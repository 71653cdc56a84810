package org.borderwatch.query.messaging;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * String values of the records the read model keeps, shared when short. An analysis holds ~45 event records, each
 * with a dozen small strings (type, country codes, category, precision, dates, names) that are the same across
 * thousands of records; parsed as they come they were ~5 million separate strings at 10k articles (a class
 * histogram of query-service: 120 MB of String objects, 267 MB of byte arrays). Long values (sentences) are
 * shared within one record only: several events of an analysis quote the same evidence sentence, and each copy was
 * a string of its own. The table is bounded: past {@link #MAX_ENTRIES} it starts afresh, which costs sharing,
 * never correctness. The module also stores parsed lists compactly ({@link CompactLists}).
 */
final class SharedStrings extends StdDeserializer<String> {
    static final int MAX_LENGTH = 40;
    static final int MAX_ENTRIES = 200_000;

    private final ConcurrentHashMap<String, String> table = new ConcurrentHashMap<>();

    private SharedStrings() {
        super(String.class);
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("borderwatch-shared-strings");
        module.addDeserializer(String.class, new SharedStrings());
        module.setDeserializerModifier(CompactLists.MODIFIER);
        return module;
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.hasToken(JsonToken.VALUE_STRING)) {
            String s = p.getText();
            return s.length() > MAX_LENGTH ? shareInRecord(s, ctxt) : share(s);
        }
        return StringDeserializer.instance.deserialize(p, ctxt); // numbers, booleans, embedded: as Jackson does
    }

    /** Per call of readValue: the context's attributes set here live as long as the parse of one record. */
    private static String shareInRecord(String s, DeserializationContext ctxt) {
        @SuppressWarnings("unchecked")
        Map<String, String> seen = (Map<String, String>) ctxt.getAttribute(SharedStrings.class);
        if (seen == null) {
            seen = new HashMap<>();
            ctxt.setAttribute(SharedStrings.class, seen);
        }
        String shared = seen.putIfAbsent(s, s);
        return shared != null ? shared : s;
    }

    String share(String s) {
        if (s == null || s.length() > MAX_LENGTH) {
            return s;
        }
        String shared = table.putIfAbsent(s, s);
        if (shared != null) {
            return shared;
        }
        if (table.size() > MAX_ENTRIES) {
            table.clear();
        }
        return s;
    }
}
