package org.borderwatch.bench.pipeline;

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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The system as separate processes on loopback, started by the benchmark itself: the local KRaft broker from its
 * jars and the three packaged Quarkus services on free ports, in a temporary folder (same layout as the system
 * tests' harness). The packaged apps are copied first: a build of the same module running meanwhile on this
 * shared tree would rewrite target/quarkus-app under a running JVM.
 */
final class LocalSystem implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String ADMIN_TOKEN = "bench-admin-token";

    final Path root;
    final Path work;
    final Path inbox;
    final Path logs;
    final int kafkaPort;
    final int controllerPort;
    final String serviceHeap;
    final Map<String, Integer> ports = new LinkedHashMap<>();
    final Map<String, Process> processes = new LinkedHashMap<>();
    private final Path apps;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    LocalSystem(Path root, Path logs, String serviceHeap) throws IOException {
        this.root = root;
        this.logs = Files.createDirectories(logs);
        this.serviceHeap = serviceHeap;
        work = Files.createTempDirectory("borderwatch-bench-");
        inbox = Files.createDirectories(work.resolve("inbox"));
        apps = Files.createDirectories(work.resolve("apps"));
        kafkaPort = freePort();
        controllerPort = freePort();
        Runtime.getRuntime().addShutdownHook(new Thread(this::close));
    }

    void startBroker() throws IOException {
        Path jar = require(root.resolve("deploy/local-broker/target/local-broker.jar"));
        String cp = jar + File.pathSeparator + root.resolve("deploy/local-broker/target/lib") + "/*";
        start("broker", List.of(java(), "-Xmx512m", "-cp", cp, "org.borderwatch.localbroker.LocalBroker",
                "--data", work.resolve("kafka").toString(), "--port", String.valueOf(kafkaPort),
                "--controller-port", String.valueOf(controllerPort)));
        await("broker ready", Duration.ofMinutes(3), () -> logContains("broker", "broker ready"));
    }

    /** Starts the packaged {@code svc} as process {@code name} (a second query-service gets its own name). */
    void startService(String name, String svc) throws IOException {
        Path jar = snapshot(svc).resolve("quarkus-run.jar");
        ports.putIfAbsent(name, freePort());
        List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx" + serviceHeap,
                "-Dquarkus.http.port=" + ports.get(name),
                "-Dkafka.bootstrap.servers=" + bootstrapServers()));
        // ingest-service maps the whole borderwatch.* prefix and rejects unknown keys: each gets only its own
        if (svc.equals("ingest-service")) {
            cmd.add("-Dborderwatch.inbox.dir=" + inbox);
        } else if (svc.equals("extract-service")) {
            cmd.add("-Dborderwatch.admin.token=" + ADMIN_TOKEN);
        }
        // e.g. BENCH_SERVICE_JAVA_OPTS='-XX:StartFlightRecording=filename=/tmp/%n.jfr,settings=profile' to profile
        // each service (%n: the process's name)
        String extra = System.getenv("BENCH_SERVICE_JAVA_OPTS");
        if (extra != null && !extra.isBlank()) {
            for (String option : extra.trim().split("\\s+")) {
                cmd.add(option.replace("%n", name));
            }
        }
        cmd.addAll(List.of("-jar", jar.toString()));
        start(name, cmd);
    }

    void awaitReady(String name, Duration within) {
        await(name + " ready", within, () -> {
            try {
                return get(name, "/q/health/ready").statusCode() == 200;
            } catch (Exception e) {
                return false;
            }
        });
    }

    String bootstrapServers() {
        return "localhost:" + kafkaPort;
    }

    String url(String name, String path) {
        return "http://localhost:" + ports.get(name) + path;
    }

    HttpResponse<String> get(String name, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(name, path))).timeout(Duration.ofSeconds(60)).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String name, String path, String contentType, String body)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(name, path))).timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    JsonNode json(String name, String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(name, path);
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " -> " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }

    HttpResponse<String> adminRequest(String method, String path) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url("extract-service", path)))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + ADMIN_TOKEN);
        b = method.equals("POST") ? b.POST(HttpRequest.BodyPublishers.noBody()) : b.GET();
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    long pid(String name) {
        return processes.get(name).pid();
    }

    /** Peak resident set size (VmHWM) of a running process, in MB; -1 when it cannot be read. */
    /** CPU seconds the process has used so far (user + system), or -1 when the OS does not tell. */
    double cpuSeconds(String name) {
        Process p = processes.get(name);
        return p == null ? -1 : p.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(-1.0);
    }

    long peakRssMb(String name) {
        Process p = processes.get(name);
        if (p == null || !p.isAlive()) {
            return -1;
        }
        return ProcStatus.peakRssKb(p.pid()) / 1024;
    }

    void stop(String name) throws InterruptedException {
        Process p = processes.remove(name);
        if (p != null) {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    boolean logContains(String name, String text) {
        try {
            return Files.readString(logs.resolve(name + ".log")).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    void await(String what, Duration within, BooleanSupplier condition) {
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
        throw new IllegalStateException("timed out after " + within.toSeconds() + " s waiting for " + what
                + "; logs in " + logs);
    }

    private void start(String name, List<String> cmd) throws IOException {
        Process p = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(logs.resolve(name + ".log").toFile()).start();
        processes.put(name, p);
    }

    private Path snapshot(String svc) throws IOException {
        Path copy = apps.resolve(svc);
        if (Files.exists(copy)) {
            return copy;
        }
        Path app = root.resolve(svc).resolve("target/quarkus-app");
        require(app.resolve("quarkus-run.jar"));
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
        return copy;
    }

    private static Path require(Path artifact) {
        if (!Files.exists(artifact)) {
            throw new IllegalStateException(artifact + " is missing: run ./mvnw -q -DskipTests package first");
        }
        return artifact;
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void close() {
        List<String> names = new ArrayList<>(processes.keySet());
        java.util.Collections.reverse(names);
        for (String name : names) {
            try {
                stop(name);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (!Files.exists(work)) {
            return;
        }
        try (var files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not remove " + work + ": " + e);
        }
    }
}
