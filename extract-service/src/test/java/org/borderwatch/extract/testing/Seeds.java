package org.borderwatch.extract.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.borderwatch.contract.ArticleIds;
import org.borderwatch.contract.CloudEventTypes;
import org.borderwatch.contract.RawArticle;

/** The repository's seed articles ({@code ../seeds/*.txt}) as RawArticles, the way ingest-service writes them. */
public final class Seeds {
    private static final Path DIR = Path.of("..", "seeds");
    private static final Pattern DATE_LINE = Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})");

    private Seeds() {
    }

    public static List<RawArticle> all() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().map(Seeds::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RawArticle read(Path file) {
        try {
            return article(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A RawArticle of this text: normalized text, articleId its hash, published from a leading "date" line. */
    public static RawArticle article(String content, String fileName) {
        String text = ArticleIds.normalize(content);
        Matcher date = DATE_LINE.matcher(text);
        String published = date.find() ? date.group(1) : null;
        String title = text.lines().findFirst().orElse("").strip();
        return new RawArticle(CloudEventTypes.SCHEMA_VERSION, ArticleIds.of(text),
                title.length() > 80 ? title.substring(0, 80) : title, text, published, "seed outlet", null, null,
                fileName, "text/plain", Instant.now().toString(), text.getBytes(StandardCharsets.UTF_8).length);
    }
}
