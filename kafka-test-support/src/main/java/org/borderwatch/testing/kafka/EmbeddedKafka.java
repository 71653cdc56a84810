package org.borderwatch.testing.kafka;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.borderwatch.contract.Limits;

/**
 * A real single-node KRaft broker (combined broker and controller) running in this JVM, from Kafka's
 * own test kit. Replication factors are 1: the kit's default of 3 leaves consumers hanging on one node.
 */
public final class EmbeddedKafka implements AutoCloseable {
    private final KafkaClusterTestKit cluster;

    private EmbeddedKafka(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    public static EmbeddedKafka start() {
        try {
            KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build())
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("offsets.topic.num.partitions", "4")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("auto.create.topics.enable", "true")
                    .setConfigProp("num.partitions", "1")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            return new EmbeddedKafka(cluster);
        } catch (Exception e) {
            throw new IllegalStateException("could not start the embedded KRaft broker", e);
        }
    }

    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    public Admin admin() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        return Admin.create(props);
    }

    /**
     * Creates topics (1 replica) if absent; compacted ones get cleanup.policy=compact. Every topic takes records of
     * up to the contract's {@link Limits#MAX_MESSAGE_BYTES}, as the local broker's do (contract/README.md, "Sizes").
     */
    public void createTopics(Collection<String> plain, Collection<String> compacted, int partitions) {
        String maxMessageBytes = String.valueOf(Limits.MAX_MESSAGE_BYTES);
        try (Admin admin = admin()) {
            List<NewTopic> topics = new java.util.ArrayList<>();
            plain.forEach(t -> topics.add(new NewTopic(t, partitions, (short) 1)
                    .configs(Map.of("max.message.bytes", maxMessageBytes))));
            compacted.forEach(t -> topics.add(new NewTopic(t, partitions, (short) 1)
                    .configs(Map.of("cleanup.policy", "compact", "max.message.bytes", maxMessageBytes))));
            for (NewTopic topic : topics) {
                try {
                    admin.createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not create topics", e);
        }
    }

    @Override
    public void close() {
        try {
            cluster.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the embedded broker", e);
        }
    }
}
