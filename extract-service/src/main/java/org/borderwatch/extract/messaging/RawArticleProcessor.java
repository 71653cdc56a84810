package org.borderwatch.extract.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.borderwatch.contract.ArticleAnalysis;
import org.borderwatch.contract.CloudEventTypes;
import org.borderwatch.contract.Limits;
import org.borderwatch.contract.RawArticle;
import org.borderwatch.engine.ArticleAnalyzer;
import org.borderwatch.engine.text.LanguageDetector;
import org.borderwatch.engine.text.TimeBudgetExceeded;
import org.borderwatch.extract.config.ExtractConfig;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Outgoing;

/**
 * The live pipeline: {@code articles.raw} -> engine -> {@code articles.analyzed}.
 *
 * <p>At-least-once: the analysis message carries the raw record's ack, so the raw offset is committed only after
 * the broker has acknowledged the analysis (acks=all). A crash in between redelivers the raw record, which yields
 * the same analysis under the same key and the same ce_id: idempotent by design, no Kafka transaction needed.
 *
 * <p>Every per-article failure ends in a reason and never stops the partition: unreadable, unknown schemaVersion,
 * oversized, missing fields, articleId not the text's hash, a language the engine does not read ({@link LanguageGate},
 * checked before the engine runs), engine failure, time budget exceeded, an analysis over
 * {@link Limits#MAX_ANALYSIS_BYTES}, and an analysis the broker refuses (the outgoing message's nack) all go to
 * {@link ArticleRejecter}: a Rejection, a small dead letter, then the raw record's ack.
 */
@ApplicationScoped
public class RawArticleProcessor {
    private final ArticleAnalyzer analyzer;
    private final AnalysisRecords records;
    private final RawArticleReader reader;
    private final LanguageGate languageGate = new LanguageGate(LanguageDetector.standard());
    private final ArticleRejecter rejecter;
    private final long maxAnalysisBytes;
    /** Looked up once: a registry lookup by name and tags per record showed in the benchmark's samples. */
    private final Counter analyses;
    private final Counter withinBudget;
    private final Counter overBudget;

    public RawArticleProcessor(ArticleAnalyzer analyzer, AnalysisRecords records, ExtractConfig config,
            ArticleRejecter rejecter, MeterRegistry meters) {
        this.analyzer = analyzer;
        this.records = records;
        this.reader = new RawArticleReader(records.mapper(), config.maxTextBytes(), config.maxRecordBytes());
        this.rejecter = rejecter;
        this.maxAnalysisBytes = config.maxAnalysisBytes();
        this.analyses = meters.counter("borderwatch.extract.analyses", "path", "live");
        this.withinBudget = meters.counter("borderwatch.extract.time.budget", "outcome", "within");
        this.overBudget = meters.counter("borderwatch.extract.time.budget", "outcome", "exceeded");
    }

    /**
     * Runs on the {@code analysis} worker pool (the engine is CPU-bound); unordered, because records of different
     * articles are independent and the throttled commit strategy commits an offset only when everything before it
     * is acked. The pool is bounded (smallrye.messaging.worker.analysis.max-concurrency): on the default worker
     * pool up to 128 analyses ran at once on 2 cores and contended for Jackson's buffer pool (benchmark samples).
     *
     * @return the analysis, or null (nothing forwarded) for a rejected record, which {@link ArticleRejecter} acks
     */
    @Incoming("articles-raw")
    @Outgoing("articles-analyzed")
    @Blocking(value = "analysis", ordered = false)
    public Message<byte[]> analyze(Message<byte[]> raw) {
        try {
            IncomingKafkaRecordMetadata<?, ?> kafka = raw.getMetadata(IncomingKafkaRecordMetadata.class).orElseThrow();
            RawArticle article = reader.read(raw.getPayload(),
                    lastHeader(kafka.getHeaders(), CloudEventTypes.SCHEMA_VERSION_HEADER));
            languageGate.check(article);
            ArticleAnalysis analysis = analyzeOrPoison(article);
            byte[] value = records.value(analysis);
            if (value.length > maxAnalysisBytes) {
                throw new PoisonMessageException(RejectionReason.ANALYSIS_TOO_LARGE, "analysis too large: " + value.length
                        + " bytes exceeds the limit of " + maxAnalysisBytes + " (" + analysis.events().size()
                        + " event records)", article.articleId(), RawArticleReader.shortOrNull(article.fileName()));
            }
            analyses.increment();
            return raw.withPayload(value)
                    .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                            .withKey(article.articleId())
                            .withHeaders(records.headers(analysis))
                            .build())
                    // the broker refused the analysis (RecordTooLargeException, or retries exhausted): the article
                    // ends as a rejection with that reason instead of a nack that would copy the raw record
                    .withNack(failure -> rejecter.reject(raw, new PoisonMessageException(RejectionReason.WRITE_FAILED,
                            "analysis could not be written: " + failure, article.articleId(),
                            RawArticleReader.shortOrNull(article.fileName()), failure)));
        } catch (PoisonMessageException poison) {
            rejecter.reject(raw, poison);
            return null;
        } catch (RuntimeException unexpected) {
            // a bug of this service must not stop the partition either: the record ends with the bug as its reason
            rejecter.reject(raw, new PoisonMessageException(RejectionReason.ENGINE_FAILED, "failed: " + unexpected,
                    null, null, unexpected));
            return null;
        }
    }

    private ArticleAnalysis analyzeOrPoison(RawArticle article) {
        String fileName = RawArticleReader.shortOrNull(article.fileName());
        ArticleAnalysis analysis;
        try {
            analysis = analyzer.analyze(article);
            withinBudget.increment();
        } catch (TimeBudgetExceeded exceeded) {
            overBudget.increment();
            throw new PoisonMessageException(RejectionReason.TIME_BUDGET, exceeded.getMessage(), article.articleId(),
                    fileName, exceeded);
        } catch (RuntimeException | StackOverflowError e) {
            throw new PoisonMessageException(RejectionReason.ENGINE_FAILED, "engine failed: " + e, article.articleId(),
                    fileName, e);
        }
        if (analysis == null || !article.articleId().equals(analysis.articleId()) || analysis.extractor() == null) {
            throw new PoisonMessageException(RejectionReason.ENGINE_FAILED,
                    "engine returned no usable analysis (null, another articleId or no extractor)", article.articleId(),
                    fileName);
        }
        return analysis;
    }

    private static String lastHeader(Headers headers, String key) {
        Header header = headers == null ? null : headers.lastHeader(key);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
