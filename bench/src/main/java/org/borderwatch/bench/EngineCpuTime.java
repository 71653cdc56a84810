package org.borderwatch.bench;

import org.borderwatch.bench.corpus.Args;
import org.borderwatch.bench.corpus.CorpusGenerator;
import org.borderwatch.contract.ArticleAnalysis;
import org.borderwatch.contract.RawArticle;
import org.borderwatch.engine.ArticleAnalyzer;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * The engine's cost in CPU time of the analyzing thread, next to wall time. On a shared machine a thread gets a
 * fraction of a core (load average 20 on 2 cores: about a tenth), so wall-clock articles/s understates what one
 * core does; articles per CPU-second is the per-core figure the target speaks of (it still carries the cache and
 * hyper-thread contention of the neighbours). Prints one line: {@code engine-cpu: ...}.
 *
 * <p>Options: {@code --articles N} (1000), {@code --seed S} (42), {@code --warmup W} (N: one untimed pass first,
 * so the JIT has compiled the rules' hot paths, as in a running service).
 */
public final class EngineCpuTime {

    public static void main(String[] args) throws Exception {
        Args options = Args.parse(args);
        int articles = options.intValue("articles", 1000);
        List<RawArticle> corpus = EngineBenchmark.rawArticles(new CorpusGenerator(options.intValue("seed", 42))
                .generate(articles, CorpusGenerator.incidentsFor(articles)));
        ArticleAnalyzer analyzer = EngineBenchmark.loadAnalyzer("org.borderwatch.engine.BorderwatchAnalyzer");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int i = 0; i < options.intValue("warmup", articles); i++) {
            sink += events(analyzer.analyze(corpus.get(i % corpus.size())));
        }
        long cpu0 = threads.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        for (RawArticle article : corpus) {
            sink += events(analyzer.analyze(article));
        }
        double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        double wall = (System.nanoTime() - wall0) / 1e9;
        System.out.printf(java.util.Locale.ROOT, "engine-cpu: %d articles, %.2f s CPU of the thread, %.2f s wall, "
                        + "%.1f articles per CPU-second, %.1f articles/s wall (%d events)%n", corpus.size(), cpu, wall,
                corpus.size() / cpu, corpus.size() / wall, sink);
    }

    private static long events(ArticleAnalysis analysis) {
        return analysis.events() == null ? 0 : analysis.events().size();
    }
}
