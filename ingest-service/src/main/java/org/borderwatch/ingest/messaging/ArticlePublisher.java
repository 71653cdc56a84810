package org.borderwatch.ingest.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import io.smallrye.common.annotation.Identifier;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.borderwatch.contract.CloudEventHeaders;
import org.borderwatch.contract.CloudEventTypes;
import org.borderwatch.contract.Limits;
import org.borderwatch.contract.RawArticle;
import org.borderwatch.contract.Rejection;
import org.borderwatch.contract.Topics;
import org.borderwatch.ingest.article.RejectedInputException;
import org.borderwatch.ingest.config.IngestConfig;

/**
 * Writes {@code articles.raw} and {@code articles.rejected}.
 *
 * <p>A plain {@link KafkaProducer} rather than a SmallRye Emitter, on purpose: the watcher must know, synchronously
 * and within a bounded time, whether the broker acknowledged a record before it moves the file to {@code .done/};
 * when the broker is down it must get a failure back (not an Emitter buffer overflow or a blocked caller) so the
 * file stays in the inbox for a later retry; and the record key and ce_* headers are set exactly as the contract
 * says without the connector's own CloudEvents handling. {@code max.block.ms} and {@code delivery.timeout.ms}
 * bound every wait by {@code borderwatch.publish.timeout}.
 */
@ApplicationScoped
public class ArticlePublisher {
    private final KafkaProducer<String, byte[]> producer;
    private final ObjectMapper json;
    private final String ceSource;
    private final long timeoutMs;

    /**
     * @param kafkaConfig every {@code kafka.*} property as Quarkus hands it to its channels (bootstrap servers,
     *                    SASL, TLS): this plain producer must reach a secured cluster the same way
     */
    public ArticlePublisher(IngestConfig config, ObjectMapper json,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.json = json;
        this.ceSource = config.publish().ceSource();
        this.timeoutMs = config.publish().timeout().toMillis();
        Properties props = new Properties();
        kafkaConfig.forEach((k, v) -> {
            if (ProducerConfig.configNames().contains(k)) {
                props.put(k, v);
            }
        });
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "ingest-service");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        // A raw record holds a whole article (file limit 5 MB, more as JSON escapes): room for it.
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(Limits.MAX_MESSAGE_BYTES));
        // lz4: a fraction of gzip's CPU on both ends (the raw topic is read twice, by extract and query), and every
        // Kafka client has it (kafka-clients depends on lz4-java; librdkafka builds it in). Benchmark at 10k with
        // lz4 on the analyzed topic too: broker CPU 16 -> 12 s, extract 46 -> 41 s, end-to-end 201 -> 224 articles/s.
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        long requestTimeout = Math.max(1000, timeoutMs / 2);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, String.valueOf(timeoutMs));
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, String.valueOf(requestTimeout));
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(timeoutMs + requestTimeout));
        // The inbox workers publish at once: 5 ms lets their records share a request (each still waits for its ack).
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        this.producer = new KafkaProducer<>(props);
    }

    /** Blocks until the broker acknowledged the article (acks=all) or throws. */
    public RecordMetadata publish(RawArticle article) throws BrokerUnavailableException, RejectedInputException {
        var headers = kafkaHeaders(CloudEventHeaders.of(CloudEventHeaders.rawArticleId(article.articleId()),
                CloudEventTypes.RAW_ARTICLE, ceSource, article.articleId(), article.ingestedAt()));
        try {
            return send(new ProducerRecord<>(Topics.RAW, null, article.articleId(), toJson(article), headers));
        } catch (RecordTooLargeException e) {
            throw new RejectedInputException(RejectedInputException.Kind.TOO_LARGE,
                    "the article is larger than the broker accepts for one record: " + e.getMessage());
        }
    }

    /** Blocks until the broker acknowledged the rejection or throws. Key: articleId, else the file name. */
    public RecordMetadata publish(Rejection rejection) throws BrokerUnavailableException {
        String key = rejection.articleId() != null ? rejection.articleId() : rejection.fileName();
        var headers = kafkaHeaders(CloudEventHeaders.of(CloudEventHeaders.rejectionId(UUID.randomUUID().toString()),
                CloudEventTypes.REJECTION, ceSource, key, rejection.rejectedAt()));
        try {
            return send(new ProducerRecord<>(Topics.REJECTED, null, key, toJson(rejection), headers));
        } catch (RecordTooLargeException e) {
            throw new IllegalStateException("a rejection record is small: " + e.getMessage(), e);
        }
    }

    private RecordMetadata send(ProducerRecord<String, byte[]> record) throws BrokerUnavailableException,
            RecordTooLargeException {
        try {
            // delivery.timeout.ms bounds the future; the extra second covers the client's own bookkeeping.
            return producer.send(record).get(timeoutMs * 2 + 1000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerUnavailableException("interrupted while waiting for the broker", e);
        } catch (ExecutionException | TimeoutException | org.apache.kafka.common.KafkaException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            if (cause instanceof RecordTooLargeException tooLarge) {
                throw tooLarge; // retrying would never help
            }
            throw new BrokerUnavailableException("broker did not acknowledge " + record.topic() + " record "
                    + record.key() + ": " + cause, cause);
        }
    }

    private byte[] toJson(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("contract records always serialize", e);
        }
    }

    @PreDestroy
    void close() {
        producer.close(java.time.Duration.ofSeconds(5));
    }

    private static org.apache.kafka.common.header.Headers kafkaHeaders(java.util.Map<String, byte[]> entries) {
        var headers = new org.apache.kafka.common.header.internals.RecordHeaders();
        entries.forEach(headers::add);
        return headers;
    }
}
