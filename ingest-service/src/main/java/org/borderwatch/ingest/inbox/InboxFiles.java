package org.borderwatch.ingest.inbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import org.borderwatch.ingest.article.LogSafe;

/**
 * File-system rules of the inbox: which names are candidates, collision-safe moves into .done/.rejected, and the
 * reason file beside a rejected one. Every name made here fits {@link #NAME_MAX} bytes (Linux and most file
 * systems): a file whose own name already uses all 255 bytes still gets a numbered copy name and a reason file.
 */
public final class InboxFiles {
    public static final String DONE = ".done";
    public static final String REJECTED = ".rejected";
    public static final String REASON_SUFFIX = ".reason.txt";
    /** Longest file name, in bytes of UTF-8 (the usual file-name encoding on Linux). */
    static final int NAME_MAX = 255;
    /** A longer "extension" is part of the name: shortening keeps a real extension like .html only. */
    private static final int MAX_EXTENSION_BYTES = 16;
    private static final int HASH_CHARS = 8;

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
     * {@code name~2.ext}, {@code name~3.ext}, ... when that name is taken (shortened to fit, see {@link #fit}).
     * Returns the new path.
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
        throw new IOException("no free name for " + LogSafe.of(name) + " in " + folder);
    }

    /** {@code name~n.ext}, shortened to {@link #NAME_MAX} bytes when needed. */
    static String numbered(String name, int n) {
        int dot = extensionStart(name);
        String stem = dot < 0 ? name : name.substring(0, dot);
        String extension = dot < 0 ? "" : name.substring(dot);
        return fit(name, stem, "~" + n + extension);
    }

    /** The reason file's name for a file kept in .rejected under {@code movedName}. */
    public static String reasonFileName(String movedName) {
        return fit(movedName, movedName, REASON_SUFFIX);
    }

    /**
     * {@code stem + tail} when that fits {@link #NAME_MAX} bytes; else the stem is cut (never inside a character)
     * and {@code ~<8 hex of SHA-256 of the full original name>} put before the tail, so two long names that start
     * alike still get different short ones. The full name is in the reason file and the records.
     */
    static String fit(String original, String stem, String tail) {
        if (utf8Length(stem) + utf8Length(tail) <= NAME_MAX) {
            return stem + tail;
        }
        String hash = "~" + sha256Hex(original).substring(0, HASH_CHARS);
        int budget = NAME_MAX - utf8Length(tail) - utf8Length(hash);
        StringBuilder kept = new StringBuilder();
        int used = 0;
        for (int i = 0; i < stem.length(); ) {
            int cp = stem.codePointAt(i);
            int bytes = utf8Length(new String(Character.toChars(cp)));
            if (used + bytes > budget) {
                break;
            }
            kept.appendCodePoint(cp);
            used += bytes;
            i += Character.charCount(cp);
        }
        return kept + hash + tail;
    }

    private static int extensionStart(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && utf8Length(name.substring(dot)) <= MAX_EXTENSION_BYTES ? dot : -1;
    }

    static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String sha256Hex(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Writes the reason file ({@link #reasonFileName}) beside the moved file, whole or not at all: written to a
     * hidden temporary name and then renamed, so a reader never finds it empty or half-written. It names the
     * original file and the name it is kept under (which may be numbered or shortened), escaped, one per line.
     */
    public static Path writeReason(Path movedFile, String originalName, String reason, Instant when) throws IOException {
        Path reasonFile = movedFile.resolveSibling(reasonFileName(movedFile.getFileName().toString()));
        String content = "file: " + LogSafe.of(originalName) + "\n"
                + "kept as: " + LogSafe.of(movedFile.getFileName().toString()) + "\n"
                + "rejected at: " + when + "\n"
                + "reason: " + LogSafe.of(reason) + "\n";
        // hidden, short (fits whatever the name) and the moved name's own: two workers never share it
        Path partial = movedFile.resolveSibling(".reason-" + sha256Hex(movedFile.getFileName().toString())
                .substring(0, 16) + ".part");
        try {
            Files.writeString(partial, content, StandardCharsets.UTF_8);
            Files.move(partial, reasonFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        return reasonFile;
    }
}
