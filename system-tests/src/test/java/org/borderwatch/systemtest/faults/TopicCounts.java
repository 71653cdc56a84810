package org.borderwatch.systemtest.faults;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.borderwatch.testing.kafka.TopicReader;

/**
 * What a topic holds, read from the broker itself (not through a service): every record from the beginning to the
 * end offsets taken at the start, counted by key. Compaction may already have folded some repeats of a key, so
 * {@link #records} is a lower bound of what was appended; {@link #perKey} covers every key that was ever written.
 */
record TopicCounts(String topic, long records, Map<String, Integer> perKey) {

    static TopicCounts read(String bootstrapServers, String topic) {
        Map<String, Integer> perKey = new HashMap<>();
        List<ConsumerRecord<String, byte[]>> all = new TopicReader(bootstrapServers)
                .readToEnd(topic, r -> true, Duration.ofSeconds(120));
        all.forEach(r -> perKey.merge(String.valueOf(r.key()), 1, Integer::sum));
        return new TopicCounts(topic, all.size(), perKey);
    }

    /** Records beyond the first of their key: re-publications after a crash (harmless by design, but counted). */
    long repeats() {
        return records - perKey.size();
    }
}
