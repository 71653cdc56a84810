package org.borderwatch.bench.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.borderwatch.bench.pipeline.PipelineBenchmark.TARGET_E2E_RATIO;
import static org.borderwatch.bench.pipeline.PipelineBenchmark.TARGET_EXTRACTOR_PER_CORE;
import static org.borderwatch.bench.pipeline.PipelineBenchmark.TARGET_QUERY_P99_MS;
import static org.borderwatch.bench.pipeline.PipelineBenchmark.TARGET_REPLAY_100K_SECONDS;

/** The markdown report of a pipeline benchmark run. */
final class Report {
    private static final Pattern ENGINE_ROW = Pattern.compile("^\\| Borderwatch engine[^|]*\\|[^|]*\\|[^|]*\\|[^|]*\\|"
            + "\\s*([\\d.]+)\\s*\\|");

    private static final Pattern ENGINE_CPU = Pattern.compile("([\\d.]+) articles per CPU-second");

    private Report() {
    }

    static String markdown(Instant started, Instant now, double loadAtStart, String args, List<String> engine,
            List<PipelineBenchmark.SizeRun> runs) {
        StringBuilder md = new StringBuilder();
        md.append("# Pipeline benchmark, ").append(started).append("\n\n");
        md.append(String.format(Locale.ROOT, "Command: `bench/run pipeline %s`; took %s. Java %s, %d cores, "
                        + "load average %.1f at the start (the machine is shared: absolute figures drift, the "
                        + "ratios are the stable part). All processes on loopback, started by the benchmark.%n%n",
                args, human(Duration.between(started, now)), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), loadAtStart));

        double enginePerSecond = engineArticlesPerSecond(engine);
        md.append("## Targets\n\n| target | N | measured | result |\n|---|---:|---|---|\n");
        double enginePerCpuSecond = engineArticlesPerCpuSecond(engine);
        if (!Double.isNaN(enginePerCpuSecond)) {
            target(md, "extractor >= " + (int) TARGET_EXTRACTOR_PER_CORE + " articles/s per core", "-",
                    f("%.1f articles per CPU-second of the thread (%.1f articles/s wall, one thread, shared "
                            + "cores)", enginePerCpuSecond, enginePerSecond),
                    enginePerCpuSecond >= TARGET_EXTRACTOR_PER_CORE);
        } else if (!Double.isNaN(enginePerSecond)) {
            target(md, "extractor >= " + (int) TARGET_EXTRACTOR_PER_CORE + " articles/s per core", "-",
                    f("%.1f articles/s on one thread", enginePerSecond), enginePerSecond >= TARGET_EXTRACTOR_PER_CORE);
        }
        for (PipelineBenchmark.SizeRun r : runs) {
            if (!Double.isNaN(r.e2eSeconds) && !Double.isNaN(r.ceilingRecordsPerSecond)) {
                target(md, "end-to-end >= " + (int) (TARGET_E2E_RATIO * 100) + "% of the raw Kafka ceiling",
                        n(r.articles), f("%.1f / %.0f records/s = %.2f%%", r.e2ePerSecond(),
                                r.ceilingRecordsPerSecond, 100 * r.ratio()), r.ratio() >= TARGET_E2E_RATIO);
            }
            if (!Double.isNaN(r.replaySeconds)) {
                double projected = r.replaySeconds * 100_000.0 / Math.max(1, r.articles);
                boolean actual = r.articles >= 100_000;
                target(md, "replay of 100k < " + (int) (TARGET_REPLAY_100K_SECONDS / 60) + " min", n(r.articles),
                        actual ? f("%.0f s", r.replaySeconds)
                                : f("%.1f s for %d, linear projection to 100k: %.0f s", r.replaySeconds,
                                        r.articles, projected),
                        (actual ? r.replaySeconds : projected) < TARGET_REPLAY_100K_SECONDS);
            }
            for (QueryLoad.Result q : r.query) {
                if (q.clients() == 200) {
                    double p99 = q.latencyMicros().at(99) / 1000.0;
                    target(md, "query p99 < " + (int) TARGET_QUERY_P99_MS + " ms at " + q.label(), n(r.articles),
                            f("p99 %.1f ms", p99), p99 < TARGET_QUERY_P99_MS);
                }
            }
        }

