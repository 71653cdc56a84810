package org.borderwatch.extract.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.borderwatch.contract.ArticleAnalysis;
import org.borderwatch.contract.Extractor;
import org.borderwatch.contract.RawArticle;
import org.borderwatch.engine.ArticleAnalyzer;
import org.borderwatch.engine.text.GatedPattern;
import org.borderwatch.extract.config.AnalyzerProducer;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Test-only: the real engine, made as the service's producer makes it ({@link AnalyzerProducer}: the same time
 * budget and analysis bounds), with two faults injected inside the budget:
 * <ul>
 *   <li>an article containing {@link #MARKER} throws, as a broken engine would;</li>
 *   <li>an article containing {@link #BACKTRACK_MARKER} runs a rule expression with catastrophic backtracking
 *       ({@code ((x+)+)+z}, exponential in the run of x's: 24 of them take seconds, 40 take years) over its text,
 *       as an unlucky rule would on adversarial text: a real {@link GatedPattern} on the real budget, which must
 *       stop it.</li>
 * </ul>
 * Every other article goes to the real engine unchanged. This is the only way to make the real engine fail on
 * demand; Kafka itself is never replaced.
 */
public class EngineFaultInjection {
    public static final String MARKER = "BORDERWATCH-TEST-ENGINE-FAILURE";
    public static final String BACKTRACK_MARKER = "BORDERWATCH-TEST-BACKTRACK";
    /** The text that makes {@link #RUNAWAY} backtrack: every way to split 40 x's is tried, and no z follows them. */
    public static final String RUNAWAY_TEXT = "x".repeat(40) + " zone";
    private static final GatedPattern RUNAWAY = GatedPattern.compile("((x+)+)+z");

    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    ArticleAnalyzer failingOnMarker() {
        Config config = ConfigProvider.getConfig();
        ArticleAnalyzer engine = AnalyzerProducer.engine(config.getOptionalValue("borderwatch.extractor.version", String.class));
        Duration budget = config.getOptionalValue("borderwatch.engine.time-budget", Duration.class)
                .orElse(Duration.ofSeconds(10));
        ArticleAnalyzer faulty = new ArticleAnalyzer() {
            @Override
            public Extractor extractor() {
                return engine.extractor();
            }

            @Override
            public ArticleAnalysis analyze(RawArticle article) {
                if (article.text().contains(MARKER)) {
                    throw new IllegalStateException("injected engine failure");
                }
                if (article.text().contains(BACKTRACK_MARKER) && RUNAWAY.matcher(article.text()).find()) {
                    throw new AssertionError("the runaway expression cannot match");
                }
                return engine.analyze(article);
            }
        };
        return AnalyzerProducer.budgeted(faulty, budget);
    }
}
