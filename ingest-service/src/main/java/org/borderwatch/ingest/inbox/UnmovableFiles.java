package org.borderwatch.ingest.inbox;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Files that were handled (published, or their Rejection published) but could not be moved out of the inbox. They
 * are not taken again while they stay the same file: a scan every few seconds would otherwise publish or reject
 * them again each time. A file put in their place under the same name is a new file and is read. Thread-safe.
 */
final class UnmovableFiles {
    private final Map<String, FileIdentity> stuck = new ConcurrentHashMap<>();

    /** True the first time this file is remembered (log it then, once). */
    boolean remember(String name, FileIdentity identity) {
        return !identity.equals(stuck.put(name, identity));
    }

    /** True when this very file (same inode, size and mtime) is one that could not be moved. */
    boolean isStuck(String name, FileIdentity identity) {
        FileIdentity known = stuck.get(name);
        if (known == null) {
            return false;
        }
        if (known.equals(identity)) {
            return true;
        }
        stuck.remove(name, known); // replaced or changed: a new file under that name
        return false;
    }

    void retainOnly(Set<String> names) {
        stuck.keySet().retainAll(names);
    }

    int size() {
        return stuck.size();
    }
}
