package org.borderwatch.extract.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.borderwatch.contract.ArticleAnalysis;
import org.borderwatch.contract.CloudEventTypes;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.EventType;
import org.borderwatch.contract.Extractor;
import org.borderwatch.contract.RawArticle;
import org.borderwatch.engine.ArticleAnalyzer;

/**
 * Test-only: the analyzer the service's producer makes, wrapped so that an article containing {@link #MARKER}
 * throws as a broken engine would. Every other article goes to the real engine unchanged. This is the only way to
 * make the real engine fail on demand; Kafka itself is never replaced.
 */
public class EngineFaultInjection {
    public static final String MARKER = "BORDERWATCH-TEST-ENGINE-FAILURE";

    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    ArticleAnalyzer failingOnMarker() {
        ArticleAnalyzer engine = interimEngine();
        return new ArticleAnalyzer() {
            @Override
            public Extractor extractor() {
                return engine.extractor();
            }

            @Override
            public ArticleAnalysis analyze(RawArticle article) {
                if (article.text().contains(MARKER)) {
                    throw new IllegalStateException("injected engine failure");
                }
                return engine.analyze(article);
            }
        };
    }

    // INTERIM until BorderwatchAnalyzer is committed: a deterministic stand-in with one record per article.
    private static ArticleAnalyzer interimEngine() {
        Extractor extractor = new Extractor("interim", "0.0.1");
        return new ArticleAnalyzer() {
            @Override
            public Extractor extractor() {
                return extractor;
            }

            @Override
            public ArticleAnalysis analyze(RawArticle a) {
                EventRecord record = new EventRecord(a.articleId() + ":0", EventType.STATEMENT, null, null, null, false,
                        null, null, null, List.of(), null, List.of(), List.of(), null, null, null, 0.5, false, null,
                        extractor.version(), null);
                return new ArticleAnalysis(CloudEventTypes.SCHEMA_VERSION, a.articleId(), extractor,
                        java.time.Instant.now().toString(), a.published(), false, List.of(), List.of(record), List.of(),
                        a.title(), a.outlet(), a.fileName(), a.ingestedAt());
            }
        };
    }
}
