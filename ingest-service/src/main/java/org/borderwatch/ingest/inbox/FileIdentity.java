package org.borderwatch.ingest.inbox;

import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * What a directory entry pointed to when it was looked at: the file (device and inode on Unix, {@code fileKey}),
 * its size and modification time. Two equal identities mean the same, unchanged file; a file renamed over the
 * name, or appended to, gives a different one.
 */
public record FileIdentity(Object fileKey, long size, long mtimeMillis) {

    public static FileIdentity of(BasicFileAttributes attrs) {
        return new FileIdentity(attrs.fileKey(), attrs.size(), attrs.lastModifiedTime().toMillis());
    }

    public boolean sameFile(BasicFileAttributes attrs) {
        return Objects.equals(fileKey, attrs.fileKey());
    }
}
