package org.borderwatch.engine.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The real-news corpus (corpus/realnews/, see its README): committed are only the labels ({@code expected-*.json},
 * the shape of seeds/expected.json) and the sources ({@code sources-*.tsv}: file, split, incident, query, url);
 * the page texts live in the git-ignored {@code pages/} folder and are fetched again from the listed queries.
 * Every labeled article belongs to one split: {@code tune} (rules may be changed to fix what it shows) or
 * {@code holdout} (never tuned on, reported separately).
 */
public final class RealNewsCorpus {

    /** One labeled article: where its text lives, its split and incident, and its label. */
    public record Entry(String file, String split, String incident, String query, String url, JsonNode label) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final List<Entry> entries;

    private RealNewsCorpus(Path dir, List<Entry> entries) {
        this.dir = dir;
        this.entries = entries;
    }

    /** Reads every {@code sources*.tsv} and {@code expected*.json} of the folder; a label without a source row fails. */
    public static RealNewsCorpus load(Path dir) {
        Map<String, String[]> sources = new LinkedHashMap<>();
        for (Path tsv : list(dir, "sources", ".tsv")) {
            for (String line : read(tsv).lines().skip(1).toList()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length < 5) {
                    throw new IllegalArgumentException(tsv + ": expected file, split, incident, query, url: " + line);
                }
                sources.put(cells[0], cells);
            }
        }
        List<Entry> entries = new ArrayList<>();
        for (Path json : list(dir, "expected", ".json")) {
            try {
                for (JsonNode label : JSON.readTree(json.toFile())) {
                    String file = label.path("file").asText();
                    String[] source = sources.get(file);
                    if (source == null) {
                        throw new IllegalArgumentException(json + ": " + file + " has no row in a sources*.tsv");
                    }
                    entries.add(new Entry(file, source[1], source[2], source[3], source[4], label));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(json.toString(), e);
            }
        }
        return new RealNewsCorpus(dir, entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The entries of one split ({@code tune}, {@code holdout}); {@code all} gives every entry. */
    public List<Entry> split(String split) {
        return "all".equals(split) ? entries : entries.stream().filter(e -> e.split().equals(split)).toList();
    }

    /** Where the page text of an entry is kept (it may be missing on a fresh clone: fetch it again first). */
    public Path page(Entry entry) {
        return dir.resolve("pages").resolve(entry.file());
    }

    public boolean fetched(Entry entry) {
        return Files.isRegularFile(page(entry));
    }

    private static List<Path> list(Path dir, String prefix, String suffix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith(prefix) && name.endsWith(suffix);
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(dir.toString(), e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }
}
