package org.borderwatch.ingest.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxFilesTest {

    @Test
    void candidateNames() {
        assertTrue(InboxFiles.isCandidateName("article.txt"));
        assertTrue(InboxFiles.isCandidateName("a..b.txt"));
        assertTrue(InboxFiles.isCandidateName("статья с пробелами.txt"));
        assertFalse(InboxFiles.isCandidateName(".hidden.txt"));
        assertFalse(InboxFiles.isCandidateName(".done"));
        assertFalse(InboxFiles.isCandidateName("download.txt.part"));
        assertFalse(InboxFiles.isCandidateName("x.TMP"));
        assertFalse(InboxFiles.isCandidateName("backup.txt~"));
    }

    @Test
    void moveNeverOverwrites(@TempDir Path dir) throws Exception {
        Path done = dir.resolve(".done");
        Files.writeString(dir.resolve("a.txt"), "one");
        assertEquals("a.txt", InboxFiles.moveInto(dir.resolve("a.txt"), done).getFileName().toString());
        Files.writeString(dir.resolve("a.txt"), "two");
        assertEquals("a~2.txt", InboxFiles.moveInto(dir.resolve("a.txt"), done).getFileName().toString());
        Files.writeString(dir.resolve("a.txt"), "three");
        assertEquals("a~3.txt", InboxFiles.moveInto(dir.resolve("a.txt"), done).getFileName().toString());
        assertEquals("one", Files.readString(done.resolve("a.txt")));
        assertEquals("two", Files.readString(done.resolve("a~2.txt")));
        assertEquals("noext~2", InboxFiles.numbered("noext", 2));
    }

    @Test
    void reasonFileBesideTheMovedFile(@TempDir Path dir) throws Exception {
        Path moved = Files.writeString(dir.resolve("bad.zip"), "PK");
        Path reason = InboxFiles.writeReason(moved, "bad.zip", "unsupported file type .zip", Instant.EPOCH);
        assertEquals("bad.zip.reason.txt", reason.getFileName().toString());
        assertTrue(Files.readString(reason).contains("reason: unsupported file type .zip"));
    }
}
