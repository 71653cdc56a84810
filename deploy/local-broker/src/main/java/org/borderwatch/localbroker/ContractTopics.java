package org.borderwatch.localbroker;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.borderwatch.contract.Limits;
import org.borderwatch.contract.Topics;

/** The contract's topics with their settings: the archive and the analyses compacted, rejections kept 30 days. */
public final class ContractTopics {
    private static final String THIRTY_DAYS_MS = String.valueOf(Duration.ofDays(30).toMillis());
    private static final String MAX_MESSAGE_BYTES = "max.message.bytes";
    /** Every topic takes records of up to the contract's size (contract/README.md, "Sizes"). */
    private static final String MAX = String.valueOf(Limits.MAX_MESSAGE_BYTES);

    private ContractTopics() {
    }

    public static List<NewTopic> all(int partitions) {
        List<NewTopic> topics = new ArrayList<>();
        topics.add(compacted(Topics.RAW, partitions));
        topics.add(compacted(Topics.ANALYZED, partitions));
        topics.add(new NewTopic(Topics.REJECTED, partitions, (short) 1)
                .configs(Map.of("cleanup.policy", "delete", "retention.ms", THIRTY_DAYS_MS, MAX_MESSAGE_BYTES, MAX)));
        topics.add(new NewTopic(Topics.RAW_DLQ, 1, (short) 1)
                .configs(Map.of("cleanup.policy", "delete", "retention.ms", THIRTY_DAYS_MS, MAX_MESSAGE_BYTES, MAX)));
        topics.add(new NewTopic(Topics.ANALYZED_DLQ, 1, (short) 1)
                .configs(Map.of("cleanup.policy", "delete", "retention.ms", THIRTY_DAYS_MS, MAX_MESSAGE_BYTES, MAX)));
        topics.add(new NewTopic(Topics.REJECTED_DLQ, 1, (short) 1)
                .configs(Map.of("cleanup.policy", "delete", "retention.ms", THIRTY_DAYS_MS, MAX_MESSAGE_BYTES, MAX)));
        return topics;
    }

    /**
     * Sets every existing contract topic's {@code max.message.bytes} to the contract's size: topics created by an
     * older LocalBroker in an existing {@code ./data} get the same limit as new ones.
     */
    public static void alignSizes(Admin admin, Set<String> names) throws Exception {
        Map<ConfigResource, java.util.Collection<AlterConfigOp>> ops = new java.util.HashMap<>();
        for (NewTopic topic : all(1)) {
            if (names.contains(topic.name())) {
                ops.put(new ConfigResource(ConfigResource.Type.TOPIC, topic.name()), List.of(new AlterConfigOp(
                        new ConfigEntry(MAX_MESSAGE_BYTES, MAX), AlterConfigOp.OpType.SET)));
            }
        }
        if (!ops.isEmpty()) {
            admin.incrementalAlterConfigs(ops).all().get(30, TimeUnit.SECONDS);
        }
    }

    private static NewTopic compacted(String name, int partitions) {
        // The archive is kept forever: compaction keeps the latest value per articleId and never deletes by age.
        return new NewTopic(name, partitions, (short) 1).configs(Map.of(
                "cleanup.policy", "compact",
                "retention.ms", "-1",
                MAX_MESSAGE_BYTES, MAX));
    }

    /** Creates what is missing; returns the names created. Existing topics are left as they are. */
    public static Set<String> createMissing(Admin admin, int partitions) throws Exception {
        Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
        Set<String> created = new java.util.TreeSet<>();
        alignSizes(admin, existing);
        for (NewTopic topic : all(partitions)) {
            if (existing.contains(topic.name())) {
                continue;
            }
            try {
                admin.createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
                created.add(topic.name());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
        return created;
    }
}
