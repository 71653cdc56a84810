package org.borderwatch.localbroker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool$;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * Borderwatch's local default broker: one KRaft node (broker and controller) from the Maven jars.
 * Formats its storage on first start only (a second start keeps every topic), starts, creates the
 * contract's topics, prints one ready line, and stops cleanly on SIGTERM/Ctrl-C.
 *
 * <p>Usage: {@code LocalBroker [--data DIR] [--port 9092] [--controller-port 9093] [--partitions 4]};
 * environment {@code BORDERWATCH_KAFKA_PORT}, {@code BORDERWATCH_DATA} work too.
 */
public final class LocalBroker {

    private LocalBroker() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(env("BORDERWATCH_DATA", "data")).resolve("kafka");
        int port = Integer.parseInt(env("BORDERWATCH_KAFKA_PORT", "9092"));
        int controllerPort = -1;
        int partitions = 4;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--controller-port" -> controllerPort = Integer.parseInt(args[++i]);
                case "--partitions" -> partitions = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (use --data DIR --port N --controller-port N --partitions N)");
            }
        }
        if (controllerPort < 0) {
            controllerPort = port + 1;
        }
        BrokerSettings settings = new BrokerSettings("localhost", port, controllerPort, data);
        KafkaRaftServer server = start(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("stopping broker");
            server.shutdown();
            server.awaitShutdown();
            stopped.countDown();
        }, "broker-shutdown"));
        try (Admin admin = admin(settings.bootstrapServers())) {
            Set<String> created = ContractTopics.createMissing(admin, partitions);
            if (!created.isEmpty()) {
                System.out.println("created topics " + created);
            }
        }
        System.out.println("broker ready at " + settings.bootstrapServers() + " (data " + data.toAbsolutePath() + ")");
        stopped.await();
    }

    /** Formats the storage if it was never formatted, then starts the node. */
    public static KafkaRaftServer start(BrokerSettings settings) throws IOException {
        Files.createDirectories(settings.dataDir());
        Path propsFile = settings.dataDir().resolve("server.properties");
        Properties props = settings.serverProperties();
        try (OutputStream out = Files.newOutputStream(propsFile)) {
            props.store(out, "written by Borderwatch LocalBroker at each start");
        }
        if (!Files.exists(settings.logDir().resolve("meta.properties"))) {
            format(propsFile);
        }
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props), Time.SYSTEM);
        server.startup();
        return server;
    }

    private static void format(Path propsFile) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        String clusterId = Uuid.randomUuid().toString();
        int code = StorageTool$.MODULE$.execute(
                new String[] {"format", "-t", clusterId, "-c", propsFile.toString()},
                new PrintStream(buffer, true, StandardCharsets.UTF_8));
        if (code != 0) {
            throw new IllegalStateException("formatting the broker storage failed: "
                    + buffer.toString(StandardCharsets.UTF_8));
        }
        System.out.println("formatted new broker storage, cluster " + clusterId);
    }

    private static Admin admin(String bootstrap) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 60_000);
        return Admin.create(p);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
