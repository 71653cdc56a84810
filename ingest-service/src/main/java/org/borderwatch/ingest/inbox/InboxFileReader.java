package org.borderwatch.ingest.inbox;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import org.borderwatch.ingest.article.LogSafe;
import org.borderwatch.ingest.article.RejectedInputException;

/**
 * Reads one inbox file without following anything: the file is opened once with {@code O_NOFOLLOW}
 * ({@link LinkOption#NOFOLLOW_LINKS}), so a symbolic link renamed over the name at any moment makes the open fail
 * instead of reading the link's target; what was opened is checked to be the very file that was seen stable (same
 * inode, a regular file with one link), and the bytes come from that same handle. Afterwards the name must still
 * be that file, unchanged: a writer that appended meanwhile gets its file back to waiting, not read half-way.
 *
 * <p>Limits, said plainly: Java cannot {@code fstat} an open channel, so "what was opened" is checked through the
 * name just after the open (plus the handle's own size); a file swapped in and back out between those two instants
 * is caught only by its hard-link count (a second name of a file outside the inbox has two links), and the open
 * itself of a named pipe swapped in after the last look would wait for a writer (one worker held, nothing read).
 */
final class InboxFileReader {
    private final long maxBytes;

    /** The name no longer is the file that was seen stable, or it changed while being read: wait and look again. */
    static final class ChangedException extends Exception {
        ChangedException(String message) {
            super(message);
        }
    }

    InboxFileReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * @param file     the path in the inbox (its folder holds no symbolic link)
     * @param expected the file as it was seen stable
     */
    byte[] read(Path file, FileIdentity expected) throws IOException, RejectedInputException, ChangedException {
        if (expected.size() > maxBytes) {
            throw tooLarge(expected.size());
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) { // on Linux a link refused by O_NOFOLLOW is a plain IOException (ELOOP)
            BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (now.isSymbolicLink()) {
                throw symbolicLink(file);
            }
            throw e;
        }
        try (channel) {
            BasicFileAttributes opened = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!expected.sameFile(opened)) {
                throw new ChangedException("another file took its name after it was seen complete");
            }
            checkRegularSingleLink(file, opened);
            long size = channel.size(); // fstat of the open handle
            if (size > maxBytes) {
                throw tooLarge(size);
            }
            if (size != expected.size()) {
                throw new ChangedException("its size changed from " + expected.size() + " to " + size + " bytes");
            }
            byte[] bytes = readAtMost(channel, maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw tooLarge(bytes.length);
            }
            BasicFileAttributes after = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!FileIdentity.of(after).equals(expected) || bytes.length != expected.size()) {
                throw new ChangedException("it was written to while being read");
            }
            return bytes;
        }
    }

    /** A directory entry the inbox never reads through: anything but a regular file with exactly one name. */
    static void checkRegularSingleLink(Path file, BasicFileAttributes attrs) throws IOException, RejectedInputException {
        if (attrs.isSymbolicLink()) {
            throw symbolicLink(file);
        }
        if (!attrs.isRegularFile()) {
            throw new RejectedInputException(RejectedInputException.Kind.UNSUPPORTED_TYPE,
                    "not a regular file (a pipe, socket or device cannot be an article)");
        }
        int links = linkCount(file);
        if (links > 1) {
            throw new RejectedInputException(RejectedInputException.Kind.UNSUPPORTED_TYPE, "the file has " + links
                    + " hard links: another name may lie outside the inbox, so it is not read; copy it in instead");
        }
    }

    static RejectedInputException symbolicLink(Path link) {
        String target;
        try {
            target = " (to " + LogSafe.of(Files.readSymbolicLink(link).toString()) + ")"; // reads the link, not its target
        } catch (IOException | UnsupportedOperationException e) {
            target = "";
        }
        return new RejectedInputException(RejectedInputException.Kind.UNSUPPORTED_TYPE, "symbolic link" + target
                + ": links are never followed, the inbox reads only regular files; copy or move the file in instead");
    }

    private static int linkCount(Path file) throws IOException {
        try {
            Object n = Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
            return n instanceof Integer i ? i : 1;
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return 1; // no Unix attributes on this file system: hard links cannot be told
        }
    }

    private static byte[] readAtMost(FileChannel channel, long limit) throws IOException {
        int cap = (int) Math.min(limit, Integer.MAX_VALUE - 8);
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(cap, Math.max(channel.size() + 1, 8192)));
        while (buffer.position() < cap) {
            if (!buffer.hasRemaining()) {
                ByteBuffer bigger = ByteBuffer.allocate((int) Math.min(cap, (long) buffer.capacity() * 2));
                buffer.flip();
                bigger.put(buffer);
                buffer = bigger;
            }
            if (channel.read(buffer) < 0) {
                break;
            }
        }
        return Arrays.copyOf(buffer.array(), buffer.position());
    }

    private RejectedInputException tooLarge(long size) {
        return new RejectedInputException(RejectedInputException.Kind.TOO_LARGE,
                "file is " + size + " bytes, over the limit of " + maxBytes
                        + " bytes (borderwatch.inbox.max-file-size); the file was not read");
    }
}
