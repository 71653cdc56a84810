package org.borderwatch.ingest.inbox;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells when a file is completely written: its size and mtime were the same at two checks at least
 * {@code intervalMillis} apart, and its mtime is at least that old. A writer that is still appending changes size
 * or mtime between checks and resets the clock. Thread-safe: the watcher thread
 * records observations while its publishing workers forget the files they take.
 */
public final class FileStability {
    private record Observation(long size, long mtimeMillis, long firstSeenMillis) {
    }

    private final long intervalMillis;
    private final Map<String, Observation> observed = new ConcurrentHashMap<>();

    public FileStability(long intervalMillis) {
        this.intervalMillis = intervalMillis;
    }

    /** Records what was seen now and says whether the file has stopped changing. */
    public boolean isStable(String name, long size, long mtimeMillis, long nowMillis) {
        Observation previous = observed.get(name);
        if (previous == null || previous.size != size || previous.mtimeMillis != mtimeMillis) {
            observed.put(name, new Observation(size, mtimeMillis, nowMillis));
            return false;
        }
        return nowMillis - previous.firstSeenMillis >= intervalMillis && nowMillis - mtimeMillis >= intervalMillis;
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