        md.append("\n## Figures by corpus size\n\n| figure |");
        runs.forEach(r -> md.append(" N = ").append(n(r.articles)).append(" |"));
        md.append("\n|---|");
        runs.forEach(r -> md.append("---:|"));
        md.append('\n');
        row(md, runs, "corpus MB (mean record bytes)", r -> f("%.1f (%d)", r.corpusMb, r.recordBytes));
        row(md, runs, "system start-up s (broker + 3 services ready)", r -> f("%.1f", r.startupSeconds));
        row(md, runs, "raw ceiling: records sent (acks=all)", r -> n(r.ceilingRecords));
        row(md, runs, "raw ceiling records/s", r -> f("%.0f", r.ceilingRecordsPerSecond));
        row(md, runs, "raw ceiling MB/s", r -> f("%.2f", r.ceilingMbPerSecond));
        row(md, runs, "raw ceiling producer latency", r -> r.ceilingLatency);
        row(md, runs, "end-to-end s (inbox -> every article settled in query-service)",
                r -> f("%.1f", r.e2eSeconds));
        row(md, runs, "end-to-end: query-service polls of GET /articles that timed out (60 s)",
                r -> String.valueOf(r.pollTimeouts));
        row(md, runs, "end-to-end articles/s", r -> f("%.1f", r.e2ePerSecond()));
        row(md, runs, "end-to-end MB/s", r -> f("%.3f", r.corpusMb / r.e2eSeconds));
        row(md, runs, "end-to-end / raw ceiling", r -> f("%.2f%%", 100 * r.ratio()));
        row(md, runs, "articles analyzed / rejected / analyzed with an incident",
                r -> r.analyzed + " / " + r.rejected + " / " + r.withIncident);
        row(md, runs, "incidents found / generated", r -> r.incidents + " / " + r.generatedIncidents);
        row(md, runs, "near-duplicate copies generated / folded by query-service (articles - sources counted)",
                r -> r.generatedCopies + " / " + (r.analyzed - r.incidentArticleSum));
        row(md, runs, "latency one article, idle system, inbox file: p50 / p99 / max ms", r -> r.latencyMillis == null ? "-"
                : r.latencyMillis.at(50) + " / " + r.latencyMillis.at(99) + " / " + r.latencyMillis.max()
                + " (" + r.latencyMillis.count() + " drops" + (r.latencyTimeouts > 0 ? ", " + r.latencyTimeouts
                + " timed out" : "") + ")");
        row(md, runs, "latency one article via POST /articles: p50 / p99 / max ms", r -> r.postLatencyMillis == null
                ? "-" : r.postLatencyMillis.at(50) + " / " + r.postLatencyMillis.at(99) + " / "
                + r.postLatencyMillis.max() + " (" + r.postLatencyMillis.count() + " drops"
                + (r.postLatencyTimeouts > 0 ? ", " + r.postLatencyTimeouts + " failed" : "") + ")");
        for (String label : List.of("50 clients", "200 clients", "200 clients, no gzip", "200 clients, pages")) {
            row(md, runs, "query " + label + ": requests/s", r -> query(r, label) == null ? "-"
                    : f("%.0f", query(r, label).requestsPerSecond()));
            row(md, runs, "query " + label + ": p50 / p99 ms", r -> query(r, label) == null ? "-"
                    : f("%.1f / %.1f", query(r, label).latencyMicros().at(50) / 1000.0,
                    query(r, label).latencyMicros().at(99) / 1000.0));
            row(md, runs, "query " + label + ": KB per answer", r -> query(r, label) == null ? "-"
                    : f("%.1f", query(r, label).bytes() / 1024.0 / Math.max(1, query(r, label).requests())));
            row(md, runs, "query " + label + ": requests (errors)", r -> query(r, label) == null ? "-"
                    : query(r, label).requests() + " (" + query(r, label).errors() + ")");
            row(md, runs, "query " + label + ": CPU s query-service / load generator (of wall s x 2 cores)",
                    r -> query(r, label) == null || !r.queryCpuSeconds.containsKey(label) ? "-"
                            : f("%.1f / %.1f (of %.1f)", r.queryCpuSeconds.get(label)[0],
                                    r.queryCpuSeconds.get(label)[1], query(r, label).seconds()
                                            * Runtime.getRuntime().availableProcessors()));
        }
        row(md, runs, "end-to-end CPU s by process (of wall s x 2 cores)", r -> r.e2eCpuSeconds.isEmpty() ? "-"
                : r.e2eCpuSeconds.entrySet().stream().map(e -> e.getKey().replace("-service", "") + " "
                        + f("%.0f", e.getValue())).collect(java.util.stream.Collectors.joining(", "))
                + f(" (of %.0f)", r.e2eSeconds * Runtime.getRuntime().availableProcessors()));
        row(md, runs, "replay: records read / published / failed",
                r -> r.replayTotal + " / " + r.replayPublished + " / " + r.replayFailed);
        row(md, runs, "replay s", r -> f("%.1f", r.replaySeconds));
        row(md, runs, "replay articles/s", r -> f("%.1f", r.replayTotal / r.replaySeconds));
        row(md, runs, "query-service rebuild: s to ready (articles listed at ready)",
                r -> f("%.1f", r.rebuildSeconds) + " (" + r.rebuildArticlesAtReady + ")");
        for (String name : List.of("broker", "ingest-service", "extract-service", "query-service",
                "query-rebuild")) {
            row(md, runs, "peak RSS MB (VmHWM): " + name, r -> String.valueOf(r.peakRssMb.getOrDefault(name, -1L)));
        }
        row(md, runs, "load average before / after", r -> f("%.1f / %.1f", r.loadBefore, r.loadAfter));
        for (PipelineBenchmark.SizeRun r : runs) {
            if (r.error != null) {
                md.append("\nN = ").append(n(r.articles)).append(" stopped early: `").append(r.error).append("`\n");
            }
        }

