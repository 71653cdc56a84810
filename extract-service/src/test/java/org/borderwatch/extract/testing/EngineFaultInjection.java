package org.borderwatch.extract.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.borderwatch.contract.ArticleAnalysis;
import org.borderwatch.contract.Extractor;
import org.borderwatch.contract.RawArticle;
import org.borderwatch.engine.ArticleAnalyzer;
import org.borderwatch.extract.config.AnalyzerProducer;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Test-only: the real engine, made as the service's producer makes it ({@link AnalyzerProducer#create}), wrapped
 * so that an article containing {@link #MARKER} throws as a broken engine would. Every other article goes to the real engine unchanged. This is the only way to
 * make the real engine fail on demand; Kafka itself is never replaced.
 */
public class EngineFaultInjection {
    public static final String MARKER = "BORDERWATCH-TEST-ENGINE-FAILURE";

    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    ArticleAnalyzer failingOnMarker() {
        ArticleAnalyzer engine = AnalyzerProducer.create(
                ConfigProvider.getConfig().getOptionalValue("borderwatch.extractor.version", String.class));
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
}
