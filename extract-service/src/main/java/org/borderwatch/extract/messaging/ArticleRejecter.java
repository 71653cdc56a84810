package org.borderwatch.extract.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.borderwatch.contract.CloudEventTypes;
import org.borderwatch.contract.Rejection;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * The end of every raw record that does not become an analysis: a Rejection with its reason on
 * {@code articles.rejected} (the article shows as rejected in the read model), a small {@link DeadLetter} on
 * {@code articles.raw.dlq}, then the raw record is acked, so its offset is committed and the partition goes on.
 * The raw record is acked whatever became of the two writes (a failure is logged): a record that cannot be rejected
 * must not stop every article behind it.
 *
 * <p>Counts rejections by reason ({@code borderwatch_extract_rejected_total{reason}}) and remembers the last one
 * for the readiness check's data.
 */
@ApplicationScoped
public class ArticleRejecter {
    private static final Logger LOG = Logger.getLogger(ArticleRejecter.class);
    /** What an articleId looks like: the hex SHA-256 of the text (ArticleIds). */
    private static final java.util.regex.Pattern ARTICLE_ID = java.util.regex.Pattern.compile("[0-9a-f]{64}");

    private final AnalysisRecords records;
    private final MutinyEmitter<byte[]> rejections;
    private final MutinyEmitter<byte[]> deadLetters;
    private final Map<RejectionReason, Counter> rejected = new EnumMap<>(RejectionReason.class);
    private final AtomicLong total = new AtomicLong();
    private volatile String lastRejection;

    public ArticleRejecter(AnalysisRecords records, @Channel("articles-rejected") MutinyEmitter<byte[]> rejections,
            @Channel("articles-raw-dlq") MutinyEmitter<byte[]> deadLetters, MeterRegistry meters) {
        this.records = records;
        this.rejections = rejections;
        this.deadLetters = deadLetters;
        for (RejectionReason reason : RejectionReason.values()) {
            // registered up front: a dashboard sees every reason, at 0 until it happens
            rejected.put(reason, meters.counter("borderwatch.extract.rejected", "reason", reason.tag()));
        }
    }

    /**
     * Rejects the raw record: Rejection, then dead letter, then ack.
     *
     * @return completes when the raw record is acked
     */
    public CompletionStage<Void> reject(Message<byte[]> raw, PoisonMessageException poison) {
        IncomingKafkaRecordMetadata<?, ?> kafka = raw.getMetadata(IncomingKafkaRecordMetadata.class).orElseThrow();
        String rawSource = kafka.getTopic() + "-" + kafka.getPartition() + "@" + kafka.getOffset();
        long size = raw.getPayload() == null ? 0 : raw.getPayload().length;
        LOG.warnf("rejecting %s (articleId %s, %d bytes): %s", rawSource, poison.articleId(), size, poison.getMessage());
        rejected.get(poison.kind()).increment();
        total.incrementAndGet();
        lastRejection = poison.kind().tag() + " " + rawSource;

        Instant now = Instant.now();
        String key = kafka.getKey() instanceof String k ? RawArticleReader.shortOrNull(k) : null;
        // A record rejected before its value was read (too large to parse) is still the article its key names:
        // ingest keys every raw record by the articleId, so the read model can show that article as rejected.
        String articleId = poison.articleId() != null ? poison.articleId()
                : key != null && ARTICLE_ID.matcher(key).matches() ? key : null;
        Rejection rejection = records.rejection(poison, articleId, rawSource, now);
        Message<byte[]> rejectionMessage = Message.of(records.value(rejection))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(AnalysisRecords.rejectionKey(rejection))
                        .withHeaders(records.headers(rejection))
                        .build());
        DeadLetter deadLetter = new DeadLetter(CloudEventTypes.SCHEMA_VERSION, articleId, key,
                poison.kind().tag(), poison.getMessage(), size, rawSource, now.toString());
        Message<byte[]> deadLetterMessage = Message.of(records.json(deadLetter))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(articleId != null ? articleId : key != null ? key : rawSource)
                        .withHeaders(deadLetterHeaders(poison, kafka, size))
                        .build());
        return send(rejections, rejectionMessage, "rejection", rawSource)
                .chain(() -> send(deadLetters, deadLetterMessage, "dead letter", rawSource))
                .chain(() -> Uni.createFrom().completionStage(raw.ack()))
                .subscribeAsCompletionStage();
    }

    /** Rejections since the start. */
    public long total() {
        return total.get();
    }

    /** The reason kind and raw record of the last rejection, or null. */
    public String lastRejection() {
        return lastRejection;
    }

    private static Uni<Void> send(MutinyEmitter<byte[]> emitter, Message<byte[]> message, String what, String rawSource) {
        return Uni.createFrom().deferred(() -> emitter.sendMessage(message))
                .onFailure().recoverWithItem(failure -> {
                    LOG.errorf(failure, "could not write the %s of %s; its offset is committed anyway", what, rawSource);
                    return null;
                });
    }

    private static RecordHeaders deadLetterHeaders(PoisonMessageException poison, IncomingKafkaRecordMetadata<?, ?> kafka,
            long size) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("dead-letter-reason", bytes(poison.getMessage()));
        headers.add("dead-letter-kind", bytes(poison.kind().tag()));
        headers.add("dead-letter-topic", bytes(kafka.getTopic()));
        headers.add("dead-letter-partition", bytes(String.valueOf(kafka.getPartition())));
        headers.add("dead-letter-offset", bytes(String.valueOf(kafka.getOffset())));
        headers.add("dead-letter-size", bytes(String.valueOf(size)));
        headers.add("content-type", bytes("application/json"));
        headers.add(CloudEventTypes.SCHEMA_VERSION_HEADER, bytes(String.valueOf(CloudEventTypes.SCHEMA_VERSION)));
        return headers;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
