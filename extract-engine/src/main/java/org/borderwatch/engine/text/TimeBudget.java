package org.borderwatch.engine.text;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * A limit on the CPU time one analysis may use on its thread, so that a pathological text cannot pin a core:
 * {@link java.util.regex} backtracks over adversarial input for minutes, and the engine's rules are regular
 * expressions. {@link #run} sets the budget for the current thread around a piece of work; the text layer checks it
 * where the time goes:
 * <ul>
 *   <li>every regular expression of a rule reads its text through {@link #watch}: a {@link CharSequence} that checks
 *       the clock every {@value #CHECK_EVERY} characters read, so even one runaway match is stopped;</li>
 *   <li>{@link GatedPattern#mayMatch}, which every rule calls on every sentence, {@link #tick ticks}: the check between
 *       sentences, also for work that is not a regular expression.</li>
 * </ul>
 * Hence every rule pattern must be a {@link GatedPattern}: a plain {@link java.util.regex.Pattern} over article text
 * runs outside the budget.
 *
 * <p>CPU time of the thread, not wall time: an article's fate must not depend on how loaded the machine is (on a
 * shared machine a thread gets a fraction of a core; a wall-clock budget would reject good articles under load).
 * Where the JVM cannot measure thread CPU time, wall time is used.
 *
 * <p>Cost without a budget: one volatile read per matcher. With one: a thread-local lookup per matcher and a
 * counter per character read; the clock is read once per {@value #CHECK_EVERY} characters.
 */
public final class TimeBudget {
    /** Characters read (or gate calls) between two reads of the clock. */
    static final int CHECK_EVERY = 4096;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_CLOCK = THREADS.isCurrentThreadCpuTimeSupported();
    private static final ThreadLocal<TimeBudget> CURRENT = new ThreadLocal<>();
    /** Budgets running on any thread: while zero, the text layer does not even look up the thread-local. */
    private static volatile int active;

    private final long budgetNanos;
    private final long start;
    private int ticks;

    private TimeBudget(long budgetNanos) {
        this.budgetNanos = budgetNanos;
        this.start = clock();
    }

    /**
     * Runs {@code work} on this thread within {@code budget} of CPU time.
     *
     * @throws TimeBudgetExceeded when the work used more; the work is abandoned where the check found it
     */
    public static <T> T run(Duration budget, Supplier<T> work) {
        TimeBudget previous = CURRENT.get();
        TimeBudget budgetOfWork = new TimeBudget(budget.toNanos());
        CURRENT.set(budgetOfWork);
        synchronized (TimeBudget.class) {
            active++;
        }
        try {
            T result = work.get();
            budgetOfWork.check(); // work that finished over the budget is over it too: the outcome must not depend on where the last check fell
            return result;
        } finally {
            synchronized (TimeBudget.class) {
                active--;
            }
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** The budget of the current thread, or null when none is running. */
    public static TimeBudget current() {
        return active == 0 ? null : CURRENT.get();
    }

    /** {@code text} as the budget's watched text when a budget runs on this thread, else {@code text} itself. */
    public static CharSequence watch(CharSequence text) {
        TimeBudget budget = current();
        return budget == null || text instanceof WatchedText ? text : new WatchedText(text, budget);
    }

    /** One unit of work done (a rule tried on a sentence): checks the clock every {@value #CHECK_EVERY} units. */
    public static void tick() {
        TimeBudget budget = current();
        if (budget != null) {
            budget.count();
        }
    }

    void count() {
        if (++ticks >= CHECK_EVERY) {
            ticks = 0;
            check();
        }
    }

    /** @throws TimeBudgetExceeded when this budget is used up */
    public void check() {
        long used = clock() - start;
        if (used > budgetNanos) {
            throw new TimeBudgetExceeded(budgetNanos, used);
        }
    }

    /** CPU time used by the current thread since the budget started. */
    public long usedNanos() {
        return clock() - start;
    }

    private static long clock() {
        return CPU_CLOCK ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /**
     * The text a budgeted matcher reads: every {@link #charAt} counts against the budget's check interval.
     * {@link #toString} and {@link #subSequence} give the underlying text's own, so matched groups are plain strings
     * and {@link GatedPattern#lowered}'s cache (by string identity) still hits.
     */
    static final class WatchedText implements CharSequence {
        private final CharSequence text;
        private final TimeBudget budget;

        WatchedText(CharSequence text, TimeBudget budget) {
            this.text = text;
            this.budget = budget;
        }

        @Override
        public char charAt(int index) {
            budget.count();
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
