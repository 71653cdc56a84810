package org.borderwatch.query.messaging;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.borderwatch.contract.Topics;
import io.smallrye.common.annotation.Identifier;
import org.jboss.logging.Logger;

/**
 * Knows whether the read model has caught up with the topics: at start it notes each partition's end offset;
 * the model is ready once every partition has been read up to there. Until then readiness is DOWN, so a client
 * behind a load balancer never sees a half-built picture.
 */
@ApplicationScoped
public class CatchUpTracker {
    private static final Logger LOG = Logger.getLogger(CatchUpTracker.class);

    private final Map<String, Object> kafkaConfig;
    private final Map<TopicPartition, Long> targets = new ConcurrentHashMap<>();
    private final Map<TopicPartition, Long> consumed = new ConcurrentHashMap<>();
    private volatile boolean targetsKnown;
    private volatile boolean caughtUp;
    private volatile String problem = "end offsets not read yet";

    /**
     * @param kafkaConfig every {@code kafka.*} property (bootstrap, SASL, TLS...), as Quarkus gives it to the
     *                    channels: this consumer must reach a secured cluster the same way they do
     */
    public CatchUpTracker(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.kafkaConfig = kafkaConfig;
    }

    void onStart(@Observes StartupEvent event) {
        Thread t = new Thread(this::readTargets, "catch-up-targets");
        t.setDaemon(true);
        t.start();
    }

    private void readTargets() {
        Properties p = new Properties();
        kafkaConfig.forEach((k, v) -> {
            if (ConsumerConfig.configNames().contains(k) || k.startsWith("sasl.") || k.startsWith("ssl.")) {
                p.put(k, v);
            }
        });
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        while (!targetsKnown) {
            try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p)) {
                List<TopicPartition> partitions = new ArrayList<>();
                for (String topic : List.of(Topics.RAW, Topics.ANALYZED, Topics.REJECTED)) {
                    List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
                    if (infos != null) {
                        infos.forEach(i -> partitions.add(new TopicPartition(i.topic(), i.partition())));
                    }
                }
                Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(10));
                ends.forEach((tp, end) -> {
                    if (end > 0) {
                        targets.put(tp, end);
                    }
                });
                targetsKnown = true;
                LOG.infof("catching up with %d records over %d partitions",
                        targets.values().stream().mapToLong(Long::longValue).sum(), targets.size());
                check();
            } catch (RuntimeException e) {
                problem = "cannot read end offsets: " + e.getMessage();
                LOG.warnf("cannot read end offsets yet (%s); retrying", e.getMessage());
                sleep();
            }
        }
    }

    /** Called for every record consumed, whatever its fate. */
    public void consumed(String topic, int partition, long offset) {
        if (caughtUp) {
            return;
        }
        consumed.merge(new TopicPartition(topic, partition), offset, Math::max);
        check();
    }

    private void check() {
        if (!targetsKnown || caughtUp || behind() != null) {
            return;
        }
        caughtUp = true;
        problem = null;
        LOG.info("read model caught up with the topics");
    }

    /** A partition not read up to its target yet, or null. No string is built here: it runs for every record. */
    private Map.Entry<TopicPartition, Long> behind() {
        for (Map.Entry<TopicPartition, Long> t : targets.entrySet()) {
            Long done = consumed.get(t.getKey());
            if (done == null || done + 1 < t.getValue()) {
                return t;
            }
        }
        return null;
    }

    public boolean caughtUp() {
        return caughtUp;
    }

    public String problem() {
        if (caughtUp || !targetsKnown) {
            return caughtUp ? null : problem;
        }
        Map.Entry<TopicPartition, Long> t = behind();
        if (t == null) {
            return null;
        }
        Long done = consumed.get(t.getKey());
        return "catching up: " + t.getKey() + " at " + (done == null ? "start" : done + 1) + " of " + t.getValue();
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
