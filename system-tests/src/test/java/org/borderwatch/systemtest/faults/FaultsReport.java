package org.borderwatch.systemtest.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The figures of the faults suite: each test class writes its own section (target/faults-report-NAME.md) and the
 * sections present are joined into target/faults-report.md, so the report is whole whichever tests ran.
 */
final class FaultsReport {
    private final String name;
    private final List<String> lines = new ArrayList<>();

    FaultsReport(String name, String title) {
        this.name = name;
        lines.add("## " + title);
        lines.add("");
        lines.add("Run at " + Instant.now() + ".");
        lines.add("");
    }

    FaultsReport line(String format, Object... args) {
        String line = args.length == 0 ? format : String.format(format, args);
        lines.add(line);
        System.out.println("[faults] " + line);
        return this;
    }

    /** Writes this section and rebuilds target/faults-report.md from all sections. */
    void write(Path root) {
        try {
            Path target = Files.createDirectories(root.resolve("system-tests/target"));
            Files.writeString(target.resolve("faults-report-" + name + ".md"), String.join("\n", lines) + "\n");
            List<Path> sections;
            try (Stream<Path> files = Files.list(target)) {
                sections = files.filter(p -> p.getFileName().toString().matches("faults-report-.+\\.md")).sorted()
                        .toList();
            }
            StringBuilder all = new StringBuilder("# Borderwatch faults suite: figures\n\n");
            for (Path section : sections) {
                all.append(Files.readString(section)).append('\n');
            }
            Files.writeString(target.resolve("faults-report.md"), all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
