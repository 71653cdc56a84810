package org.borderwatch.extract.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.borderwatch.engine.ArticleAnalyzer;
import org.borderwatch.engine.BorderwatchAnalyzer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Makes the engine a CDI bean. The engine is plain Java (no framework types), so the service decides here which
 * extractor version runs: {@code borderwatch.extractor.version}, or the engine's own default when unset.
 */
@ApplicationScoped
public class AnalyzerProducer {
    private static final Logger LOG = Logger.getLogger(AnalyzerProducer.class);

    @Produces
    @Singleton
    ArticleAnalyzer articleAnalyzer(@ConfigProperty(name = "borderwatch.extractor.version") Optional<String> version) {
        ArticleAnalyzer analyzer = create(version);
        LOG.infof("extractor %s %s", analyzer.extractor().name(), analyzer.extractor().version());
        return analyzer;
    }

    /** The engine at the configured version, or at its own default when the version is absent or blank. */
    public static ArticleAnalyzer create(Optional<String> version) {
        return version.map(String::strip).filter(v -> !v.isEmpty())
                .map(BorderwatchAnalyzer::create)
                .orElseGet(BorderwatchAnalyzer::create);
    }
}
