package org.borderwatch.localbroker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.NewTopic;
import org.borderwatch.contract.Limits;
import org.borderwatch.contract.Topics;
import org.junit.jupiter.api.Test;

class ContractTopicsTest {

    @Test
    void everyContractTopicTakesRecordsOfTheContractsSize() {
        List<NewTopic> topics = ContractTopics.all(4);
        assertEquals(Set.of(Topics.RAW, Topics.ANALYZED, Topics.REJECTED, Topics.RAW_DLQ, Topics.ANALYZED_DLQ,
                Topics.REJECTED_DLQ), topics.stream().map(NewTopic::name).collect(Collectors.toSet()));
        for (NewTopic topic : topics) {
            assertEquals(String.valueOf(Limits.MAX_MESSAGE_BYTES), topic.configs().get("max.message.bytes"), topic.name());
        }
        assertEquals(String.valueOf(Limits.MAX_MESSAGE_BYTES),
                new BrokerSettings("localhost", 9092, 9093, java.nio.file.Path.of("data")).serverProperties()
                        .getProperty("message.max.bytes"));
    }
}
