package org.borderwatch.extract.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import org.borderwatch.engine.AnalysisBounds;
import org.borderwatch.engine.ArticleAnalyzer;
import org.borderwatch.engine.BorderwatchAnalyzer;
import org.borderwatch.engine.BudgetedAnalyzer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Makes the engine a CDI bean. The engine is plain Java (no framework types), so the service decides here which
 * extractor version runs ({@code borderwatch.extractor.version}, or the engine's own default when unset) and with
 * which CPU-time budget per article ({@code borderwatch.engine.time-budget}); the analyses are bounded in size by
 * the contract's limits ({@link AnalysisBounds#standard()}).
 */
@ApplicationScoped
public class AnalyzerProducer {
    private static final Logger LOG = Logger.getLogger(AnalyzerProducer.class);

    @Produces
    @Singleton
    ArticleAnalyzer articleAnalyzer(@ConfigProperty(name = "borderwatch.extractor.version") Optional<String> version,
            @ConfigProperty(name = "borderwatch.engine.time-budget", defaultValue = "PT10S") Duration budget) {
        ArticleAnalyzer analyzer = budgeted(engine(version), budget);
        LOG.infof("extractor %s %s, time budget %s of CPU per article", analyzer.extractor().name(),
                analyzer.extractor().version(), budget);
        return analyzer;
    }

    /** The engine as the service runs it, with the default budget. */
    public static ArticleAnalyzer create(Optional<String> version) {
        return budgeted(engine(version), BudgetedAnalyzer.DEFAULT_BUDGET);
    }

    /** The plain engine at the configured version, or at its own default when the version is absent or blank. */
    public static ArticleAnalyzer engine(Optional<String> version) {
        return version.map(String::strip).filter(v -> !v.isEmpty())
                .map(BorderwatchAnalyzer::create)
                .orElseGet(BorderwatchAnalyzer::create);
    }

    /** {@code engine} within the time budget and the contract's analysis bounds. */
    public static ArticleAnalyzer budgeted(ArticleAnalyzer engine, Duration budget) {
        return new BudgetedAnalyzer(engine, budget, AnalysisBounds.standard());
    }
}
