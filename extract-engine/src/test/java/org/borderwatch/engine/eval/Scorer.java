package org.borderwatch.engine.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.borderwatch.contract.ArticleAnalysis;
import org.borderwatch.contract.ArticleIds;
import org.borderwatch.contract.CloudEventTypes;
import org.borderwatch.contract.RawArticle;
import org.borderwatch.engine.ArticleAnalyzer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The judge of the extraction engine: runs an analyzer over labeled folders (each holds *.txt or *.json articles
 * and an expected.json) and reports TP/FP/FN, precision, recall and F1 per category and overall, plus a
 * per-article diff of misses and false alarms. Matching rules: extract-engine/EVALUATION.md.
 *
 * <p>Usage: {@code tools/score [--analyzer=class] [--corpus=corpus/realnews] [folder ...]} (default:
 * BorderwatchAnalyzer over seeds/ and extract-engine/src/test/resources/devset/; with a corpus, its tune and holdout
 * splits are two more sets).
 * Always exits 0: it is a report, not a gate. Also writes extract-engine/target/score.md.
 */
public final class Scorer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ENGINE_CLASS = "org.borderwatch.engine.BorderwatchAnalyzer";

    /** TP/FP/FN of one category, with the facts behind them. */
    public static final class Tally {
        public final List<Fact> truePositives = new ArrayList<>();
        public final List<Fact> falsePositives = new ArrayList<>();
        public final List<Fact> falseNegatives = new ArrayList<>();

        public int tp() {
            return truePositives.size();
        }

        public int fp() {
            return falsePositives.size();
        }

        public int fn() {
            return falseNegatives.size();
        }

        /** NaN when nothing was predicted: undefined, shown as n/a. */
        public double precision() {
            return tp() + fp() == 0 ? Double.NaN : (double) tp() / (tp() + fp());
        }

        /** NaN when nothing was expected. */
        public double recall() {
            return tp() + fn() == 0 ? Double.NaN : (double) tp() / (tp() + fn());
        }

        /** 2TP / (2TP + FP + FN): the harmonic mean of P and R, 0 when either is 0 or undefined; NaN on no facts. */
        public double f1() {
            int denominator = 2 * tp() + fp() + fn();
            return denominator == 0 ? Double.NaN : 2.0 * tp() / denominator;
        }

        void addAll(Tally other) {
            truePositives.addAll(other.truePositives);
            falsePositives.addAll(other.falsePositives);
            falseNegatives.addAll(other.falseNegatives);
        }
    }

    /** Scores of one article: a tally per category (categories with nothing expected nor predicted are empty). */
    public record ArticleScore(String file, Map<String, Tally> byCategory, String error) {
        public Tally overall() {
            Tally all = new Tally();
            byCategory.values().forEach(all::addAll);
            return all;
        }
    }

    /** Scores of one labeled folder. */
    public record SetScore(String name, List<ArticleScore> articles) {
        public Tally category(String category) {
            Tally all = new Tally();
            articles.forEach(a -> all.addAll(a.byCategory().getOrDefault(category, new Tally())));
            return all;
        }

        public Tally overall() {
            Tally all = new Tally();
            articles.forEach(a -> all.addAll(a.overall()));
            return all;
        }
    }

    private Scorer() {
    }

    /**
     * Matches expected against predicted facts, category by category. An expected fact takes the first
     * still-unmatched predicted fact that satisfies it; the most specific expected facts choose first, so that a
     * loose label ("Syunik", any admin1) cannot take the prediction a strict one needs.
     */
    public static ArticleScore score(String file, List<Fact> expected, List<Fact> predicted) {
        Map<String, Tally> byCategory = new LinkedHashMap<>();
        for (String category : Facts.CATEGORIES) {
            byCategory.put(category, new Tally());
        }
        List<Fact> remaining = new ArrayList<>(predicted);
        List<Fact> ordered = new ArrayList<>(expected);
        ordered.sort(Comparator.comparingLong((Fact f) -> f.fields().values().stream().filter(Objects::nonNull).count())
                .reversed());
        for (Fact want : ordered) {
            Tally tally = byCategory.computeIfAbsent(want.category(), c -> new Tally());
            Fact hit = remaining.stream().filter(want::isMatchedBy).findFirst().orElse(null);
            if (hit != null) {
                remaining.remove(hit);
                tally.truePositives.add(hit);
            } else {
                tally.falseNegatives.add(want);
            }
        }
        for (Fact extra : remaining) {
            byCategory.computeIfAbsent(extra.category(), c -> new Tally()).falsePositives.add(extra);
        }
        return new ArticleScore(file, byCategory, null);
    }

    /** Scores one analysis against its label (an entry of expected.json). */
    public static ArticleScore score(JsonNode label, ArticleAnalysis analysis) {
        return score(label.path("file").asText(), Facts.expected(label), Facts.predicted(analysis));
    }

    /** Runs the analyzer over a labeled folder and scores every labeled article. */
    public static SetScore scoreFolder(Path folder, ArticleAnalyzer analyzer) throws IOException {
        List<ArticleScore> scores = new ArrayList<>();
        for (JsonNode label : JSON.readTree(folder.resolve("expected.json").toFile())) {
            scores.add(scoreArticle(folder.resolve(label.path("file").asText()), label, analyzer));
        }
        return new SetScore(folder.getFileName().toString(), scores);
    }

    /**
     * Scores one split of the real-news corpus. Pages not fetched on this machine are left out and named in the
     * set's name, so that a partial corpus is never mistaken for the whole.
     */
    public static SetScore scoreCorpus(RealNewsCorpus corpus, String split, ArticleAnalyzer analyzer)
            throws IOException {
        List<ArticleScore> scores = new ArrayList<>();
        int missing = 0;
        for (RealNewsCorpus.Entry entry : corpus.split(split)) {
            if (!corpus.fetched(entry)) {
                missing++;
                continue;
            }
            scores.add(scoreArticle(corpus.page(entry), entry.label(), analyzer));
        }
        return new SetScore("realnews " + split + (missing == 0 ? "" : ", " + missing + " pages not fetched"),
                scores);
    }

    private static ArticleScore scoreArticle(Path file, JsonNode label, ArticleAnalyzer analyzer) throws IOException {
        String name = label.path("file").asText();
        try {
            return score(label, analyzer.analyze(rawArticle(file)));
        } catch (RuntimeException e) {
            // the engine failing on an article is a finding: every expected fact is missed
            ArticleScore missed = score(name, Facts.expected(label), List.of());
            return new ArticleScore(name, missed.byCategory(), e.toString());
        }
    }

    /**
     * The article as ingest would build it: normalized text, id = content hash. The published date is NOT taken
     * from the labels (the engine must find it in the text); only a .json article carries its own metadata.
     */
    public static RawArticle rawArticle(Path file) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        String title = null;
        String published = null;
        String outlet = null;
        String url = null;
        String text = content;
        String contentType = "text/plain";
        if (file.getFileName().toString().endsWith(".json")) {
            JsonNode json = JSON.readTree(content);
            text = json.path("text").asText("");
            title = json.path("title").asText(null);
            published = json.path("published").asText(null);
            outlet = json.path("outlet").asText(null);
            url = json.path("url").asText(null);
            contentType = "application/json";
        }
        String normalized = ArticleIds.normalize(text);
        return new RawArticle(CloudEventTypes.SCHEMA_VERSION, ArticleIds.of(normalized), title, normalized, published,
                outlet, null, url, file.getFileName().toString(), contentType, Instant.now().toString(),
                content.getBytes(StandardCharsets.UTF_8).length);
    }

    // ---------------------------------------------------------------- report

    public static String report(List<SetScore> sets, String engine) {
        StringBuilder md = new StringBuilder("# Extraction engine score\n\n");
        md.append("Engine: ").append(engine).append("  \nRules: extract-engine/EVALUATION.md\n\n");
        for (SetScore set : sets) {
            md.append("## ").append(set.name()).append(" (").append(set.articles().size()).append(" articles)\n\n");
            md.append("| category | TP | FP | FN | precision | recall | F1 |\n|---|---:|---:|---:|---:|---:|---:|\n");
            for (String category : Facts.CATEGORIES) {
                row(md, category, set.category(category));
            }
            row(md, "**overall**", set.overall());
            md.append("\n### Per article: misses (FN) and false alarms (FP)\n\n");
            for (ArticleScore a : set.articles()) {
                Tally all = a.overall();
                md.append(String.format("- `%s`: TP %d, FP %d, FN %d, F1 %s%s%n", a.file(), all.tp(), all.fp(),
                        all.fn(), ratio(all.f1()), a.error() == null ? "" : " — ENGINE FAILED: " + a.error()));
                for (Map.Entry<String, Tally> c : a.byCategory().entrySet()) {
                    c.getValue().falseNegatives.forEach(f -> md.append("  - miss: ").append(f).append('\n'));
                    c.getValue().falsePositives.forEach(f -> md.append("  - false alarm: ").append(f).append('\n'));
                }
            }
            md.append('\n');
        }
        return md.toString();
    }

    private static void row(StringBuilder md, String name, Tally t) {
        md.append(String.format("| %s | %d | %d | %d | %s | %s | %s |%n", name, t.tp(), t.fp(), t.fn(),
                ratio(t.precision()), ratio(t.recall()), ratio(t.f1())));
    }

    static String ratio(double value) {
        return Double.isNaN(value) ? "n/a" : String.format("%.3f", value);
    }

    /** The engine, looked up by name so that the judge compiles and runs whatever the engine's state. */
    static ArticleAnalyzer loadAnalyzer(String className) throws ReflectiveOperationException {
        Class<?> type = Class.forName(className);
        try {
            return (ArticleAnalyzer) type.getMethod("create").invoke(null);
        } catch (NoSuchMethodException e) {
            return (ArticleAnalyzer) type.getConstructor().newInstance();
        }
    }

    /** Walks up from the working directory to the project root (the folder holding seeds/expected.json). */
    static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("seeds/expected.json")) && Files.isDirectory(p.resolve("extract-engine"))) {
                return p;
            }
        }
        return dir;
    }

    public static void main(String[] args) throws Exception {
        Path root = projectRoot();
        String analyzerClass = System.getProperty("analyzer", ENGINE_CLASS);
        List<Path> folders = new ArrayList<>();
        Path corpusDir = null;
        for (String arg : args) {
            if (arg.startsWith("--analyzer=")) {
                analyzerClass = arg.substring("--analyzer=".length());
            } else if (arg.startsWith("--corpus=")) {
                corpusDir = root.resolve(arg.substring("--corpus=".length()));
            } else if (!arg.isBlank()) {
                folders.add(Path.of(arg).isAbsolute() ? Path.of(arg) : root.resolve(arg));
            }
        }
        if (folders.isEmpty()) {
            folders.add(root.resolve("seeds"));
            folders.add(root.resolve("extract-engine/src/test/resources/devset"));
        }
        ArticleAnalyzer analyzer;
        try {
            analyzer = loadAnalyzer(analyzerClass);
        } catch (ReflectiveOperationException | LinkageError e) {
            System.out.println("No engine to score: cannot create " + analyzerClass + " (" + e + ")");
            return;
        }
        List<SetScore> sets = new ArrayList<>();
        for (Path folder : folders) {
            sets.add(scoreFolder(folder, analyzer));
        }
        if (corpusDir != null) {
            RealNewsCorpus corpus = RealNewsCorpus.load(corpusDir);
            sets.add(scoreCorpus(corpus, "tune", analyzer));
            sets.add(scoreCorpus(corpus, "holdout", analyzer));
        }
        String engine = analyzer.extractor() == null ? analyzerClass
                : analyzer.extractor().name() + " " + analyzer.extractor().version();
        String md = report(sets, engine);
        System.out.println(md);
        Path out = root.resolve("extract-engine/target/score.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md, StandardCharsets.UTF_8);
        System.out.println("written: " + out);
    }
}
