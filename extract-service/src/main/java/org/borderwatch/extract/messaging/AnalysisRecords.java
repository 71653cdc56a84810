package org.borderwatch.extract.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.apache.kafka.common.header.Headers;
import org.borderwatch.contract.ArticleAnalysis;
import org.borderwatch.contract.CloudEventHeaders;
import org.borderwatch.contract.CloudEventTypes;
import org.borderwatch.contract.Rejection;
import org.borderwatch.extract.config.ExtractConfig;

/**
 * What this service writes, as bytes and headers: shared by the live pipeline and the replay so that both produce
 * the same records for the same article and extractor version.
 */
@ApplicationScoped
public class AnalysisRecords {
    public static final String STAGE = "extract";

    private final ObjectMapper mapper;
    private final String ceSource;

    public AnalysisRecords(ObjectMapper mapper, ExtractConfig config) {
        this.mapper = mapper;
        this.ceSource = config.ceSource();
    }

    public byte[] value(ArticleAnalysis analysis) {
        return json(analysis);
    }

    public Headers headers(ArticleAnalysis analysis) {
        String time = analysis.analyzedAt() != null ? analysis.analyzedAt() : Instant.now().toString();
        return kafkaHeaders(CloudEventHeaders.of(CloudEventHeaders.analysisId(analysis.articleId(),
                analysis.extractor().version()), CloudEventTypes.ARTICLE_ANALYSIS, ceSource, analysis.articleId(), time));
    }

    /**
     * @param articleId the article's id as far as it is known (the poison's, else the record key), or null
     * @param rawSource where the raw record was: {@code articles.raw-<partition>@<offset>}
     */
    public Rejection rejection(PoisonMessageException poison, String articleId, String rawSource, Instant now) {
        return new Rejection(CloudEventTypes.SCHEMA_VERSION, articleId, poison.fileName(), STAGE,
                poison.getMessage(), rawSource, now.toString());
    }

    /** Key of a rejection: the articleId, else the file name, else where the raw record was. */
    public static String rejectionKey(Rejection rejection) {
        if (rejection.articleId() != null) {
            return rejection.articleId();
        }
        return rejection.fileName() != null ? rejection.fileName() : rejection.source();
    }

    public byte[] value(Rejection rejection) {
        return json(rejection);
    }

    public Headers headers(Rejection rejection) {
        return kafkaHeaders(CloudEventHeaders.of(CloudEventHeaders.rejectionId(rejection.source()),
                CloudEventTypes.REJECTION, ceSource, rejection.articleId(), rejection.rejectedAt()));
    }

    private static Headers kafkaHeaders(java.util.Map<String, byte[]> entries) {
        var headers = new org.apache.kafka.common.header.internals.RecordHeaders();
        entries.forEach(headers::add);
        return headers;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public byte[] json(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("contract records always serialize: " + e.getMessage(), e);
        }
    }
}
