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
        try (var files = Files.list(dir)) {
            assertEquals(0, files.filter(p -> p.getFileName().toString().endsWith(".part")).count(),
                    "no temporary file left behind");
        }
    }

    @Test
    void aNameOf255BytesGetsNumberedCopiesAndAReasonFileThatFit(@TempDir Path dir) throws Exception {
        String name = "r".repeat(251) + ".txt";
        assertEquals(255, InboxFiles.utf8Length(name));
        Path rejected = dir.resolve(".rejected");
        for (int copy = 1; copy <= 3; copy++) {
            Files.writeString(dir.resolve(name), "copy " + copy);
            Path moved = InboxFiles.moveInto(dir.resolve(name), rejected);
            Path reason = InboxFiles.writeReason(moved, name, "empty", Instant.EPOCH);
            assertTrue(InboxFiles.utf8Length(moved.getFileName().toString()) <= 255);
            assertTrue(InboxFiles.utf8Length(reason.getFileName().toString()) <= 255);
            assertTrue(moved.getFileName().toString().endsWith(copy == 1 ? ".txt" : "~" + copy + ".txt"), moved.toString());
            assertEquals(InboxFiles.reasonFileName(moved.getFileName().toString()), reason.getFileName().toString());
            String text = Files.readString(reason);
            assertTrue(text.contains("file: " + name + "\n"), "the full original name is kept in the reason: " + text);
            assertTrue(text.contains("kept as: " + moved.getFileName() + "\n"), text);
        }
        try (var files = Files.list(rejected)) {
            assertEquals(6, files.count(), "three files, three reasons");
        }
    }

    @Test
    void shorteningNeverCutsACharacterAndKeepsLongNamesApart() {
        String a = "国".repeat(84) + "a.html"; // 3-byte characters: 258 bytes
        String b = "国".repeat(84) + "b.html";
        String fitA = InboxFiles.numbered(a, 2);
        String fitB = InboxFiles.numbered(b, 2);
        assertTrue(InboxFiles.utf8Length(fitA) <= 255, fitA);
        assertTrue(fitA.endsWith("~2.html"), fitA);
        assertFalse(fitA.contains("\uFFFD"));
        assertTrue(fitA.startsWith("国国国"));
        assertFalse(fitA.equals(fitB), "distinct names stay distinct: " + fitA);
        assertEquals("short~2.txt", InboxFiles.numbered("short.txt", 2));
        assertEquals("short.txt.reason.txt", InboxFiles.reasonFileName("short.txt"));
    }
}
