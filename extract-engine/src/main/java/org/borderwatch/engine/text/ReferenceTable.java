package org.borderwatch.engine.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reference table of the engine read from the classpath ({@code /reference/*.tsv}): one row per line, columns
 * separated by a tab, lines starting with {@code #} (the header saying where the table comes from) and blank lines
 * skipped. Tables are data, not code: a new leader, authority or trigger word is one line in one file.
 */
public final class ReferenceTable {

    private static final String BASE = "/reference/";

    private final String name;
    private final List<String[]> rows;

    private ReferenceTable(String name, List<String[]> rows) {
        this.name = name;
        this.rows = rows;
    }

    /** The table {@code /reference/<resource>}; a missing or malformed table is an error at start, not a silent gap. */
    public static ReferenceTable load(String resource, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = ReferenceTable.class.getResourceAsStream(BASE + resource)) {
            if (in == null) {
                throw new IllegalStateException("reference table missing from the classpath: " + BASE + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != columns) {
                    throw new IllegalStateException(BASE + resource + ":" + number + ": expected " + columns
                            + " tab-separated columns, found " + cells.length);
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException("reference table is empty: " + BASE + resource);
        }
        return new ReferenceTable(resource, List.copyOf(rows));
    }

    public String name() {
        return name;
    }

    public List<String[]> rows() {
        return rows;
    }

    /** The first column of every row, in file order. */
    public List<String> firstColumn() {
        return rows.stream().map(r -> r[0]).toList();
    }

    /** First column to second column, in file order; a key given twice is an error. */
    public Map<String, String> asMap() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String[] r : rows) {
            if (out.put(r[0], r[1]) != null) {
                throw new IllegalStateException(BASE + name + ": key given twice: " + r[0]);
            }
        }
        return out;
    }

    /** The first column of every row as alternatives of one expression: {@code a|b|c}. */
    public String alternatives() {
        return String.join("|", firstColumn());
    }
}
