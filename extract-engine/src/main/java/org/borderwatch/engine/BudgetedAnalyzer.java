package org.borderwatch.engine;

import java.time.Duration;
import org.borderwatch.contract.ArticleAnalysis;
import org.borderwatch.contract.Extractor;
import org.borderwatch.contract.RawArticle;
import org.borderwatch.engine.text.TimeBudget;
import org.borderwatch.engine.text.TimeBudgetExceeded;

/**
 * The engine as a service runs it: each article analyzed within a CPU-time budget ({@link TimeBudget}) and its
 * analysis bounded in size ({@link AnalysisBounds}). A decorator, so that the rules know nothing of either.
 *
 * <p>{@link #analyze} throws {@link TimeBudgetExceeded} when the article used up its budget: the caller rejects the
 * article with that reason. Deterministic within the budget, like the engine.
 */
public final class BudgetedAnalyzer implements ArticleAnalyzer {
    /**
     * Default budget per article: the largest accepted article of dense incident sentences (1 MiB) takes about
     * 2-4 s of CPU (extract-engine/README.md, "Time budget"); a runaway expression is stopped after this.
     */
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(10);

    private final ArticleAnalyzer delegate;
    private final Duration budget;
    private final AnalysisBounds bounds;

    public BudgetedAnalyzer(ArticleAnalyzer delegate, Duration budget, AnalysisBounds bounds) {
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("the time budget must be positive: " + budget);
        }
        this.delegate = delegate;
        this.budget = budget;
        this.bounds = bounds;
    }

    public Duration budget() {
        return budget;
    }

    @Override
    public Extractor extractor() {
        return delegate.extractor();
    }

    /** @throws TimeBudgetExceeded when the analysis used more CPU time than the budget */
    @Override
    public ArticleAnalysis analyze(RawArticle article) {
        ArticleAnalysis analysis = TimeBudget.run(budget, () -> delegate.analyze(article));
        return analysis == null ? null : bounds.apply(analysis);
    }
}
