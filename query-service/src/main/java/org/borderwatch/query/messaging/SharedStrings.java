package org.borderwatch.query.messaging;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * String values of the records the read model keeps, shared when short. An analysis holds ~45 event records, each
 * with a dozen small strings (type, country codes, category, precision, dates, names) that are the same across
 * thousands of records; parsed as they come they were ~5 million separate strings at 10k articles (a class
 * histogram of query-service: 120 MB of String objects, 267 MB of byte arrays). Long values (sentences, texts)
 * are kept as they are. The table is bounded: past {@link #MAX_ENTRIES} it starts afresh, which costs sharing,
 * never correctness.
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
        return module;
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.hasToken(JsonToken.VALUE_STRING)) {
            return share(p.getText());
        }
        return StringDeserializer.instance.deserialize(p, ctxt); // numbers, booleans, embedded: as Jackson does
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
