package org.borderwatch.extract.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.borderwatch.contract.CloudEventTypes;
import org.borderwatch.contract.RawArticle;
import org.borderwatch.testing.kafka.TopicReader;
import org.eclipse.microprofile.config.ConfigProvider;

/** Plain Kafka clients against the test broker: the test talks to the service only through the topics. */
public final class KafkaTestClient implements AutoCloseable {
    public static final ObjectMapper JSON = new ObjectMapper()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final String bootstrapServers;
    private final KafkaProducer<String, byte[]> producer;
    private final TopicReader reader;

    public KafkaTestClient() {
        this.bootstrapServers = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        // records up to the contract's size, as the topics take them: the oversized cases are the service's to refuse
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(org.borderwatch.contract.Limits.MAX_MESSAGE_BYTES));
        this.producer = new KafkaProducer<>(props);
        this.reader = new TopicReader(bootstrapServers);
    }

    /** Publishes a raw article as ingest-service does (key articleId, ce_* and schemaVersion headers). */
    public RecordMetadata publish(RawArticle article) {
        return publish(null, article.articleId(), json(article), String.valueOf(article.schemaVersion()));
    }

    public RecordMetadata publish(Integer partition, String key, byte[] value, String schemaVersionHeader) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_specversion", bytes("1.0"));
        headers.add("ce_id", bytes("raw:" + key));
        headers.add("ce_type", bytes(CloudEventTypes.RAW_ARTICLE));
        headers.add("ce_source", bytes("/borderwatch/extract-service-tests"));
        headers.add("ce_time", bytes(Instant.now().toString()));
        if (schemaVersionHeader != null) {
            headers.add(CloudEventTypes.SCHEMA_VERSION_HEADER, bytes(schemaVersionHeader));
        }
        try {
            return producer.send(new ProducerRecord<>("articles.raw", partition, key, value, headers)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to articles.raw", e);
        }
    }

    /**
     * Reads the topic from the beginning until {@code count} records match, or fails after {@code timeout}.
     * Returns every matching record seen (possibly more than count).
     */
    public List<ConsumerRecord<String, byte[]>> await(String topic, Predicate<ConsumerRecord<String, byte[]>> filter, int count,
            Duration timeout) {
        List<ConsumerRecord<String, byte[]>> matching = reader.readUntil(topic, filter, count, timeout);
        if (matching.size() < count) {
            throw new AssertionError("expected " + count + " matching records on " + topic + " within " + timeout
                    + ", saw " + matching.size());
        }
        return matching;
    }

    /** Reads everything currently on the topic (up to its end offsets now). */
    public List<ConsumerRecord<String, byte[]>> readAll(String topic, Predicate<ConsumerRecord<String, byte[]>> filter) {
        return reader.readToEnd(topic, filter, Duration.ofSeconds(30));
    }

    public static String header(ConsumerRecord<?, ?> record, String key) {
        return TopicReader.header(record, key);
    }

    public static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static <T> T parse(byte[] value, Class<T> type) {
        try {
            return JSON.readValue(value, type);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
