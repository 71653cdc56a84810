package org.borderwatch.localbroker;

import java.nio.file.Path;
import java.util.Properties;

/**
 * The broker's server.properties for one node that is both broker and controller. Replication factors and
 * min ISR are 1 because there is one node; with Kafka's defaults (3) consumer groups and transactions hang.
 */
public record BrokerSettings(String host, int port, int controllerPort, Path dataDir) {

    public String bootstrapServers() {
        return host + ":" + port;
    }

    public Path logDir() {
        return dataDir.resolve("kraft-logs");
    }

    public Properties serverProperties() {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@" + host + ":" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://" + host + ":" + port + ",CONTROLLER://" + host + ":" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://" + host + ":" + port);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("log.dirs", logDir().toAbsolutePath().toString());
        p.setProperty("num.partitions", "4");
        p.setProperty("default.replication.factor", "1");
        p.setProperty("min.insync.replicas", "1");
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "8");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        // Topics are created with their contract settings by LocalBroker; a typo in a client must not invent one.
        p.setProperty("auto.create.topics.enable", "false");
        // The contract's record size (Limits.MAX_MESSAGE_BYTES) for every topic, also one created without settings.
        p.setProperty("message.max.bytes", String.valueOf(org.borderwatch.contract.Limits.MAX_MESSAGE_BYTES));
        p.setProperty("log.cleaner.enable", "true");
        return p;
    }
}
