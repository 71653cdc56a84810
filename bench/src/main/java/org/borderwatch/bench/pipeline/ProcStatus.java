package org.borderwatch.bench.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Fields of /proc/&lt;pid&gt;/status (Linux). */
final class ProcStatus {
    private ProcStatus() {
    }

    /** VmHWM: the peak resident set size of the process so far, in kB; -1 when unavailable. */
    static long peakRssKb(long pid) {
        try {
            return field(Files.readString(Path.of("/proc/" + pid + "/status")), "VmHWM");
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The number of a "Name:   1234 kB" line of a status text; -1 when absent. */
    static long field(String status, String name) {
        for (String line : status.split("\n")) {
            if (line.startsWith(name + ":")) {
                return Long.parseLong(line.substring(name.length() + 1).replaceAll("\\D+", ""));
            }
        }
        return -1;
    }
}
