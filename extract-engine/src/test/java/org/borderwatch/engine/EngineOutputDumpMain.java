package org.borderwatch.engine;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.borderwatch.contract.ArticleIds;
import org.borderwatch.contract.RawArticle;
import org.borderwatch.engine.gazetteer.Gazetteer;

/**
 * Equivalence guard for performance work: prints, for every .txt file of the given folders (sorted), the full
 * analysis and the raw gazetteer mentions (places, countries, organizations) in record {@code toString} form.
 * Run it before and after a change and compare the two outputs byte for byte ({@code cmp}); any difference is a
 * behaviour change. Usage: {@code EngineOutputDumpMain out.txt folder...}
 */
public final class EngineOutputDumpMain {
    public static void main(String[] args) throws Exception {
        BorderwatchAnalyzer engine = BorderwatchAnalyzer.create();
        Gazetteer gazetteer = Gazetteer.load();
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            try (Stream<Path> s = Files.list(Path.of(args[i]))) {
                files.addAll(s.filter(p -> p.toString().endsWith(".txt")).sorted().toList());
            }
        }
        try (PrintStream out = new PrintStream(Files.newOutputStream(Path.of(args[0])), false, StandardCharsets.UTF_8)) {
            for (Path f : files) {
                String text = ArticleIds.normalize(Files.readString(f, StandardCharsets.UTF_8));
                RawArticle raw = new RawArticle(1, ArticleIds.of(text), null, text, null, null, null, null,
                        f.getFileName().toString(), "text/plain", null, text.length());
                out.println("== " + f.getFileName());
                out.println(engine.analyze(raw));
                out.println("places " + gazetteer.findPlaces(text));
                out.println("countries " + gazetteer.findCountries(text));
                out.println("orgs " + gazetteer.findOrganizations(text));
                // lower-cased and upper-cased variants exercise the capital-initial and exact-case paths
                String lower = text.toLowerCase(java.util.Locale.ROOT);
                String upper = text.toUpperCase(java.util.Locale.ROOT);
                out.println("places/lower " + gazetteer.findPlaces(lower));
                out.println("places/upper " + gazetteer.findPlaces(upper));
                out.println("countries/lower " + gazetteer.findCountries(lower));
            }
        }
        System.out.println("dumped " + files.size() + " files to " + args[0]);
    }
}
