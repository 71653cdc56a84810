package org.borderwatch.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Fields of /proc/&lt;pid&gt;/status (Linux). */
public final class ProcStatus {
    private ProcStatus() {
    }

    /** A "Name:   1234 kB" field of a process's status (VmRSS, VmHWM, ...), in kB; -1 when unavailable. */
    public static long kb(long pid, String field) {
        try {
            return field(Files.readString(Path.of("/proc/" + pid + "/status")), field);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The number of a "Name:   1234 kB" line of a status text; -1 when absent. */
    public static long field(String status, String name) {
        for (String line : status.split("\n")) {
            if (line.startsWith(name + ":")) {
                return Long.parseLong(line.substring(name.length() + 1).replaceAll("\\D+", ""));
            }
        }
        return -1;
    }
}
