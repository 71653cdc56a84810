package org.borderwatch.bench;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.borderwatch.bench.corpus.Args;
import org.borderwatch.bench.corpus.CorpusGenerator;
import org.borderwatch.bench.corpus.GeneratedArticle;
import org.borderwatch.contract.ArticleAnalysis;
import org.borderwatch.contract.ArticleIds;
import org.borderwatch.contract.CloudEventTypes;
import org.borderwatch.contract.RawArticle;
import org.borderwatch.engine.ArticleAnalyzer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Single-thread throughput of the extraction engine over a generated corpus, next to an OpenNLP tokenize + POS
 * pass over the same texts (a common baseline: most statistical pipelines start with exactly this). Prints a
 * markdown table. Not a test: run it by hand (bench/README.md).
 *
 * <p>Options: {@code --articles N} (2000), {@code --incidents M} (N/8), {@code --seed S} (42), {@code --warmup W}
 * (articles analyzed before timing, 500), {@code --rounds R} (timed passes, best one reported, 3).
 */
public final class EngineBenchmark {

    private static final String ENGINE_CLASS = "org.borderwatch.engine.BorderwatchAnalyzer";
    /** Resource names inside opennlp-models-tokenizer-en / opennlp-models-pos-en 1.3.0. */
    static final String TOKENIZER_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    /** The baseline has no sentence model: a plain split at sentence punctuation followed by a space. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”]?)\\s+");

    /** A timed pass: how many articles and bytes, how long. */
    record Result(String pipeline, int articles, long bytes, long nanos, long checksum) {
        double seconds() {
            return nanos / 1e9;
        }

        double articlesPerSecond() {
            return articles / seconds();
        }

        double megabytesPerSecond() {
            return bytes / 1e6 / seconds();
        }
    }

    interface Pipeline {
        /** Processes one article; returns a number derived from the output so the JIT cannot drop the work. */
        long run(RawArticle article);
    }

    public static void main(String[] args) throws Exception {
        Args options = Args.parse(args);
        int articles = options.intValue("articles", 2000);
        int incidents = options.intValue("incidents", CorpusGenerator.incidentsFor(articles));
        int seed = options.intValue("seed", 42);
        int warmup = options.intValue("warmup", 500);
        int rounds = options.intValue("rounds", 3);

        List<RawArticle> corpus = rawArticles(new CorpusGenerator(seed).generate(articles, incidents));
        long bytes = corpus.stream().mapToLong(RawArticle::sizeBytes).sum();
        System.out.printf("corpus: %d articles, %.2f MB, seed %d, %d incidents; warm-up %d articles, best of %d "
                + "rounds, one thread, Java %s, %d cores%n%n", corpus.size(), bytes / 1e6, seed, incidents, warmup,
                rounds, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());

        long start = System.nanoTime();
        String engineClass = System.getProperty("analyzer", ENGINE_CLASS);
        ArticleAnalyzer analyzer;
        try {
            analyzer = loadAnalyzer(engineClass);
        } catch (ClassNotFoundException e) {
            analyzer = null; // measure the baseline alone rather than nothing
            System.out.println("engine not available: " + engineClass + " is not on the classpath");
        }
        long engineStartMillis = (System.nanoTime() - start) / 1_000_000;
        ArticleAnalyzer theAnalyzer = analyzer;
        Pipeline engine = article -> {
            ArticleAnalysis analysis = theAnalyzer.analyze(article);
            return analysis.events() == null ? 0 : analysis.events().size();
        };

        start = System.nanoTime();
        TokenizerME tokenizer = new TokenizerME(new TokenizerModel(resource(TOKENIZER_MODEL)));
        POSTaggerME tagger = new POSTaggerME(new POSModel(resource(POS_MODEL)));
        long openNlpStartMillis = (System.nanoTime() - start) / 1_000_000;
        Pipeline openNlp = article -> {
            long tags = 0;
            for (String sentence : SENTENCE_END.split(article.text())) {
                String[] tokens = tokenizer.tokenize(sentence);
                tags += tagger.tag(tokens).length;
            }
            return tags;
        };

        Result engineResult = analyzer == null ? null : measure("Borderwatch engine ("
                + analyzer.extractor().name() + " " + analyzer.extractor().version() + ")", engine, corpus, warmup,
                rounds);
        Result openNlpResult = measure("OpenNLP tokenize + POS (UD EWT 1.3)", openNlp, corpus, warmup, rounds);

        System.out.println("| pipeline | articles | MB | seconds | articles/s | MB/s | start-up ms |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        if (engineResult != null) {
            row(engineResult, engineStartMillis);
        }
        row(openNlpResult, openNlpStartMillis);
        if (engineResult == null) {
            return;
        }
        System.out.printf("%nengine / OpenNLP throughput ratio: %.2f x (events produced: %d; POS tags: %d)%n",
                engineResult.articlesPerSecond() / openNlpResult.articlesPerSecond(), engineResult.checksum(),
                openNlpResult.checksum());
    }

    static Result measure(String name, Pipeline pipeline, List<RawArticle> corpus, int warmup, int rounds) {
        long sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += pipeline.run(corpus.get(i % corpus.size()));
        }
        Result best = null;
        for (int round = 0; round < Math.max(1, rounds); round++) {
            long checksum = 0;
            long start = System.nanoTime();
            for (RawArticle article : corpus) {
                checksum += pipeline.run(article);
            }
            long nanos = System.nanoTime() - start;
            Result result = new Result(name, corpus.size(), corpus.stream().mapToLong(RawArticle::sizeBytes).sum(),
                    nanos, checksum);
            if (best == null || result.nanos() < best.nanos()) {
                best = result;
            }
        }
        if (sink == Long.MIN_VALUE) {
            System.out.println(); // keeps the warm-up's results alive
        }
        return best;
    }

    private static void row(Result r, long startupMillis) {
        System.out.printf("| %s | %d | %.2f | %.2f | %.1f | %.2f | %d |%n", r.pipeline(), r.articles(),
                r.bytes() / 1e6, r.seconds(), r.articlesPerSecond(), r.megabytesPerSecond(), startupMillis);
    }

    /** Articles as ingest builds them: normalized text, content-hash id, no published date (the engine finds it). */
    static List<RawArticle> rawArticles(List<GeneratedArticle> generated) {
        return generated.stream().map(a -> {
            String text = ArticleIds.normalize(a.text());
            return new RawArticle(CloudEventTypes.SCHEMA_VERSION, ArticleIds.of(text), null, text, null, null, null,
                    null, a.fileName(), "text/plain", Instant.EPOCH.toString(),
                    text.getBytes(StandardCharsets.UTF_8).length);
        }).toList();
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = EngineBenchmark.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " not on the classpath (opennlp-models-*-en 1.3.0)");
        }
        return in;
    }

    /** The engine, looked up by name: the bench compiles whatever the engine's state. */
    static ArticleAnalyzer loadAnalyzer(String className) throws ReflectiveOperationException {
        Class<?> type = Class.forName(className);
        try {
            return (ArticleAnalyzer) type.getMethod("create").invoke(null);
        } catch (NoSuchMethodException e) {
            return (ArticleAnalyzer) type.getConstructor().newInstance();
        }
    }
}
