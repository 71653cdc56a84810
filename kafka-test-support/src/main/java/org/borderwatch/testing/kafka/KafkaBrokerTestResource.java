package org.borderwatch.testing.kafka;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.List;
import java.util.Map;
import org.borderwatch.contract.Topics;

/**
 * Quarkus test resource: starts a real in-process KRaft broker, creates the contract's topics
 * (articles.raw and articles.analyzed compacted) and points {@code kafka.bootstrap.servers} at it.
 */
public class KafkaBrokerTestResource implements QuarkusTestResourceLifecycleManager {
    private EmbeddedKafka kafka;

    @Override
    public Map<String, String> start() {
        kafka = EmbeddedKafka.start();
        kafka.createTopics(List.of(Topics.REJECTED, Topics.RAW_DLQ, Topics.ANALYZED_DLQ, Topics.REJECTED_DLQ),
                List.of(Topics.RAW, Topics.ANALYZED), 2);
        return Map.of("kafka.bootstrap.servers", kafka.bootstrapServers());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(kafka, new TestInjector.MatchesType(EmbeddedKafka.class));
    }

    @Override
    public void stop() {
        if (kafka != null) {
            kafka.close();
        }
    }
}
