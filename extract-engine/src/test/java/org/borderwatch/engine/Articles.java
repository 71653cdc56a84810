package org.borderwatch.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.borderwatch.contract.ArticleIds;
import org.borderwatch.contract.CloudEventTypes;
import org.borderwatch.contract.RawArticle;
import java.nio.charset.StandardCharsets;

/** Test articles: the seeds, the dev set, and invented texts built the way ingest builds a RawArticle. */
final class Articles {

    private Articles() {
    }

    /** The project root (holds seeds/expected.json), found from the module's working directory. */
    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("seeds/expected.json"))) {
                return p;
            }
        }
        throw new IllegalStateException("no seeds/expected.json above " + dir);
    }

    static RawArticle seed(String prefix) {
        return file(root().resolve("seeds"), prefix);
    }

    static RawArticle dev(String prefix) {
        return file(root().resolve("extract-engine/src/test/resources/devset"), prefix);
    }

    static List<Path> all() {
        try (Stream<Path> seeds = Files.list(root().resolve("seeds"));
                Stream<Path> dev = Files.list(root().resolve("extract-engine/src/test/resources/devset"))) {
            return Stream.concat(seeds, dev).filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RawArticle file(Path folder, String prefix) {
        try (Stream<Path> files = Files.list(folder)) {
            Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no article " + prefix + " in " + folder));
            return read(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A .txt article as ingest builds it: normalized text, id = content hash, no published date. */
    static RawArticle read(Path p) throws IOException {
        String normalized = ArticleIds.normalize(Files.readString(p, StandardCharsets.UTF_8));
        return new RawArticle(CloudEventTypes.SCHEMA_VERSION, ArticleIds.of(normalized), null, normalized, null, null,
                null, null, p.getFileName().toString(), "text/plain", Instant.EPOCH.toString(), normalized.length());
    }

    /** An invented article, normalized and identified as ingest would. */
    static RawArticle text(String text) {
        return text(text, null);
    }

    static RawArticle text(String text, String published) {
        String normalized = ArticleIds.normalize(text);
        return new RawArticle(CloudEventTypes.SCHEMA_VERSION, ArticleIds.of(normalized), null, normalized, published,
                null, null, null, "invented.txt", "text/plain", Instant.EPOCH.toString(), normalized.length());
    }
}
