package org.borderwatch.ingest.inbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import org.borderwatch.ingest.article.RejectedInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxFileReaderTest {
    private static final String SECRET = "root:x:0:0:outside the inbox";

    @TempDir
    Path tmp;
    private Path inbox;
    private Path outside;
    private final InboxFileReader reader = new InboxFileReader(1024);

    @BeforeEach
    void folders() throws Exception {
        inbox = Files.createDirectory(tmp.resolve("inbox"));
        outside = Files.writeString(tmp.resolve("secret.txt"), SECRET);
    }

    private static FileIdentity seen(Path file) throws Exception {
        return FileIdentity.of(Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void readsTheFileThatWasSeen() throws Exception {
        Path file = Files.writeString(inbox.resolve("a.txt"), "Shelling was reported at dawn.");
        assertArrayEquals("Shelling was reported at dawn.".getBytes(StandardCharsets.UTF_8), reader.read(file, seen(file)));
    }

    @Test
    void aLinkRenamedOverTheFileAfterItWasSeenIsRejectedNotFollowed() throws Exception {
        Path file = Files.writeString(inbox.resolve("a.txt"), "Shelling was reported at dawn.");
        FileIdentity stable = seen(file);
        Path link = Files.createSymbolicLink(inbox.resolve(".link"), outside);
        Files.move(link, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        RejectedInputException e = assertThrows(RejectedInputException.class, () -> reader.read(file, stable));
        assertTrue(e.reason().startsWith("symbolic link (to " + outside + "): links are never followed"), e.reason());
    }

    @Test
    void aLinkToAFileInsideTheInboxIsNotFollowedEither() throws Exception {
        Path inside = Files.writeString(inbox.resolve("inside.txt"), "Inside the inbox.");
        Path link = Files.createSymbolicLink(inbox.resolve("link.txt"), inside);
        RejectedInputException e = assertThrows(RejectedInputException.class, () -> reader.read(link, seen(link)));
        assertTrue(e.reason().contains("symbolic link"), e.reason());
    }

    @Test
    void aHardLinkToAFileOutsideIsRejected() throws Exception {
        Path link = Files.createLink(inbox.resolve("hard.txt"), outside);
        RejectedInputException e = assertThrows(RejectedInputException.class, () -> reader.read(link, seen(link)));
        assertTrue(e.reason().contains("2 hard links"), e.reason());
    }

    @Test
    void anotherFileRenamedOverTheNameIsNotRead() throws Exception {
        Path file = Files.writeString(inbox.resolve("a.txt"), "Shelling was reported at dawn.");
        FileIdentity stable = seen(file);
        Path hard = Files.createLink(tmp.resolve("second-name"), outside);
        Files.move(hard, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        InboxFileReader.ChangedException e = assertThrows(InboxFileReader.ChangedException.class,
                () -> reader.read(file, stable));
        assertTrue(e.getMessage().contains("another file"), e.getMessage());
    }

    @Test
    void aFileAppendedToAfterItWasSeenWaits() throws Exception {
        Path file = Files.writeString(inbox.resolve("a.txt"), "First part of a slow copy.");
        FileIdentity stable = seen(file);
        Files.writeString(file, " Second part.", StandardOpenOption.APPEND);
        assertThrows(InboxFileReader.ChangedException.class, () -> reader.read(file, stable));
    }

    @Test
    void aFileOverTheLimitIsRejectedFromItsSize() throws Exception {
        Path file = Files.write(inbox.resolve("big.txt"), new byte[2048]);
        RejectedInputException e = assertThrows(RejectedInputException.class, () -> reader.read(file, seen(file)));
        assertEquals(RejectedInputException.Kind.TOO_LARGE, e.kind());
        assertTrue(e.reason().contains("2048 bytes, over the limit of 1024"), e.reason());
    }

    @Test
    void aNamedPipeIsNotARegularFile() throws Exception {
        Path fifo = inbox.resolve("pipe.txt");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mkfifo.waitFor());
        BasicFileAttributes attrs = Files.readAttributes(fifo, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        RejectedInputException e = assertThrows(RejectedInputException.class,
                () -> InboxFileReader.checkRegularSingleLink(fifo, attrs));
        assertTrue(e.reason().contains("not a regular file"), e.reason());
    }
}
