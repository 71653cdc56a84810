package org.borderwatch.extract.replay;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.borderwatch.contract.ArticleAnalysis;
import org.borderwatch.contract.CloudEventTypes;
import org.borderwatch.contract.Limits;
import org.borderwatch.contract.RawArticle;
import org.borderwatch.contract.Topics;
import org.borderwatch.engine.ArticleAnalyzer;
import org.borderwatch.engine.text.LanguageDetector;
import org.borderwatch.extract.config.ExtractConfig;
import org.borderwatch.extract.messaging.AnalysisRecords;
import org.borderwatch.extract.messaging.LanguageGate;
import org.borderwatch.extract.messaging.PoisonMessageException;
import org.borderwatch.extract.messaging.RawArticleReader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Re-reads {@code articles.raw} from the beginning with the current extractor and publishes the analyses to
 * {@code articles.analyzed}, where they replace the older ones by key. Runs beside the live pipeline with its own
 * plain clients: a consumer that belongs to no committed group (a unique group id, assigned partitions, no commits,
 * read_committed) and stops at the end offsets captured at start, so a replay ends even while ingest goes on.
 * One replay at a time.
 *
 * <p>The engine is the cost, so each polled batch is analyzed by {@code borderwatch.replay.workers} threads (default:
 * one per core) while the replay thread keeps the order: it sends the batch's analyses in offset order and reads
 * the consumer's position, which is the progress, only once the whole batch has been handed to the producer.
 */
@ApplicationScoped
public class ReplayService {
    /** Header on every analysis a replay writes: the replay's start instant. */
    public static final String REPLAY_HEADER = "borderwatch-replay";

