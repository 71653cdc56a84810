package org.borderwatch.ingest.article;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.borderwatch.contract.CloudEventTypes;
import org.borderwatch.contract.RawArticle;
import org.borderwatch.contract.Rejection;
import org.borderwatch.ingest.messaging.ArticlePublisher;
import org.borderwatch.ingest.messaging.BrokerUnavailableException;
import org.jboss.logging.Logger;

/**
 * The one path from input bytes to {@code articles.raw}, shared by the inbox watcher and {@code POST /articles}:
 * build the article, recognise a duplicate (same text = same articleId), publish and wait for the broker's ack.
 */
@ApplicationScoped
public class ArticleIngestor {
    private static final Logger LOG = Logger.getLogger(ArticleIngestor.class);

    private final ArticlePublisher publisher;
    private final IngestStats stats;
    private final Clock clock = Clock.systemUTC();
    /**
     * articleId -> where it first came from, for the articles acknowledged (or being published) in this run. After a restart a
     * duplicate is simply published again under the same key: harmless on the compacted topic.
     */
    private final Map<String, String> acknowledged = new ConcurrentHashMap<>();

    public ArticleIngestor(ArticlePublisher publisher, IngestStats stats) {
        this.publisher = publisher;
        this.stats = stats;
    }

    /**
     * @param origin     the file name, or null for HTTP
     * @param duplicateOf where the first copy came from when this is a duplicate, else null
     */
    public record Outcome(RawArticle article, boolean duplicate, String duplicateOf, String charset,
            List<String> warnings) {
        public String articleId() {
            return article.articleId();
        }
    }

    public Outcome ingest(byte[] bytes, InputFormat format, String fileName, Charset declared)
            throws RejectedInputException, BrokerUnavailableException {
        ArticleBuilder.Prepared prepared = ArticleBuilder.build(bytes, format, fileName, declared, Instant.now(clock));
        RawArticle article = prepared.article();
        String origin = fileName != null ? fileName : "POST /articles";
        for (String warning : prepared.warnings()) {
            LOG.warnf("%s: %s", LogSafe.of(origin), LogSafe.of(warning));
        }
        // Claimed before publishing, so two copies ingested at once (parallel inbox workers, concurrent POSTs)
        // give one record. If the publish fails the claim is dropped: the first copy's file stays in the inbox
        // and is tried again, so a copy counted as its duplicate in the meantime loses nothing.
        String first = acknowledged.putIfAbsent(article.articleId(), origin);
        if (first != null) {
            stats.duplicate();
            LOG.infof("%s is a duplicate of %s (articleId %s): not published again", LogSafe.of(origin),
                    LogSafe.of(first), article.articleId());
            return new Outcome(article, true, first, prepared.charset(), prepared.warnings());
        }
        try {
            publisher.publish(article);
        } catch (RejectedInputException | BrokerUnavailableException | RuntimeException e) {
            acknowledged.remove(article.articleId(), origin);
            throw e;
        }
        stats.accepted();
        LOG.infof("accepted %s as %s (%s, published %s, %d chars)", LogSafe.of(origin), article.articleId(), prepared.charset(),
                article.published(), article.text().length());
        return new Outcome(article, false, null, prepared.charset(), prepared.warnings());
    }

    /** Publishes the Rejection record; the caller keeps the input (file) until this returned. */
    public Rejection reject(String fileName, String articleId, String reason, String source)
            throws BrokerUnavailableException {
        Rejection rejection = new Rejection(CloudEventTypes.SCHEMA_VERSION, articleId,
                fileName != null ? fileName : "http", "ingest", reason, source, Instant.now(clock).toString());
        publisher.publish(rejection);
        stats.rejected();
        LOG.warnf("rejected %s from %s: %s", LogSafe.of(rejection.fileName()), source, LogSafe.of(reason));
        return rejection;
    }
}
