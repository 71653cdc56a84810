package org.borderwatch.query.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.borderwatch.contract.ArticleIds;
import org.borderwatch.contract.RawArticle;
import org.borderwatch.engine.ArticleAnalyzer;
import org.borderwatch.engine.BorderwatchAnalyzer;
import org.borderwatch.query.incident.IncidentView;
import org.borderwatch.query.incident.ReadModel;

/**
 * Incident clustering over the real-news corpus, as an analyst would see it: every fetched page of a split goes
 * through the real engine and query-service's read model, and the incidents query-service forms are compared pair
 * by pair with the corpus's incident labels ({@link PairwiseClustering}). Run by {@code tools/score --corpus=...}.
 *
 * <p>Usage: {@code IncidentClusteringScore <corpus dir> [split ...]}; prints a Markdown table and, per split, each
 * article's labeled incident beside the one query-service gave it.
 */
public final class IncidentClusteringScore {

    private record Source(String file, String split, String incident) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private IncidentClusteringScore() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "corpus/realnews");
        List<String> splits = args.length > 1 ? List.of(args).subList(1, args.length) : List.of("tune", "holdout");
        List<Source> sources = sources(corpus);
        ArticleAnalyzer engine = BorderwatchAnalyzer.create();
        StringBuilder md = new StringBuilder("## Incident clustering (pairwise, query-service's grouping)\n\n");
        md.append("| split | articles | TP | FP | FN | precision | recall | F1 |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        StringBuilder details = new StringBuilder();
        for (String split : splits) {
            Map<String, String> gold = new LinkedHashMap<>();
            Map<String, String> fileOfId = new LinkedHashMap<>();
            ReadModel model = new ReadModel();
            for (Source source : sources) {
                Path page = corpus.resolve("pages").resolve(source.file());
                if (!source.split().equals(split) || !Files.isRegularFile(page)) {
                    continue;
                }
                RawArticle raw = raw(page);
                fileOfId.put(raw.articleId(), source.file());
                gold.put(source.file(), source.incident().isBlank() ? null : source.incident());
                model.apply(raw);
                model.apply(engine.analyze(raw));
            }
            IncidentView.Snapshot snapshot = new IncidentView(model, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC))
                    .snapshot();
            Map<String, String> predicted = new LinkedHashMap<>();
            snapshot.incidentOf().forEach((articleId, incident) -> {
                String file = fileOfId.get(articleId);
                if (file != null) {
                    predicted.put(file, incident);
                }
            });
            PairwiseClustering score = PairwiseClustering.of(gold, predicted);
            md.append(String.format("| %s | %d | %d | %d | %d | %s | %s | %s |%n", split, gold.size(),
                    score.truePositives(), score.falsePositives(), score.falseNegatives(), ratio(score.precision()),
                    ratio(score.recall()), ratio(score.f1())));
            details.append("\n### ").append(split).append(": labeled incident -> query-service's incident\n\n");
            gold.forEach((file, incident) -> details.append("- `").append(file).append("`: ")
                    .append(incident == null ? "(none)" : incident).append(" -> ")
                    .append(predicted.getOrDefault(file, "(none)")).append('\n'));
        }
        System.out.println(md.append(details));
    }

    /**
     * The split of each labeled article (sources*.tsv) and its incident (expected*.json: {@code incident}, none
     * when {@code is_border_incident} is false).
     */
    private static List<Source> sources(Path corpus) throws IOException {
        Map<String, String> splitOf = new LinkedHashMap<>();
        for (Path tsv : list(corpus, "sources.*\\.tsv")) {
            for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8).stream().skip(1).toList()) {
                String[] cells = line.split("\t", -1);
                if (cells.length >= 2) {
                    splitOf.put(cells[0], cells[1]);
                }
            }
        }
        List<Source> out = new ArrayList<>();
        for (Path json : list(corpus, "expected.*\\.json")) {
            for (JsonNode label : JSON.readTree(json.toFile())) {
                String file = label.path("file").asText();
                boolean incident = label.path("is_border_incident").asBoolean(false);
                out.add(new Source(file, splitOf.getOrDefault(file, "?"),
                        incident ? label.path("incident").asText("") : ""));
            }
        }
        return out;
    }

    private static List<Path> list(Path dir, String regex) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches(regex)).sorted().toList();
        }
    }

    /** The page as the engine scorer feeds it: normalized text, id = content hash, no metadata. */
    private static RawArticle raw(Path page) throws IOException {
        String content = Files.readString(page, StandardCharsets.UTF_8);
        String text = ArticleIds.normalize(content);
        return new RawArticle(1, ArticleIds.of(text), null, text, null, null, null, null,
                page.getFileName().toString(), "text/plain", Instant.EPOCH.toString(),
                content.getBytes(StandardCharsets.UTF_8).length);
    }

    private static String ratio(double value) {
        return Double.isNaN(value) ? "n/a" : String.format("%.3f", value);
    }
}