    private static final Logger LOG = Logger.getLogger(ReplayService.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final ArticleAnalyzer analyzer;
    private final AnalysisRecords records;
    private final RawArticleReader reader;
    private final LanguageGate languageGate = new LanguageGate(LanguageDetector.standard());
    /** Every kafka.* setting (bootstrap, SASL, TLS) as the channels get it: replay reaches a secured cluster too. */
    private final Map<String, Object> kafkaConfig;
    private final Duration progressLogInterval;
    private final Duration stallTimeout;
    private final AtomicReference<ReplayProgress> current;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "extract-replay");
        thread.setDaemon(true);
        return thread;
    });
    private final ExecutorService analyzers;
    private final int workers;
    private volatile KafkaConsumer<String, byte[]> activeConsumer;
    /**
     * How long a started replay waits before reading: zero in production; the tests set it so that a replay of five
     * seeds is still running when they check that a second start is refused (409), whatever the machine's load.
     */
    private final Duration startDelay;
    private final ReplayProgressStore store;
    private final Duration saveInterval;
    private final long maxAnalysisBytes;
    private volatile boolean stopping;

    public ReplayService(ArticleAnalyzer analyzer, AnalysisRecords records, ExtractConfig config,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            @ConfigProperty(name = "borderwatch.replay.progress-log-interval", defaultValue = "PT5S") Duration progressLogInterval,
            @ConfigProperty(name = "borderwatch.replay.stall-timeout", defaultValue = "PT60S") Duration stallTimeout,
            @ConfigProperty(name = "borderwatch.replay.start-delay", defaultValue = "PT0S") Duration startDelay,
            @ConfigProperty(name = "borderwatch.replay.workers", defaultValue = "0") int workers,
            @ConfigProperty(name = "borderwatch.replay.progress-file", defaultValue = "data/extract-replay-progress.json") String progressFile,
            @ConfigProperty(name = "borderwatch.replay.progress-save-interval", defaultValue = "PT1S") Duration saveInterval) {
        this.analyzer = analyzer;
        this.records = records;
        this.reader = new RawArticleReader(records.mapper(), config.maxTextBytes(), config.maxRecordBytes());
        this.kafkaConfig = kafkaConfig;
        this.progressLogInterval = progressLogInterval;
        this.stallTimeout = stallTimeout;
        this.startDelay = startDelay;
        this.maxAnalysisBytes = config.maxAnalysisBytes();
        this.saveInterval = saveInterval;
        this.store = new ReplayProgressStore(java.nio.file.Path.of(progressFile), records.mapper());
        // a replay that was running when the service stopped (killed, crashed) is reported as interrupted
        ReplayProgress restored = restore(store, analyzer);
        if (restored.interrupted()) {
            LOG.warnf("the last replay was interrupted: %s", restored.snapshot(Instant.now()).error());
            store.save(restored.snapshot(Instant.now()));
        }
        this.current = new AtomicReference<>(restored);
        this.workers = workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
        AtomicInteger number = new AtomicInteger();
        this.analyzers = Executors.newFixedThreadPool(this.workers, runnable -> {
            Thread thread = new Thread(runnable, "extract-replay-analyzer-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The last replay as saved, or idle; a file this version cannot read must not keep the service from starting. */
    private static ReplayProgress restore(ReplayProgressStore store, ArticleAnalyzer analyzer) {
        try {
            return store.load().map(ReplayProgress::restored).orElse(ReplayProgress.idle(analyzer.extractor()));
        } catch (RuntimeException e) {
            LOG.warnf("replay progress file %s not understood (%s): reporting no earlier replay", store.file(), e);
            return ReplayProgress.idle(analyzer.extractor());
        }
    }

    /** Thrown by {@link #start} while a replay runs. */
    public static class AlreadyRunningException extends RuntimeException {
        public AlreadyRunningException() {
            super("a replay is already running");
        }
    }

    /** Starts a replay in the background. */
    public ReplayStatus start(LocalDate since) {
        ReplayProgress previous = current.get();
        if (previous.running()) {
            throw new AlreadyRunningException();
        }
        ReplayProgress progress = ReplayProgress.started(analyzer.extractor(), since, Instant.now());
        if (!current.compareAndSet(previous, progress)) {
            throw new AlreadyRunningException();
        }
        LOG.infof("replay started: articles.raw from the beginning%s with extractor %s %s on %d analyzer threads",
                since == null ? "" : " (since " + since + ")", analyzer.extractor().name(), analyzer.extractor().version(),
                workers);
        store.save(progress.snapshot(Instant.now()));
        executor.execute(() -> run(progress, since));
        return progress.snapshot(Instant.now());
    }

    public ReplayStatus status() {
        return current.get().snapshot(Instant.now());
    }

    private void run(ReplayProgress progress, LocalDate since) {
        if (!startDelay.isZero()) {
            try {
                Thread.sleep(startDelay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] replayHeader = progress.startedAt().toString().getBytes(StandardCharsets.UTF_8);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig());
                KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerConfig())) {
            activeConsumer = consumer;
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.RAW).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            progress.total(partitions.stream().mapToLong(tp -> end.get(tp) - begin.get(tp)).sum());
            consumer.seekToBeginning(partitions);

            Map<TopicPartition, Long> position = new HashMap<>(begin);
            Instant lastProgress = Instant.now();
            Instant lastLog = Instant.now();
            Instant lastSave = Instant.now();
            while (!stopping && !reachedEnd(position, end)) {
                ConsumerRecords<String, byte[]> batch = consumer.poll(POLL);
                List<Future<Replayed>> analyses = new ArrayList<>(batch.count());
                for (ConsumerRecord<String, byte[]> raw : batch) {
                    TopicPartition tp = new TopicPartition(raw.topic(), raw.partition());
                    if (raw.offset() >= end.get(tp)) {
                        continue; // written after the replay started: the live pipeline has it
                    }
                    analyses.add(analyzers.submit(() -> analyzeOne(raw, since, replayHeader)));
                }
                for (Future<Replayed> analysis : analyses) {
                    send(awaitAnalysis(analysis), producer, progress);
                }
                for (TopicPartition tp : partitions) {
                    long before = position.get(tp);
                    long now = Math.min(consumer.position(tp), end.get(tp));
                    position.put(tp, now);
                    if (now > before) {
                        lastProgress = Instant.now();
                    }
                    if (now >= end.get(tp)) {
                        consumer.pause(List.of(tp));
                    }
                }
                progress.done(position.entrySet().stream().mapToLong(e -> e.getValue() - begin.get(e.getKey())).sum());
                if (Duration.between(lastSave, Instant.now()).compareTo(saveInterval) >= 0) {
                    store.save(progress.snapshot(Instant.now()));
                    lastSave = Instant.now();
                }
                if (Duration.between(lastLog, Instant.now()).compareTo(progressLogInterval) >= 0) {
                    logProgress(progress.snapshot(Instant.now()));
                    lastLog = Instant.now();
                }
                if (Duration.between(lastProgress, Instant.now()).compareTo(stallTimeout) > 0) {
                    throw new IllegalStateException("no progress reading articles.raw for " + stallTimeout);
                }
            }
            producer.flush(); // every analysis acknowledged before the replay says done
            if (stopping) {
                progress.fail("service stopping", Instant.now());
            } else {
                progress.finish(Instant.now());
            }
            ReplayStatus status = progress.snapshot(Instant.now());
            LOG.infof("replay %s: %d/%d records read, %d analyses published, %d skipped, %d failed, %.1f records/s",
                    status.state(), status.done(), status.total(), status.published(), status.skipped(), status.failed(),
                    status.ratePerSecond());
        } catch (WakeupException e) {
            progress.fail("service stopping", Instant.now());
        } catch (RuntimeException e) {
            LOG.error("replay failed", e);
            progress.fail(e.toString(), Instant.now());
        } finally {
            activeConsumer = null;
            store.save(progress.snapshot(Instant.now()));
        }
    }

    /** What became of one raw record: an analysis to write, or skipped (unreadable, filtered), or failed. */
    private record Replayed(ProducerRecord<String, byte[]> analysis, boolean skipped) {
        static final Replayed SKIPPED = new Replayed(null, true);
        static final Replayed FAILED = new Replayed(null, false);
    }

    /** On an analyzer thread: read, filter and analyze one raw record. */
    private Replayed analyzeOne(ConsumerRecord<String, byte[]> raw, LocalDate since, byte[] replayHeader) {
        String rawSource = raw.topic() + "-" + raw.partition() + "@" + raw.offset();
        RawArticle article;
        try {
            article = reader.read(raw.value(), lastHeader(raw.headers(), CloudEventTypes.SCHEMA_VERSION_HEADER));
        } catch (PoisonMessageException poison) {
            // The live pipeline dead-lettered it already; a replay does not write a second dead letter.
            LOG.debugf("replay skips unreadable %s: %s", rawSource, poison.getMessage());
            return Replayed.SKIPPED;
        }
        if (!ReplayFilter.includes(article, since)) {
            return Replayed.SKIPPED;
        }
        Optional<String> unsupported = languageGate.unsupportedLanguage(article);
        if (unsupported.isPresent()) {
            // the live pipeline rejected it (language xx: not supported yet); an analysis would hide that
            LOG.debugf("replay skips %s (articleId %s): %s", rawSource, article.articleId(),
                    LanguageGate.reason(unsupported.get()));
            return Replayed.SKIPPED;
        }
        ArticleAnalysis analysis;
        try {
            analysis = analyzer.analyze(article);
        } catch (RuntimeException | StackOverflowError e) {
            // TimeBudgetExceeded included: the live pipeline rejected it with that reason the first time
            LOG.warnf("replay: engine failed on %s (articleId %s): %s", rawSource, article.articleId(), e);
            return Replayed.FAILED;
        }
        if (analysis == null) {
            return Replayed.FAILED;
        }
        byte[] value = records.value(analysis);
        if (value.length > maxAnalysisBytes) {
            LOG.warnf("replay: the analysis of %s (articleId %s) is too large: %d bytes", rawSource, article.articleId(),
                    value.length);
            return Replayed.FAILED;
        }
        Headers headers = records.headers(analysis);
        headers.add(REPLAY_HEADER, replayHeader);
        return new Replayed(new ProducerRecord<>(Topics.ANALYZED, null, article.articleId(), value, headers), false);
    }

    private static Replayed awaitAnalysis(Future<Replayed> analysis) {
        try {
            return analysis.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WakeupException();
        } catch (ExecutionException e) {
            // analyzeOne catches what the engine throws; anything else is a defect of this class
            throw new IllegalStateException("replay analysis failed", e.getCause());
        }
    }

    /** On the replay thread, in offset order: hand the analysis to the producer, or count the record. */
    private static void send(Replayed replayed, KafkaProducer<String, byte[]> producer, ReplayProgress progress) {
        if (replayed.analysis() == null) {
            if (replayed.skipped()) {
                progress.skipped();
            } else {
                progress.failed();
            }
            return;
        }
        String articleId = replayed.analysis().key();
        producer.send(replayed.analysis(), (metadata, failure) -> {
            if (failure == null) {
                progress.published();
            } else {
                LOG.warnf("replay: could not write the analysis of %s: %s", articleId, failure.toString());
                progress.failed();
            }
        });
    }

    private static boolean reachedEnd(Map<TopicPartition, Long> position, Map<TopicPartition, Long> end) {
        return position.entrySet().stream().allMatch(e -> e.getValue() >= end.get(e.getKey()));
    }

    private static void logProgress(ReplayStatus status) {
        LOG.infof("replay running: %d/%d records read, %d published, %.1f records/s, eta %s s", status.done(),
                status.total(), status.published(), status.ratePerSecond(),
                status.etaSeconds() == null ? "?" : status.etaSeconds().toString());
    }

    private Properties kafkaSettings(java.util.Set<String> known) {
        Properties props = new Properties();
        kafkaConfig.forEach((k, v) -> {
            if (known.contains(k)) {
                props.put(k, v);
            }
        });
        return props;
    }

    private Properties consumerConfig() {
        Properties props = kafkaSettings(ConsumerConfig.configNames());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "borderwatch-extract-replay-" + UUID.randomUUID());
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "borderwatch-extract-replay");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "200");
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(Limits.MAX_MESSAGE_BYTES));
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return props;
    }

    private Properties producerConfig() {
        Properties props = kafkaSettings(ProducerConfig.configNames());
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "borderwatch-extract-replay");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(Limits.MAX_MESSAGE_BYTES));
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return props;
    }

    private static String lastHeader(Headers headers, String key) {
        Header header = headers.lastHeader(key);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @PreDestroy
    void stop() {
        stopping = true;
        KafkaConsumer<String, byte[]> consumer = activeConsumer;
        if (consumer != null) {
            consumer.wakeup();
        }
        executor.shutdown();
        analyzers.shutdownNow();
    }
}
