package org.borderwatch.query.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.common.header.Header;
import org.borderwatch.contract.ArticleAnalysis;
import org.borderwatch.contract.CloudEventTypes;
import org.borderwatch.contract.RawArticle;
import org.borderwatch.contract.Rejection;
import org.borderwatch.query.incident.ArticleState;
import org.borderwatch.query.incident.ReadModel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Folds the three topics into the read model. Values are read as bytes and parsed here, so a record that is not
 * a contract record is a poison message with a precise reason: it is nacked, and the connector's dead-letter
 * strategy copies it with that reason (header {@code dead-letter-reason}) to articles.analyzed.dlq,
 * articles.raw.dlq or articles.rejected.dlq after its topic; the consumer goes on.
 */
@ApplicationScoped
public class TopicConsumers {
    private static final Logger LOG = Logger.getLogger(TopicConsumers.class);

    private final ReadModel model;
    private final ObjectMapper mapper;
    private final CatchUpTracker catchUp;
    private final MeterRegistry meters;
    /** Looked up once, not per record. */
    private final Counter foldedAnalyses;

    public TopicConsumers(ReadModel model, ObjectMapper mapper, CatchUpTracker catchUp, MeterRegistry meters) {
        this.model = model;
        // a copy: the REST layer keeps Quarkus's mapper as it is
        this.mapper = mapper.copy().registerModule(SharedStrings.module());
        this.catchUp = catchUp;
        this.meters = meters;
        this.foldedAnalyses = meters.counter("borderwatch.query.folded", "topic", "articles.analyzed");
    }

    @Incoming("articles-analyzed")
    public CompletionStage<Void> analyzed(Message<byte[]> message) {
        try {
            ArticleAnalysis analysis = parse(message, ArticleAnalysis.class);
            if (analysis.schemaVersion() != CloudEventTypes.SCHEMA_VERSION) {
                throw new IllegalArgumentException("unknown schemaVersion " + analysis.schemaVersion());
            }
            if (analysis.articleId() == null || analysis.extractor() == null) {
                throw new IllegalArgumentException("analysis without articleId or extractor");
            }
            model.apply(analysis);
            foldedAnalyses.increment();
            return done(message);
        } catch (RuntimeException e) {
            return poison(message, "articles.analyzed", e);
        }
    }

    @Incoming("articles-raw")
    public CompletionStage<Void> raw(Message<byte[]> message) {
        try {
            RawArticle raw = parse(message, RawArticle.class);
            // Where the record lies: the read model keeps only the text's shingle sample, the page reads it back.
            ArticleState.TextLocation at = message.getMetadata(IncomingKafkaRecordMetadata.class)
                    .map(m -> new ArticleState.TextLocation(m.getPartition(), m.getOffset())).orElse(null);
            model.apply(raw, at);
            return done(message);
        } catch (RuntimeException e) {
            return poison(message, "articles.raw", e);
        }
    }

    @Incoming("articles-rejected")
    public CompletionStage<Void> rejected(Message<byte[]> message) {
        try {
            model.apply(parse(message, Rejection.class));
            return done(message);
        } catch (RuntimeException e) {
            return poison(message, "articles.rejected", e);
        }
    }

    private CompletionStage<Void> poison(Message<byte[]> message, String topic, RuntimeException e) {
        LOG.warnf("poison record on %s (%s): %s", topic, where(message), e.getMessage());
        meters.counter("borderwatch.query.poison", "topic", topic).increment();
        track(message);
        return message.nack(e);
    }

    private <T> T parse(Message<byte[]> message, Class<T> type) {
        byte[] payload = message.getPayload();
        if (payload == null) {
            throw new IllegalArgumentException("empty value (tombstone or undeserializable)");
        }
        String header = header(message, CloudEventTypes.SCHEMA_VERSION_HEADER);
        if (header != null && !header.equals(String.valueOf(CloudEventTypes.SCHEMA_VERSION))) {
            throw new IllegalArgumentException("unknown schemaVersion header " + header);
        }
        try {
            return mapper.readValue(payload, type);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not a " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private CompletionStage<Void> done(Message<byte[]> message) {
        track(message);
        return message.ack();
    }

    private void track(Message<byte[]> message) {
        message.getMetadata(IncomingKafkaRecordMetadata.class)
                .ifPresent(m -> catchUp.consumed(m.getTopic(), m.getPartition(), m.getOffset()));
    }

    private static String header(Message<byte[]> message, String key) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class).map(m -> {
            Header h = m.getHeaders().lastHeader(key);
            return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
        }).orElse(null);
    }

    private static String where(Message<byte[]> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(m -> m.getTopic() + "-" + m.getPartition() + "@" + m.getOffset()).orElse("?");
    }
}
