package org.borderwatch.ingest.inbox;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells when a file is completely written: the same file (inode), with the same size and mtime, for at least the
 * quiet time since it was first seen like that, and its mtime is at least that old too. A writer that is still
 * appending changes size or mtime and resets the clock, so a writer pausing for less than the quiet time between
 * appends is never read half-way. Thread-safe: the watcher thread records observations while its publishing
 * workers forget the files they take.
 */
public final class FileStability {
    private record Observation(FileIdentity identity, long firstSeenMillis) {
    }

    private final long quietMillis;
    private final Map<String, Observation> observed = new ConcurrentHashMap<>();

    public FileStability(long quietMillis) {
        this.quietMillis = quietMillis;
    }

    /** Records what was seen now and says whether the file has stopped changing. */
    public boolean isStable(String name, FileIdentity identity, long nowMillis) {
        Observation previous = observed.get(name);
        if (previous == null || !previous.identity.equals(identity)) {
            observed.put(name, new Observation(identity, nowMillis));
            return false;
        }
        return nowMillis - previous.firstSeenMillis >= quietMillis && nowMillis - identity.mtimeMillis() >= quietMillis;
    }

    public void forget(String name) {
        observed.remove(name);
    }

    /** Drops what is known about files no longer in the inbox. */
    public void retainOnly(Set<String> names) {
        observed.keySet().retainAll(names);
    }

    public int tracked() {
        return observed.size();
    }
}
