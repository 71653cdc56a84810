package org.borderwatch.ingest.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class UnmovableFilesTest {

    @Test
    void theSameFileIsRememberedOnceAndSkipped() {
        UnmovableFiles u = new UnmovableFiles();
        FileIdentity file = new FileIdentity("inode-7", 12, 1_000);
        assertFalse(u.isStuck("a.txt", file));
        assertTrue(u.remember("a.txt", file), "first time: said in the log");
        assertFalse(u.remember("a.txt", file), "second time: not said again");
        assertTrue(u.isStuck("a.txt", file));
        assertTrue(u.isStuck("a.txt", new FileIdentity("inode-7", 12, 1_000)));
    }

    @Test
    void aChangedOrReplacedFileIsANewFile() {
        UnmovableFiles u = new UnmovableFiles();
        u.remember("a.txt", new FileIdentity("inode-7", 12, 1_000));
        assertFalse(u.isStuck("a.txt", new FileIdentity("inode-7", 14, 2_000)), "appended to");
        assertEquals(0, u.size(), "forgotten once changed");
        u.remember("a.txt", new FileIdentity("inode-7", 12, 1_000));
        assertFalse(u.isStuck("a.txt", new FileIdentity("inode-8", 12, 1_000)), "another file renamed over it");
    }

    @Test
    void filesNoLongerThereAreForgotten() {
        UnmovableFiles u = new UnmovableFiles();
        u.remember("a.txt", new FileIdentity("inode-1", 1, 1));
        u.remember("b.txt", new FileIdentity("inode-2", 1, 1));
        u.retainOnly(Set.of("b.txt"));
        assertEquals(1, u.size());
    }
}
