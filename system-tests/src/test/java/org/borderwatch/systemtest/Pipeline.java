package org.borderwatch.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The whole system as separate processes, as an operator runs it: the local KRaft broker from its jars and the
 * three packaged Quarkus services, on free ports, in a temporary folder. Logs go to system-tests/target/logs.
 */
public final class Pipeline implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String ADMIN_TOKEN = "system-test-token";

    final Path root;
    final Path work;
    final Path inbox;
    final Path logs;
    final int kafkaPort;
    final int controllerPort;
    final Map<String, Integer> ports = new LinkedHashMap<>();
    final Map<String, Process> processes = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public Pipeline() throws IOException {
        this(null);
    }

    /** A pipeline whose logs go to system-tests/target/logs/{@code logFolder} (or target/logs when null). */
    public Pipeline(String logFolder) throws IOException {
        root = Path.of(System.getProperty("borderwatch.root", "..")).toAbsolutePath().normalize();
        work = Files.createTempDirectory("borderwatch-system-");
        inbox = Files.createDirectories(work.resolve("inbox"));
        Path logRoot = root.resolve("system-tests/target/logs");
        logs = Files.createDirectories(logFolder == null ? logRoot : logRoot.resolve(logFolder));
        kafkaPort = freePort();
        // fixed for the pipeline's life: a broker restarted after a kill comes back on the same ports
        controllerPort = freePort();
        for (String svc : List.of("ingest-service", "extract-service", "query-service")) {
            ports.put(svc, freePort());
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::close));
    }

    public void startBroker() throws Exception {
        Path jar = root.resolve("deploy/local-broker/target/local-broker.jar");
        require(jar);
        String cp = jar + java.io.File.pathSeparator + root.resolve("deploy/local-broker/target/lib") + "/*";
        start("broker", List.of(java(), "-Xmx512m", "-cp", cp, "org.borderwatch.localbroker.LocalBroker",
                "--data", work.resolve("kafka").toString(), "--port", String.valueOf(kafkaPort),
                "--controller-port", String.valueOf(controllerPort)));
        await("broker ready", Duration.ofSeconds(90), () -> logContains("broker", "broker ready"));
    }

    public void startService(String svc) throws Exception {
        startServiceAs(svc, svc);
    }

    private final Map<String, Map<String, String>> extraProperties = new java.util.HashMap<>();

    /** A system property given to the process {@code name} at its next (re)start, e.g. another extractor version. */
    public void configure(String name, String key, String value) {
        extraProperties.computeIfAbsent(name, k -> new LinkedHashMap<>()).put(key, value);
    }

    /**
     * Starts the packaged service {@code svc} as the process {@code name} (its own port and log): a second
     * instance of a service, e.g. a fresh query-service that rebuilds its read model from the topics.
     */
    public void startServiceAs(String name, String svc) throws Exception {
        Path jar = snapshot(svc).resolve("quarkus-run.jar");
        if (!ports.containsKey(name)) {
            ports.put(name, freePort());
        }
        List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx384m",
                "-Dquarkus.http.port=" + ports.get(name),
                "-Dkafka.bootstrap.servers=localhost:" + kafkaPort,
                "-jar", jar.toString()));
        // Each service gets only its own settings: ingest-service maps the whole borderwatch.* prefix and rejects
        // properties it does not know (SRCFG00050), so the admin token must not reach it.
        int jarAt = cmd.indexOf("-jar");
        extraProperties.getOrDefault(name, Map.of()).forEach((k, v) -> cmd.add(cmd.indexOf("-jar"), "-D" + k + "=" + v));
        jarAt = cmd.indexOf("-jar");
        if (svc.equals("ingest-service")) {
            cmd.add(jarAt, "-Dborderwatch.inbox.dir=" + inbox);
        } else if (svc.equals("extract-service")) {
            cmd.add(jarAt, "-Dborderwatch.admin.token=" + ADMIN_TOKEN);
        }
        start(name, cmd);
    }

    /**
     * A private copy of the packaged app, taken once per test JVM and shared by its pipelines: a build of the same
     * module running meanwhile (several people share one working tree) rewrites target/quarkus-app under a running
     * JVM, which then fails to load classes; and two pipelines compared with each other (the faults suite's
     * fault-free reference run) must run the very same build.
     */
    private Path snapshot(String svc) throws IOException {
        synchronized (APPS) {
            Path copy = APPS.get(svc);
            if (copy != null) {
                return copy;
            }
            require(root.resolve(svc).resolve("target/quarkus-app/quarkus-run.jar"));
            if (appsDir == null) {
                Path dir = Files.createTempDirectory("borderwatch-apps-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
                appsDir = dir;
            }
            copy = appsDir.resolve(svc);
            Path app = root.resolve(svc).resolve("target/quarkus-app");
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

    private static final Map<String, Path> APPS = new java.util.HashMap<>();
    private static Path appsDir;

    private static void deleteTree(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not remove " + dir + ": " + e);
        }
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

    /** SIGTERM and wait: the graceful stop an operator does. */
    public void stop(String name) throws InterruptedException {
        Process p = processes.remove(name);
        if (p == null) {
            throw new IllegalStateException(name + " is not running");
        }
        p.destroy();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /**
     * Starts {@code name} again after {@link #kill} or {@link #stop}: same ports, same data folder and inbox; the
     * previous log is kept as {@code name.N.log}. Does not wait for readiness.
     */
    public void restart(String name) throws Exception {
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

    public Path inbox() {
        return inbox;
    }

    public Path work() {
        return work;
    }

    public Path logs() {
        return logs;
    }

    public Path root() {
        return root;
    }

    public String bootstrapServers() {
        return "localhost:" + kafkaPort;
    }

    public boolean isRunning(String name) {
        Process p = processes.get(name);
        return p != null && p.isAlive();
    }

    public int port(String name) {
        return ports.get(name);
    }

    public void awaitReady(String svc, Duration within) {
        await(svc + " ready", within, () -> {
            try {
                return get(svc, "/q/health/ready").statusCode() == 200;
            } catch (Exception e) {
                return false;
            }
        });
    }

    private void start(String name, List<String> cmd) throws IOException {
        Path log = logs.resolve(name + ".log");
        Process p = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        processes.put(name, p);
    }

    public HttpResponse<String> post(String svc, String path, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://localhost:" + ports.get(svc) + path))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(req, HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String svc, String path) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://localhost:" + ports.get(svc) + path))
                .timeout(Duration.ofSeconds(10)).GET().build();
        return http.send(req, HttpResponse.BodyHandlers.ofString());
    }

    public JsonNode json(String svc, String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(svc, path);
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " -> " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }

    /** Resident memory of a process, in MB, from /proc. */
    public long rssMb(String name) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + processes.get(name).pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    public boolean logContains(String name, String text) {
        try {
            return Files.readString(logs.resolve(name + ".log")).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

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
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("timed out after " + within.toSeconds() + " s waiting for " + what + "; logs in "
                + logs);
    }

    private static void require(Path artifact) {
        if (!Files.exists(artifact)) {
            throw new IllegalStateException(artifact + " is missing: run ./mvnw package (or verify) from the root");
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public synchronized void close() {
        List<String> names = new ArrayList<>(processes.keySet());
        java.util.Collections.reverse(names);
        for (String name : names) {
            Process p = processes.get(name);
            if (p.isAlive()) {
                p.destroy();
                try {
                    if (!p.waitFor(15, TimeUnit.SECONDS)) {
                        p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    p.destroyForcibly();
                }
            }
        }
        // The app copies and broker data are large; the process logs stay in target/logs.
        if (!Files.exists(work)) {
            return; // closed before (explicit close, then the shutdown hook)
        }
        try (var files = Files.walk(work)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not remove " + work + ": " + e);
        }
    }
}
