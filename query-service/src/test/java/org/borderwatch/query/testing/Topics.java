package org.borderwatch.query.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.borderwatch.contract.CloudEventTypes;
import org.borderwatch.testing.kafka.TopicReader;

/** Plain Kafka clients for tests: what another service would write, and reading a topic from the start. */
public final class Topics implements AutoCloseable {
    public static final ObjectMapper JSON = new ObjectMapper();
    private final String bootstrap;
    private final KafkaProducer<String, byte[]> producer;

    public Topics(String bootstrap) {
        this.bootstrap = bootstrap;
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        producer = new KafkaProducer<>(p);
    }

    public void send(String topic, String key, Object value) {
        try {
            sendBytes(topic, key, JSON.writeValueAsBytes(value));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public void sendBytes(String topic, String key, byte[] value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
        record.headers().add(CloudEventTypes.SCHEMA_VERSION_HEADER, "1".getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("send to " + topic + " failed", e);
        }
    }

    /** Every record of a topic, read from the beginning until {@code expected} arrived or the time ran out. */
    public List<ConsumerRecord<String, byte[]>> readAll(String topic, int expected, Duration within) {
        return new TopicReader(bootstrap).readUntil(topic, r -> true, expected, within);
    }

    @Override
    public void close() {
        producer.close();
    }
}
