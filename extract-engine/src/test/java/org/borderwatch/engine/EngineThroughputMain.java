package org.borderwatch.engine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.borderwatch.contract.ArticleIds;
import org.borderwatch.contract.RawArticle;

/**
 * Single-thread throughput of the engine on ~5 KB articles (the seeds and the dev set, each cut or repeated to
 * about 5,000 characters). A main, not a timed test: timings on a shared machine are not pass/fail material.
 * Usage: java -cp ... org.borderwatch.engine.EngineThroughputMain [seconds]
 */
public final class EngineThroughputMain {
    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        List<RawArticle> articles = new ArrayList<>();
        for (String dir : List.of("seeds", "../seeds", "extract-engine/src/test/resources/devset", "src/test/resources/devset")) {
            Path d = Path.of(dir);
            if (!Files.isDirectory(d)) {
                continue;
            }
            try (Stream<Path> files = Files.list(d)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    String t = Files.readString(f, StandardCharsets.UTF_8);
                    StringBuilder b = new StringBuilder(t);
                    while (b.length() < 5000) {
                        b.append("\n\n").append(t);
                    }
                    String text = ArticleIds.normalize(b.substring(0, 5000));
                    articles.add(new RawArticle(1, ArticleIds.of(text), null, text, null, null, null, null,
                            f.getFileName().toString(), "text/plain", null, text.length()));
                }
            }
        }
        if (articles.isEmpty()) {
            throw new IllegalStateException("run from the repository root or extract-engine/: no seeds found");
        }
        BorderwatchAnalyzer engine = BorderwatchAnalyzer.create();
        long warmEnd = System.nanoTime() + 3_000_000_000L;
        int i = 0;
        while (System.nanoTime() < warmEnd || i < 1500) { // JIT warm-up counted in articles, not seconds
            engine.analyze(articles.get(i++ % articles.size()));
        }
        long n = 0;
        long events = 0;
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        long end = t0 + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            events += engine.analyze(articles.get((int) (n % articles.size()))).events().size();
            n++;
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        // CPU time of this thread: on a shared, loaded machine wall time says more about the neighbours than the engine
        System.out.printf("%d articles (~5 KB) on one thread: wall %.1f s = %.0f articles/s; thread CPU %.1f s = %.0f articles per CPU-second"
                + " (%.2f ms CPU/article), %.1f records/article%n",
                n, elapsed, n / elapsed, cpu, n / cpu, 1000 * cpu / n, (double) events / n);
    }
}
