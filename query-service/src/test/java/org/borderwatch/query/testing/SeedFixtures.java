package org.borderwatch.query.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.contract.ArticleAnalysis;
import org.borderwatch.contract.ArticleIds;
import org.borderwatch.contract.RawArticle;

/**
 * The five seed articles, and analyses of them written by hand from reading them and seeds/expected.json: what a
 * correct extractor gives ({@code src/test/resources/fixtures/*.analysis.json}; evidence offsets point into the
 * normalized seed texts). They test the read model's rules independently of the engine's current quality.
 */
public final class SeedFixtures {
    public static final String V1 = "1.0.0";
    public static final String[] FILES = {"000_69dd07f3f05ecfb2.txt", "001_5941315e2d007849.txt",
        "002_d53559031e0024ed.txt", "003_597146ce6dec93de.txt", "004_6f49573f0535d8b7.txt"};
    private static final String[] PUBLISHED = {"2021-05-13", null, null, "2022-09-13", null};

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, RawArticle> raws = new LinkedHashMap<>();

    public SeedFixtures() {
        for (int i = 0; i < FILES.length; i++) {
            String text = ArticleIds.normalize(read(FILES[i]));
            String id = ArticleIds.of(text);
            String title = text.lines().findFirst().orElse("").strip();
            raws.put(FILES[i], new RawArticle(1, id, title.length() > 120 ? title.substring(0, 120) : title, text,
                    PUBLISHED[i], i == 3 ? "Eurasia Business News" : null, null, null, FILES[i], "text/plain",
                    "2026-11-20T10:00:0" + i + "Z", text.length()));
        }
    }

    public static Path seedsDir() {
        for (Path p : List.of(Path.of("seeds"), Path.of("..", "seeds"), Path.of("..", "..", "seeds"))) {
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        throw new IllegalStateException("seeds/ not found from " + Path.of("").toAbsolutePath());
    }

    private static String read(String file) {
        try {
            return Files.readString(seedsDir().resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public RawArticle raw(int i) {
        return raws.get(FILES[i]);
    }

    public String id(int i) {
        return raw(i).articleId();
    }

    public List<RawArticle> raws() {
        return new ArrayList<>(raws.values());
    }

    public List<ArticleAnalysis> analyses(String version) {
        List<ArticleAnalysis> out = new ArrayList<>();
        for (int i = 0; i < FILES.length; i++) {
            out.add(analysis(i, version));
        }
        return out;
    }

    /**
     * The hand-written analysis of seed {@code i} ({@code src/test/resources/fixtures/<seed>.analysis.json}, written
     * as extractor version 1.0.0), re-labelled as {@code version}: the same content from another extractor version,
     * with that version in the extractor, the record ids and each record's extractorVersion.
     */
    public ArticleAnalysis analysis(int i, String version) {
        String resource = "/fixtures/" + FILES[i].replace(".txt", ".analysis.json");
        try (InputStream in = SeedFixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + resource);
            }
            ObjectNode tree = (ObjectNode) JSON.readTree(in);
            if (!tree.path("articleId").asText().equals(id(i))) {
                throw new IllegalStateException(resource + " is not about " + FILES[i] + " as it reads now");
            }
            ((ObjectNode) tree.path("extractor")).put("version", version);
            for (JsonNode event : tree.path("events")) {
                ObjectNode e = (ObjectNode) event;
                e.put("id", e.path("id").asText().replace("-" + V1 + "-", "-" + version + "-"));
                e.put("extractorVersion", version);
            }
            return JSON.treeToValue(tree, ArticleAnalysis.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