        if (!engine.isEmpty()) {
            md.append("\n## Extractor alone (EngineBenchmark, one thread, before the services start)\n\n");
            engine.forEach(line -> md.append(line).append('\n'));
        }
        md.append("\n## Where the time goes (jstack samples of the services during the end-to-end run)\n");
        for (PipelineBenchmark.SizeRun r : runs) {
            if (!r.profile.isEmpty()) {
                md.append("\nN = ").append(n(r.articles)).append(":\n\n");
                r.profile.forEach(line -> md.append(line).append('\n'));
            }
        }
        md.append("\n## Where the time goes under query load (jstack samples of query-service, 200 clients)\n");
        for (PipelineBenchmark.SizeRun r : runs) {
            if (!r.queryProfile.isEmpty()) {
                md.append("\nN = ").append(n(r.articles)).append(":\n\n");
                r.queryProfile.forEach(line -> md.append(line).append('\n'));
            }
        }
        md.append("\n## How it is measured\n\n").append(METHOD);
        return md.toString();
    }

    private static final String METHOD = """
            - Every size runs on a fresh system: the local KRaft broker (`deploy/local-broker`) and private copies of \
            the three packaged services (`*/target/quarkus-app`), each its own JVM on free loopback ports.
            - Raw ceiling: `org.apache.kafka.tools.ProducerPerformance` (kafka-tools 4.1.1) against the same broker, \
            a topic of 4 partitions like the contract topics, records of the corpus's mean article size, \
            `acks=all`, unthrottled; 50k records at every N (fewer measured mostly the tool's warm-up).
            - End-to-end: the N generated articles (CorpusGenerator, seed 42, N/8 incidents, at most 1,500: 100 per pair of states, 30-49 days apart; ~10% near-duplicates) are \
            written to a staging folder, then moved atomically into ingest-service's inbox; the clock runs from the \
            first move until query-service's `GET /articles` lists all N as analyzed or rejected. The ratio divides \
            articles/s by the ceiling's records/s (same record size). The generator writes from sentence \
            templates filled with each incident's facts, so its articles are far more alike than real reports: \
            query-service's near-duplicate detection folds articles of one incident that share 35% of their \
            sampled shingles (more than the generated copies at small N) and ignores samples shared by more than \
            50 articles as boilerplate (so at large N it folds none); the copies row shows both.
            - Latency: after that, fresh articles (another seed) are dropped one at a time, 300 ms apart, into the \
            idle system; each is timed from the move into the inbox until `GET /articles?fileName=` on query-service \
            shows it no longer pending (polled every 10 ms), i.e. until the read model, incident included, has it. \
            Then as many again through `POST /articles` on ingest-service, polled at `GET /articles/{id}`: the \
            difference is the inbox's own cost (a file is read after 2 s of quiet, poll 0.25 s).
            - Query: closed-loop clients in the benchmark's JVM (a process apart from query-service, on the same 2 \
            cores), alternating `GET /incidents` and `GET /incidents/{id}`, with no think time, so at saturation the \
            latency is clients / throughput (Little's law). "clients" send `Accept-Encoding: gzip` as browsers do \
            (bodies are timed to the last byte, not inflated); "no gzip" clients ask for plain JSON. A 3 s warm-up \
            at 50 clients is not reported. "pages" clients ask for the list's first page (`GET /incidents?limit=50`, \
            paging being an addition to the contract) instead of the whole list, as a web page would.
            - Replay: `POST /admin/replay` on extract-service, polled by `GET /admin/replay` until `done`.
            - Rebuild: a second query-service started on the same topics; timed to its readiness, which waits for \
            the read model to catch up with the topics' end offsets.
            - Memory: VmHWM from `/proc/<pid>/status` of each process at the end of the size's run.
            - Extractor alone: `org.borderwatch.bench.EngineBenchmark` in its own JVM, single thread (= per core).
            """;

    private static QueryLoad.Result query(PipelineBenchmark.SizeRun r, String label) {
        return r.query.stream().filter(q -> q.label().equals(label)).findFirst().orElse(null);
    }

    static double engineArticlesPerCpuSecond(List<String> engine) {
        for (String line : engine) {
            Matcher m = ENGINE_CPU.matcher(line);
            if (line.startsWith("engine-cpu:") && m.find()) {
                return Double.parseDouble(m.group(1));
            }
        }
        return Double.NaN;
    }

    static double engineArticlesPerSecond(List<String> engine) {
        for (String line : engine) {
            Matcher m = ENGINE_ROW.matcher(line);
            if (m.find()) {
                return Double.parseDouble(m.group(1));
            }
        }
        return Double.NaN;
    }

    private static void target(StringBuilder md, String target, String n, String measured, boolean pass) {
        md.append("| ").append(target).append(" | ").append(n).append(" | ").append(measured).append(" | ")
                .append(pass ? "pass" : "**miss**").append(" |\n");
    }

    private static void row(StringBuilder md, List<PipelineBenchmark.SizeRun> runs, String name,
            java.util.function.Function<PipelineBenchmark.SizeRun, String> value) {
        md.append("| ").append(name).append(" |");
        for (PipelineBenchmark.SizeRun r : runs) {
            String v;
            try {
                v = value.apply(r);
            } catch (RuntimeException e) {
                v = "-";
            }
            md.append(' ').append(v == null || v.contains("NaN") || v.isEmpty() ? "-" : v).append(" |");
        }
        md.append('\n');
    }

    private static String n(long value) {
        return value >= 1000 && value % 1000 == 0 ? value / 1000 + "k" : String.valueOf(value);
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private static String human(Duration d) {
        return d.toMinutes() + " min " + d.toSecondsPart() + " s";
    }
}
