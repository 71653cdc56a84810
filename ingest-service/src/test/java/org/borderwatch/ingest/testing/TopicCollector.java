package org.borderwatch.ingest.testing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.borderwatch.contract.RawArticle;
import org.borderwatch.contract.Rejection;
import org.borderwatch.contract.Topics;
import org.borderwatch.testing.kafka.TopicReader;

/**
 * A plain KafkaConsumer on its own thread that reads articles.raw and articles.rejected from the beginning and
 * keeps every record: the tests look at what the service really wrote to the broker.
 */
public final class TopicCollector implements AutoCloseable {
    public static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final List<ConsumerRecord<String, byte[]>> raw = new CopyOnWriteArrayList<>();
    private final List<ConsumerRecord<String, byte[]>> rejected = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    public TopicCollector(String bootstrapServers) {
        thread = new Thread(() -> {
            try (KafkaConsumer<String, byte[]> consumer = new TopicReader(bootstrapServers)
                    .fromBeginning(Topics.RAW, Topics.REJECTED)) {
                while (running) {
                    for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                        (r.topic().equals(Topics.RAW) ? raw : rejected).add(r);
                    }
                }
            }
        }, "test-topic-collector");
        thread.setDaemon(true);
        thread.start();
    }

    public List<ConsumerRecord<String, byte[]>> raw() {
        return raw;
    }

    public List<ConsumerRecord<String, byte[]>> rejected() {
        return rejected;
    }

    public List<RawArticle> rawArticles(String fileName) {
        return raw.stream().map(r -> parse(r.value(), RawArticle.class))
                .filter(a -> Objects.equals(fileName, a.fileName())).toList();
    }

    public List<ConsumerRecord<String, byte[]>> rawRecordsWithKey(String key) {
        return raw.stream().filter(r -> key.equals(r.key())).toList();
    }

    public List<Rejection> rejections(String fileName) {
        return rejected.stream().map(r -> parse(r.value(), Rejection.class))
                .filter(a -> Objects.equals(fileName, a.fileName())).toList();
    }

    public static String header(ConsumerRecord<?, ?> record, String key) {
        return TopicReader.header(record, key);
    }

    public static <T> T parse(byte[] value, Class<T> type) {
        try {
            return JSON.readValue(value, type);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(5000);
    }
}
