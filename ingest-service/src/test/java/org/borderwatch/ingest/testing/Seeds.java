package org.borderwatch.ingest.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The repository's seed articles ({@code seeds/} beside the modules). */
public final class Seeds {
    private Seeds() {
    }

    public static Path dir() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("seeds"))) {
                return p.resolve("seeds");
            }
        }
        throw new IllegalStateException("no seeds/ folder above " + Path.of("").toAbsolutePath());
    }

    /** The seed whose file name starts with {@code prefix} ("000"). */
    public static Path path(String prefix) {
        try (Stream<Path> files = Files.list(dir())) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix + "_")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no seed " + prefix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(String prefix) {
        try {
            return Files.readAllBytes(path(prefix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String prefix) {
        return new String(bytes(prefix), java.nio.charset.StandardCharsets.UTF_8);
    }
}
