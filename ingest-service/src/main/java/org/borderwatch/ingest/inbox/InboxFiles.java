package org.borderwatch.ingest.inbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Locale;

/** File-system rules of the inbox: which names are candidates, and collision-safe moves into .done/.rejected. */
public final class InboxFiles {
    public static final String DONE = ".done";
    public static final String REJECTED = ".rejected";
    public static final String REASON_SUFFIX = ".reason.txt";

    private InboxFiles() {
    }

    /**
     * Hidden files (and so {@code .done}/{@code .rejected}) and names of files still being written by common tools
     * ({@code *.part}, {@code *.tmp}, {@code *.crdownload}, {@code *~}) are not candidates.
     */
    public static boolean isCandidateName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith(".")
                && !lower.endsWith(".part")
                && !lower.endsWith(".tmp")
                && !lower.endsWith(".crdownload")
                && !lower.endsWith(".swp")
                && !name.endsWith("~");
    }

    /**
     * Moves {@code file} (a symlink is moved as the link itself) into {@code folder} under its own name, or
     * {@code name~2.ext}, {@code name~3.ext}, ... when that name is taken. Returns the new path.
     */
    public static Path moveInto(Path file, Path folder) throws IOException {
        Files.createDirectories(folder);
        String name = file.getFileName().toString();
        for (int attempt = 1; attempt < 10_000; attempt++) {
            Path target = folder.resolve(attempt == 1 ? name : numbered(name, attempt));
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                // taken between the check and the move: next number
            }
        }
        throw new IOException("no free name for " + name + " in " + folder);
    }

    static String numbered(String name, int n) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) + "~" + n + name.substring(dot) : name + "~" + n;
    }

    /**
     * Writes {@code <moved name>.reason.txt} beside the moved file, whole or not at all: written to a hidden
     * temporary name and then renamed, so a reader never finds it empty or half-written.
     */
    public static Path writeReason(Path movedFile, String originalName, String reason, Instant when) throws IOException {
        Path reasonFile = movedFile.resolveSibling(movedFile.getFileName() + REASON_SUFFIX);
        String content = "file: " + originalName + "\n"
                + "rejected at: " + when + "\n"
                + "reason: " + reason + "\n";
        Path partial = reasonFile.resolveSibling("." + reasonFile.getFileName() + ".part");
        Files.writeString(partial, content, StandardCharsets.UTF_8);
        Files.move(partial, reasonFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return reasonFile;
    }
}
