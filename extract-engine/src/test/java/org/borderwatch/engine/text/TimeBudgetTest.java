package org.borderwatch.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class TimeBudgetTest {
    /**
     * Exponential backtracking: the nested loops try every way to split a run of n x's, and no z follows the run
     * (24 x's take seconds; java.util.regex memoizes simpler forms such as {@code (x+x+)+z}).
     */
    private static final GatedPattern RUNAWAY = GatedPattern.compile("((x+)+)+z");

    @Test
    void aRunawayExpressionIsStoppedWhenItsBudgetIsUsedUp() {
        String text = "the zone near " + "x".repeat(60) + " and more";
        long cpu0 = cpu();
        TimeBudgetExceeded exceeded = assertThrows(TimeBudgetExceeded.class,
                () -> TimeBudget.run(Duration.ofMillis(300), () -> RUNAWAY.matcher(text).find()));
        long used = cpu() - cpu0;
        assertTrue(exceeded.usedNanos() >= Duration.ofMillis(300).toNanos(), exceeded.getMessage());
        assertTrue(used < Duration.ofSeconds(3).toNanos(), "stopped soon after the budget, not minutes later: " + used / 1_000_000 + " ms");
        assertTrue(exceeded.getMessage().startsWith("time budget exceeded: "), exceeded.getMessage());
        assertNull(TimeBudget.current(), "the budget ends with its work");
    }

    @Test
    void anAnchoredRunawayIsStoppedToo() {
        String text = "x".repeat(60);
        assertThrows(TimeBudgetExceeded.class,
                () -> TimeBudget.run(Duration.ofMillis(200), () -> RUNAWAY.anchoredMatcher(text).matches()));
    }

    @Test
    void workWithinItsBudgetGivesItsResultAndTheSameMatches() {
        String text = "Troops shelled the village of Sotk; 3 soldiers were killed.";
        GatedPattern killed = GatedPattern.compile("(\\d+) soldiers were (killed|wounded)");
        String inside = TimeBudget.run(Duration.ofSeconds(5), () -> {
            Matcher m = killed.matcher(text);
            return m.find() ? m.group(1) + "/" + m.group(2) + "@" + m.start() : null;
        });
        Matcher outside = killed.matcher(text);
        assertTrue(outside.find());
        assertEquals(outside.group(1) + "/" + outside.group(2) + "@" + outside.start(), inside);
        assertEquals("3", inside.substring(0, 1));
    }

    @Test
    void withoutABudgetTheTextIsReadDirectly() {
        String text = "some text";
        assertNull(TimeBudget.current());
        assertSame(text, TimeBudget.watch(text));
        TimeBudget.run(Duration.ofSeconds(5), () -> {
            CharSequence watched = TimeBudget.watch(text);
            assertTrue(watched instanceof TimeBudget.WatchedText);
            assertSame(text, watched.toString(), "the same string: the lower-casing cache still hits");
            assertEquals("text", watched.subSequence(5, 9));
            return null;
        });
    }

    @Test
    void workThatFinishesOverItsBudgetIsOverIt() {
        assertThrows(TimeBudgetExceeded.class, () -> TimeBudget.run(Duration.ofNanos(1), () -> {
            long sink = 0;
            for (int i = 0; i < 5_000_000; i++) {
                sink += i % 7;
            }
            return sink;
        }));
    }

    @Test
    void theGateCountsAsWorkBetweenSentences() {
        GatedPattern never = GatedPattern.compile("\\bceasefire\\b");
        assertThrows(TimeBudgetExceeded.class, () -> TimeBudget.run(Duration.ofMillis(100), () -> {
            boolean any = false;
            for (long i = 0; i < 100_000_000L && !any; i++) { // seconds of work: far over the budget
                any = never.mayMatch("no such word in this sentence");
            }
            return any;
        }));
    }

    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
