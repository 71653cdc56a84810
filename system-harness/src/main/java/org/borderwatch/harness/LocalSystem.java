package org.borderwatch.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The whole system as separate processes on loopback, as an operator runs it: the local KRaft broker from its jars
 * and the three packaged Quarkus services on free ports, in a temporary folder. The system tests and the pipeline
 * benchmark both drive it. Each process logs to {@code logs/<name>.log}; a restarted one keeps its earlier log as
 * {@code <name>.N.log}.
 */
public class LocalSystem implements AutoCloseable {
    public static final ObjectMapper JSON = new ObjectMapper();

    /** Packaged apps copied once per JVM (see {@link #snapshot}), shared by every system the JVM starts. */
    private static final Map<String, Path> APPS = new HashMap<>();
    private static Path appsDir;

    private final Path root;
    private final Path work;
    private final Path inbox;
    private final Path logs;
    private final String serviceHeap;
    private final String adminToken;
    private final int kafkaPort;
    private final int controllerPort;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> extraProperties = new HashMap<>();
    private final List<String> serviceJavaOptions = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * @param root        the project's root (packaged apps are read from its modules' target folders)
     * @param logs        where each process writes its log
     * @param serviceHeap each service's -Xmx, e.g. {@code 384m}
     * @param adminToken  extract-service's admin token (replay)
     */
    public LocalSystem(Path root, Path logs, String serviceHeap, String adminToken) throws IOException {
        this.root = root;
        this.logs = Files.createDirectories(logs);
        this.serviceHeap = serviceHeap;
        this.adminToken = adminToken;
        work = Files.createTempDirectory("borderwatch-system-");
        inbox = Files.createDirectories(work.resolve("inbox"));
        kafkaPort = freePort();
        // fixed for the system's life: a broker restarted after a kill comes back on the same ports
        controllerPort = freePort();
        for (String svc : List.of("ingest-service", "extract-service", "query-service")) {
            ports.put(svc, freePort());
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::close));
    }

    public void startBroker() throws IOException {
        Path jar = require(root.resolve("deploy/local-broker/target/local-broker.jar"));
        String cp = jar + File.pathSeparator + root.resolve("deploy/local-broker/target/lib") + "/*";
        start("broker", List.of(java(), "-Xmx512m", "-cp", cp, "org.borderwatch.localbroker.LocalBroker",
                "--data", work.resolve("kafka").toString(), "--port", String.valueOf(kafkaPort),
                "--controller-port", String.valueOf(controllerPort)));
        await("broker ready", Duration.ofMinutes(3), () -> logContains("broker", "broker ready"));
    }

    public void startService(String svc) throws IOException {
        startServiceAs(svc, svc);
    }

    /** A system property given to the process {@code name} at its next (re)start, e.g. another extractor version. */
    public void configure(String name, String key, String value) {
        extraProperties.computeIfAbsent(name, k -> new LinkedHashMap<>()).put(key, value);
    }

    /** JVM options for every service started from now on (profiling, for example). */
    public void addServiceJavaOptions(List<String> options) {
        serviceJavaOptions.addAll(options);
    }

    /**
     * Starts the packaged service {@code svc} as the process {@code name} (its own port and log): a second
     * instance of a service, e.g. a fresh query-service that rebuilds its read model from the topics.
     */
    public void startServiceAs(String name, String svc) throws IOException {
        Path jar = snapshot(svc).resolve("quarkus-run.jar");
        ports.putIfAbsent(name, freePort());
        List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx" + serviceHeap,
                "-Dquarkus.http.port=" + ports.get(name),
                "-Dkafka.bootstrap.servers=" + bootstrapServers()));
        // Each service gets only its own settings: ingest-service maps the whole borderwatch.* prefix and rejects
        // properties it does not know (SRCFG00050), so the admin token must not reach it.
        if (svc.equals("ingest-service")) {
            cmd.add("-Dborderwatch.inbox.dir=" + inbox);
        } else if (svc.equals("extract-service")) {
            cmd.add("-Dborderwatch.admin.token=" + adminToken);
        }
        extraProperties.getOrDefault(name, Map.of()).forEach((k, v) -> cmd.add("-D" + k + "=" + v));
        for (String option : serviceJavaOptions) {
            cmd.add(option.replace("%n", name));
        }
        cmd.addAll(List.of("-jar", jar.toString()));
        start(name, cmd);
    }

    /** SIGKILL (Process.destroyForcibly is SIGKILL on Linux): no shutdown hook, no flush, no goodbye. */
    public void kill(String name) throws InterruptedException {
        Process p = processes.remove(name);
        if (p == null) {
            throw new IllegalStateException(name + " is not running");
        }
        p.destroyForcibly();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException(name + " (pid " + p.pid() + ") survived SIGKILL for 30 s");
        }
    }

    /** SIGTERM and wait: the graceful stop an operator does. A process that is not running is left alone. */
    public void stop(String name) throws InterruptedException {
        Process p = processes.remove(name);
        if (p == null) {
            return;
        }
        p.destroy();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /**
     * Starts {@code name} again after {@link #kill} or {@link #stop}: same ports, same data folder and inbox; the
     * previous log is kept as {@code name.N.log}. Does not wait for a service's readiness.
     */
    public void restart(String name) throws IOException {
        if (processes.containsKey(name)) {
            throw new IllegalStateException(name + " is still running");
        }
        Path log = logs.resolve(name + ".log");
        if (Files.exists(log)) {
            int n = 1;
            while (Files.exists(logs.resolve(name + "." + n + ".log"))) {
                n++;
            }
            Files.move(log, logs.resolve(name + "." + n + ".log"));
        }
        if (name.equals("broker")) {
            startBroker();
        } else {
            startService(name);
        }
    }

    public Path root() {
        return root;
    }

    public Path work() {
        return work;
    }

    public Path inbox() {
        return inbox;
    }

    public Path logs() {
        return logs;
    }

    public String bootstrapServers() {
        return "localhost:" + kafkaPort;
    }

    /** The names of the processes running now, in the order they were started. */
    public List<String> running() {
        return List.copyOf(processes.keySet());
    }

    public boolean isRunning(String name) {
        Process p = processes.get(name);
        return p != null && p.isAlive();
    }

    public long pid(String name) {
        return processes.get(name).pid();
    }

    public int port(String name) {
        return ports.get(name);
    }

    public String url(String name, String path) {
        return "http://localhost:" + ports.get(name) + path;
    }

    public void awaitReady(String name, Duration within) {
        await(name + " ready", within, () -> {
            try {
                return get(name, "/q/health/ready").statusCode() == 200;
            } catch (Exception e) {
                return false;
            }
        });
    }

    public HttpResponse<String> get(String name, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(name, path))).timeout(Duration.ofSeconds(60)).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String name, String path, String contentType, String body)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(name, path))).timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public JsonNode json(String name, String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(name, path);
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " -> " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }

    /** A request to extract-service's admin API ({@code GET} or {@code POST}) with the admin token. */
    public HttpResponse<String> adminRequest(String method, String path) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url("extract-service", path)))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + adminToken);
        b = method.equals("POST") ? b.POST(HttpRequest.BodyPublishers.noBody()) : b.GET();
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Resident memory of a running process now (VmRSS), in MB; -1 when it cannot be read. */
    public long rssMb(String name) {
        Process p = processes.get(name);
        return p == null || !p.isAlive() ? -1 : ProcStatus.kb(p.pid(), "VmRSS") / 1024;
    }

    /** Peak resident memory of a running process so far (VmHWM), in MB; -1 when it cannot be read. */
    public long peakRssMb(String name) {
        Process p = processes.get(name);
        return p == null || !p.isAlive() ? -1 : ProcStatus.kb(p.pid(), "VmHWM") / 1024;
    }

    /** CPU seconds the process has used so far (user + system), or -1 when the OS does not tell. */
    public double cpuSeconds(String name) {
        Process p = processes.get(name);
        return p == null ? -1 : p.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(-1.0);
    }

    public boolean logContains(String name, String text) {
        try {
            return Files.readString(logs.resolve(name + ".log")).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    /** Polls {@code condition} until it holds; fails early when a process of the system has exited. */
    public void await(String what, Duration within, BooleanSupplier condition) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            processes.forEach((name, p) -> {
                if (!p.isAlive()) {
                    throw new IllegalStateException(name + " exited with " + p.exitValue() + " while waiting for "
                            + what + "; see " + logs.resolve(name + ".log"));
                }
            });
            sleep(200);
        }
        throw new AssertionError("timed out after " + within.toSeconds() + " s waiting for " + what + "; logs in "
                + logs);
    }

    private void start(String name, List<String> cmd) throws IOException {
        Process p = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(logs.resolve(name + ".log").toFile()).start();
        processes.put(name, p);
    }

    /**
     * A private copy of the packaged app, taken once per JVM and shared by its systems: a build of the same module
     * running meanwhile rewrites target/quarkus-app under a running JVM, which then fails to load classes; and two
     * systems compared with each other (the faults suite's fault-free reference run) must run the very same build.
     */
    private Path snapshot(String svc) throws IOException {
        synchronized (APPS) {
            Path copy = APPS.get(svc);
            if (copy != null) {
                return copy;
            }
            Path app = root.resolve(svc).resolve("target/quarkus-app");
            require(app.resolve("quarkus-run.jar"));
            if (appsDir == null) {
                Path dir = Files.createTempDirectory("borderwatch-apps-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
                appsDir = dir;
            }
            copy = appsDir.resolve(svc);
            try (var files = Files.walk(app)) {
                for (Path from : (Iterable<Path>) files::iterator) {
                    Path to = copy.resolve(app.relativize(from).toString());
                    if (Files.isDirectory(from)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(from, to);
                    }
                }
            }
            APPS.put(svc, copy);
            return copy;
        }
    }

    private static Path require(Path artifact) {
        if (!Files.exists(artifact)) {
            throw new IllegalStateException(artifact + " is missing: run ./mvnw -DskipTests package from the root");
        }
        return artifact;
    }

    private static void deleteTree(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not remove " + dir + ": " + e);
        }
    }

    /** This JVM's own java launcher: the services run on the Java that runs the tests or the benchmark. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops every process (newest first, SIGTERM then SIGKILL) and removes the work folder; logs stay. */
    @Override
    public synchronized void close() {
        List<String> names = new ArrayList<>(processes.keySet());
        Collections.reverse(names);
        for (String name : names) {
            try {
                stop(name);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                Process p = processes.remove(name);
                if (p != null) {
                    p.destroyForcibly();
                }
            }
        }
        if (Files.exists(work)) { // not closed before (an explicit close, then the shutdown hook)
            deleteTree(work);
        }
    }
}
