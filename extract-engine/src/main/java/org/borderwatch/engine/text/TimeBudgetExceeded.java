package org.borderwatch.engine.text;

/**
 * The analysis of one article used up its time budget ({@link TimeBudget}): thrown from inside the rules, where the
 * budget is checked, and never caught by the engine, so the whole analysis ends. The article gets no analysis; the
 * caller records why (extract-service rejects it with this message as the reason).
 */
public final class TimeBudgetExceeded extends RuntimeException {
    private final long budgetNanos;
    private final long usedNanos;

    TimeBudgetExceeded(long budgetNanos, long usedNanos) {
        super(String.format(java.util.Locale.ROOT, "time budget exceeded: %d ms of CPU used, the budget is %d ms",
                usedNanos / 1_000_000, budgetNanos / 1_000_000));
        this.budgetNanos = budgetNanos;
        this.usedNanos = usedNanos;
    }

    public long budgetNanos() {
        return budgetNanos;
    }

    public long usedNanos() {
        return usedNanos;
    }
}
