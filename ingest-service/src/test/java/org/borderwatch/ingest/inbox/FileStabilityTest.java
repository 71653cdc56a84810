package org.borderwatch.ingest.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStabilityTest {
    private static final Object INODE = "inode-1";

    private static FileIdentity id(long size, long mtimeMillis) {
        return new FileIdentity(INODE, size, mtimeMillis);
    }

    @Test
    void anotherFileRenamedOverTheNameResetsTheClock() {
        FileStability s = new FileStability(300);
        s.isStable("a", id(10, 1_000), 2_000);
        assertFalse(s.isStable("a", new FileIdentity("inode-2", 10, 1_000), 2_400), "same size and mtime, new inode");
        assertTrue(s.isStable("a", new FileIdentity("inode-2", 10, 1_000), 2_700));
    }

    @Test
    void aWriterPausingUnderTheQuietTimeIsNeverStable() {
        FileStability s = new FileStability(2_000);
        long now = 10_000;
        long size = 100;
        for (int append = 0; append < 10; append++) {
            now += 900; // looked at every 100 ms would change nothing: the file only changes every 0.9 s
            size += 50;
            assertFalse(s.isStable("a", id(size, now - 50), now), "append " + append);
            assertFalse(s.isStable("a", id(size, now - 50), now + 800), "0.8 s into a pause " + append);
        }
        assertFalse(s.isStable("a", id(size, now - 50), now + 1_900));
        assertTrue(s.isStable("a", id(size, now - 50), now + 2_000), "quiet for 2 s after the last append");
    }

    @Test
    void stableOnlyAfterTwoEqualObservationsIntervalApart() {
        FileStability s = new FileStability(300);
        assertFalse(s.isStable("a", id(10, 1_000), 2_000), "first sight is never stable");
        assertFalse(s.isStable("a", id(10, 1_000), 2_100), "too soon after the first sight");
        assertTrue(s.isStable("a", id(10, 1_000), 2_300));
    }

    @Test
    void growingFileResetsTheClock() {
        FileStability s = new FileStability(300);
        s.isStable("a", id(10, 1_000), 2_000);
        assertFalse(s.isStable("a", id(20, 1_000), 2_400), "size changed");
        assertFalse(s.isStable("a", id(20, 2_350), 2_800), "mtime changed");
        assertFalse(s.isStable("a", id(20, 2_350), 2_900), "not long enough since the change");
        assertTrue(s.isStable("a", id(20, 2_350), 3_200));
    }

    @Test
    void freshMtimeIsNotStableEvenIfUnchanged() {
        FileStability s = new FileStability(300);
        s.isStable("a", id(10, 5_000), 4_000); // mtime ahead of the clock (another host's clock)
        assertFalse(s.isStable("a", id(10, 5_000), 4_400));
        assertTrue(s.isStable("a", id(10, 5_000), 5_400));
    }

    @Test
    void forgetsVanishedFiles() {
        FileStability s = new FileStability(300);
        s.isStable("a", id(1, 1), 1);
        s.isStable("b", id(1, 1), 1);
        s.retainOnly(Set.of("b"));
        assertEquals(1, s.tracked());
        s.forget("b");
        assertEquals(0, s.tracked());
    }

    @Test
    void aFileBeingAppendedIsNeverStable(@TempDir Path dir) throws Exception {
        FileStability s = new FileStability(200);
        Path file = dir.resolve("slow.txt");
        Files.writeString(file, "start ");
        for (int i = 0; i < 8; i++) {
            Thread.sleep(120);
            Files.writeString(file, "more ", StandardOpenOption.APPEND);
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            assertFalse(s.isStable("slow.txt", FileIdentity.of(a), System.currentTimeMillis()),
                    "still being written at step " + i);
        }
        Thread.sleep(250);
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        s.isStable("slow.txt", FileIdentity.of(a), System.currentTimeMillis());
        Thread.sleep(250);
        assertTrue(s.isStable("slow.txt", FileIdentity.of(a), System.currentTimeMillis()));
    }
}
