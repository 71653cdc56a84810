package org.borderwatch.extract.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.borderwatch.contract.ArticleAnalysis;
import org.borderwatch.contract.CloudEventTypes;
import org.borderwatch.contract.RawArticle;
import org.borderwatch.contract.Rejection;
import org.borderwatch.engine.ArticleAnalyzer;
import org.borderwatch.extract.config.ExtractConfig;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.jboss.logging.Logger;

/**
 * The live pipeline: {@code articles.raw} -> engine -> {@code articles.analyzed}.
 *
 * <p>At-least-once: the analysis message carries the raw record's ack, so the raw offset is committed only after
 * the broker has acknowledged the analysis (acks=all). A crash in between redelivers the raw record, which yields
 * the same analysis under the same key and the same ce_id: idempotent by design, no Kafka transaction needed.
 *
 * <p>Poison records (unreadable, unknown schemaVersion, oversized, missing fields, articleId not the text's hash,
 * engine failure) are never retried: a Rejection goes to {@code articles.rejected}, then the record is nacked and
 * the connector's dead-letter-queue strategy copies it unchanged to {@code articles.raw.dlq} with a
 * {@code dead-letter-reason} header and commits past it. The partition never gets stuck.
 */
@ApplicationScoped
public class RawArticleProcessor {
    private static final Logger LOG = Logger.getLogger(RawArticleProcessor.class);

    private final ArticleAnalyzer analyzer;
    private final AnalysisRecords records;
    private final RawArticleReader reader;
    private final MutinyEmitter<byte[]> rejections;
    /** Looked up once: a registry lookup by name and tags per record showed in the benchmark's samples. */
    private final Counter analyses;
    private final Counter rejected;

    public RawArticleProcessor(ArticleAnalyzer analyzer, AnalysisRecords records, ExtractConfig config,
            @Channel("articles-rejected") MutinyEmitter<byte[]> rejections, MeterRegistry meters) {
        this.analyzer = analyzer;
        this.records = records;
        this.reader = new RawArticleReader(records.mapper(), config.maxTextBytes(), config.maxRecordBytes());
        this.rejections = rejections;
        this.analyses = meters.counter("borderwatch.extract.analyses", "path", "live");
        this.rejected = meters.counter("borderwatch.extract.rejected");
    }

    /**
     * Runs on the {@code analysis} worker pool (the engine is CPU-bound); unordered, because records of different
     * articles are independent and the throttled commit strategy commits an offset only when everything before it
     * is acked. The pool is bounded (smallrye.messaging.worker.analysis.max-concurrency): on the default worker
     * pool up to 128 analyses ran at once on 2 cores and contended for Jackson's buffer pool (benchmark samples).
     *
     * @return the analysis, or null (nothing forwarded) for a poison record, which is nacked to the DLQ instead
     */
    @Incoming("articles-raw")
    @Outgoing("articles-analyzed")
    @Blocking(value = "analysis", ordered = false)
    public Message<byte[]> analyze(Message<byte[]> raw) {
        IncomingKafkaRecordMetadata<?, ?> kafka = raw.getMetadata(IncomingKafkaRecordMetadata.class).orElseThrow();
        String rawSource = kafka.getTopic() + "-" + kafka.getPartition() + "@" + kafka.getOffset();
        try {
            RawArticle article = reader.read(raw.getPayload(),
                    lastHeader(kafka.getHeaders(), CloudEventTypes.SCHEMA_VERSION_HEADER));
            ArticleAnalysis analysis = analyzeOrPoison(article);
            analyses.increment();
            return raw.withPayload(records.value(analysis))
                    .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                            .withKey(article.articleId())
                            .withHeaders(records.headers(analysis))
                            .build());
        } catch (PoisonMessageException poison) {
            rejectThenDeadLetter(raw, poison, rawSource);
            return null;
        }
    }

    private ArticleAnalysis analyzeOrPoison(RawArticle article) {
        ArticleAnalysis analysis;
        try {
            analysis = analyzer.analyze(article);
        } catch (RuntimeException | StackOverflowError e) {
            throw new PoisonMessageException("engine failed: " + e, article.articleId(), article.fileName(), e);
        }
        if (analysis == null || !article.articleId().equals(analysis.articleId()) || analysis.extractor() == null) {
            throw new PoisonMessageException("engine returned no usable analysis (null, another articleId or no extractor)",
                    article.articleId(), article.fileName());
        }
        return analysis;
    }

    /** The Rejection is written first; the nack (DLQ write, then commit) follows whether or not that worked. */
    private void rejectThenDeadLetter(Message<byte[]> raw, PoisonMessageException poison, String rawSource) {
        LOG.warnf("rejecting %s (articleId %s): %s", rawSource, poison.articleId(), poison.getMessage());
        rejected.increment();
        Rejection rejection = records.rejection(poison, rawSource, Instant.now());
        Message<byte[]> message = Message.of(records.value(rejection))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(AnalysisRecords.rejectionKey(rejection))
                        .withHeaders(records.headers(rejection))
                        .build());
        rejections.sendMessage(message).subscribe().with(
                written -> raw.nack(poison),
                failure -> {
                    LOG.errorf(failure, "could not write the rejection of %s; dead-lettering it anyway", rawSource);
                    raw.nack(poison);
                });
    }

    private static String lastHeader(Headers headers, String key) {
        Header header = headers == null ? null : headers.lastHeader(key);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
