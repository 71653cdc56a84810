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
    final Map<String, Integer> ports = new LinkedHashMap<>();
    final Map<String, Process> processes = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public Pipeline() throws IOException {
        root = Path.of(System.getProperty("borderwatch.root", "..")).toAbsolutePath().normalize();
        work = Files.createTempDirectory("borderwatch-system-");
        inbox = Files.createDirectories(work.resolve("inbox"));
        logs = Files.createDirectories(root.resolve("system-tests/target/logs"));
        kafkaPort = freePort();
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
                "--controller-port", String.valueOf(freePort())));
        await("broker ready", Duration.ofSeconds(90), () -> logContains("broker", "broker ready"));
    }

    public void startService(String svc) throws Exception {
        Path jar = root.resolve(svc).resolve("target/quarkus-app/quarkus-run.jar");
        require(jar);
        List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx384m",
                "-Dquarkus.http.port=" + ports.get(svc),
                "-Dkafka.bootstrap.servers=localhost:" + kafkaPort,
                "-Dborderwatch.inbox.dir=" + inbox,
                "-Dborderwatch.admin.token=" + ADMIN_TOKEN,
                "-jar", jar.toString()));
        start(svc, cmd);
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
    }
}
