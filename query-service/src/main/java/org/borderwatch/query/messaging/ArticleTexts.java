package org.borderwatch.query.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.borderwatch.contract.RawArticle;
import org.borderwatch.contract.Topics;
import org.borderwatch.query.incident.ArticleState;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * An article's text for the article page, read back from articles.raw at the place the read model noted (the read
 * model keeps no texts). Any record of the article will do: its id is the hash of its text. On a compacted topic
 * the noted record may be gone when a later copy of the same article was kept instead; then the partition is read
 * on from there until the article's key. The last texts asked for are kept in a small LRU cache (a page shows one
 * article at a time, and a reader goes back and forth).
 */
@ApplicationScoped
public class ArticleTexts {
    private static final Logger LOG = Logger.getLogger(ArticleTexts.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final long GIVE_UP_AFTER_MS = 10_000;

    private final Map<String, Object> kafkaConfig;
    private final ObjectMapper mapper;
    private final int cacheSize;
    private final Map<String, String> cache;
    private KafkaConsumer<String, byte[]> consumer;

    public ArticleTexts(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, ObjectMapper mapper,
            @ConfigProperty(name = "borderwatch.query.text-cache-size", defaultValue = "256") int cacheSize) {
        this.kafkaConfig = kafkaConfig;
        this.mapper = mapper;
        this.cacheSize = cacheSize;
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > ArticleTexts.this.cacheSize;
            }
        };
    }

    /** The text of the article, or empty when it is not (or no longer) on the topic. */
    public synchronized Optional<String> text(ArticleState article) {
        if (article == null || article.textAt() == null) {
            return Optional.empty();
        }
        String cached = cache.get(article.articleId());
        if (cached != null) {
            return Optional.of(cached);
        }
        try {
            String text = read(article.articleId(), article.textAt());
            if (text != null) {
                cache.put(article.articleId(), text);
            }
            return Optional.ofNullable(text);
        } catch (RuntimeException e) {
            LOG.warnf("cannot read the text of %s from %s-%d@%d: %s", article.articleId(), Topics.RAW,
                    article.textAt().partition(), article.textAt().offset(), e.getMessage());
            closeConsumer(); // a fresh one next time
            return Optional.empty();
        }
    }

    private String read(String articleId, ArticleState.TextLocation at) {
        KafkaConsumer<String, byte[]> c = consumer();
        TopicPartition tp = new TopicPartition(Topics.RAW, at.partition());
        c.assign(List.of(tp));
        c.seek(tp, at.offset());
        long end = c.endOffsets(List.of(tp)).getOrDefault(tp, 0L);
        long deadline = System.currentTimeMillis() + GIVE_UP_AFTER_MS;
        while (c.position(tp) < end && System.currentTimeMillis() < deadline) {
            for (ConsumerRecord<String, byte[]> r : c.poll(POLL)) {
                if (articleId.equals(r.key()) && r.value() != null) {
                    RawArticle raw = parse(r.value());
                    if (raw != null && articleId.equals(raw.articleId()) && raw.text() != null) {
                        return raw.text();
                    }
                }
            }
        }
        return null;
    }

    private RawArticle parse(byte[] value) {
        try {
            return mapper.readValue(value, RawArticle.class);
        } catch (IOException e) {
            return null;
        }
    }

    private KafkaConsumer<String, byte[]> consumer() {
        if (consumer == null) {
            Properties p = new Properties();
            kafkaConfig.forEach((k, v) -> {
                if (ConsumerConfig.configNames().contains(k) || k.startsWith("sasl.") || k.startsWith("ssl.")) {
                    p.put(k, v);
                }
            });
            p.remove(ConsumerConfig.GROUP_ID_CONFIG); // assigned partitions, no group, nothing committed
            p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
            p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "50");
            p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
            p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
            consumer = new KafkaConsumer<>(p);
        }
        return consumer;
    }

    private void closeConsumer() {
        if (consumer != null) {
            try {
                consumer.close(Duration.ofSeconds(1));
            } catch (RuntimeException ignored) {
                // closing a consumer that failed: nothing more to do
            }
            consumer = null;
        }
    }

    synchronized void onStop(@Observes ShutdownEvent event) {
        closeConsumer();
    }
}
