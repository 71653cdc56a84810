package org.borderwatch.bench.pipeline;

import java.io.IOException;
import org.borderwatch.harness.LocalSystem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A poor man's sampling profiler: a few jstack dumps of each service while the pipeline is busy, counting the top
 * non-idle frame of every RUNNABLE thread. Enough to say where a missed target goes (parsing, the engine, the
 * broker round trip, JSON), not a flame graph.
 */
final class Profiler {
    /** Frames of threads that are RUNNABLE for the JVM but wait in the kernel (polling, accepting, reading). */
    private static final List<String> IDLE = List.of("EPoll.wait", "epollWait", "Net.accept", "Net.poll",
            "socketRead", "SocketDispatcher.read", "FileDispatcherImpl.read", "ServerSocket", "KQueue",
            "Object.wait", "Unsafe.park", "Thread.sleep", "Reference.waitForReferencePendingList",
            "Reference$ReferenceHandler", "Signal Dispatcher", "readBytes", "jdk.internal.misc.Unsafe.park",
            "NioSocketImpl", "sun.nio.ch.Net.poll", "Selector", "WatchService", "LinuxWatchService",
            "InotifyWatchService", "poll0");
    private static final int SAMPLES = 6;

    private final LocalSystem sys;
    private final List<String> services;
    private final Map<String, Map<String, Integer>> counts = new HashMap<>();
    private final Map<String, Integer> samples = new HashMap<>();
    private Thread thread;
    private volatile boolean stopped;

    Profiler(LocalSystem sys, List<String> services) {
        this.sys = sys;
        this.services = services;
    }

    void start() {
        thread = new Thread(() -> {
            for (int i = 0; i < SAMPLES && !stopped; i++) {
                for (String svc : services) {
                    sample(svc);
                }
                LocalSystem.sleep(1500);
            }
        }, "jstack-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample(String svc) {
        if (!sys.isRunning(svc)) {
            return;
        }
        try {
            Process jstack = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstack").toString(),
                    String.valueOf(sys.pid(svc))).redirectErrorStream(true).start();
            String dump = new String(jstack.getInputStream().readAllBytes());
            jstack.waitFor(30, TimeUnit.SECONDS);
            Map<String, Integer> frames = counts.computeIfAbsent(svc, k -> new HashMap<>());
            synchronized (counts) {
                for (String frame : busyTopFrames(dump)) {
                    frames.merge(frame, 1, Integer::sum);
                }
                samples.merge(svc, 1, Integer::sum);
            }
        } catch (IOException e) {
            // jstack unavailable (a JRE without it): no profile, the figures stand alone
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** For each RUNNABLE thread of a jstack dump that is not idle: "thread-kind: first frame [< caller]". */
    static List<String> busyTopFrames(String dump) {
        List<String> result = new ArrayList<>();
        for (String block : dump.split("\n\n")) {
            if (!block.startsWith("\"") || !block.contains("java.lang.Thread.State: RUNNABLE")) {
                continue;
            }
            String name = block.substring(1, block.indexOf('"', 1)).replaceAll("[-#]?\\d+", "");
            List<String> frames = new ArrayList<>();
            for (String line : block.split("\n")) {
                line = line.trim();
                if (line.startsWith("at ")) {
                    frames.add(line.substring(3).replaceAll("\\(.*\\)", ""));
                }
            }
            if (frames.isEmpty() || IDLE.stream().anyMatch(idle -> frames.get(0).contains(idle)
                    || name.contains(idle))) {
                continue;
            }
            // the first frame of our own code says more than a JDK leaf (HashMap.get, String.indexOf)
            String own = frames.stream().filter(f -> f.startsWith("org.borderwatch")).findFirst().orElse("");
            result.add(name + ": " + frames.get(0) + (own.isEmpty() || own.equals(frames.get(0)) ? "" : " < " + own));
        }
        return result;
    }

    /** Stops sampling and returns, per service, its most frequent busy frames as markdown lines. */
    List<String> stopAndSummarize() {
        if (thread == null) {
            return List.of();
        }
        stopped = true; // lets a dump under way finish: an interrupted jstack leaves nothing to count
        try {
            thread.join(90_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<String> lines = new ArrayList<>();
        synchronized (counts) {
            for (String svc : services) {
                Map<String, Integer> frames = counts.getOrDefault(svc, Map.of());
                int n = samples.getOrDefault(svc, 0);
                int busy = frames.values().stream().mapToInt(Integer::intValue).sum();
                lines.add("- **" + svc + "**: " + n + " jstack samples, " + busy + " busy thread stacks in all");
                frames.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(6)
                        .forEach(e -> lines.add("  - " + e.getValue() + "x `" + e.getKey() + "`"));
            }
        }
        return lines;
    }
}
