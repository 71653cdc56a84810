package org.borderwatch.query.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.borderwatch.contract.ArticleAnalysis;
import org.borderwatch.contract.RawArticle;
import org.borderwatch.contract.Rejection;

/**
 * The per-article state folded from the three topics. Every apply is idempotent and order-insensitive:
 * a record seen twice, or an older analysis after a newer one, changes nothing; so redelivery, replay and
 * a restart that reads the topics again all end in the same state. Incidents are derived from this state
 * by {@link IncidentBuilder}, never stored.
 */
public final class ReadModel {
    private final Map<String, ArticleState> articles = new ConcurrentHashMap<>();
    /** Inputs rejected before they had an article id (a file that could not be read), by file name: the latest. */
    private final Map<String, Rejection> unidentified = new ConcurrentHashMap<>();
    private final AtomicLong version = new AtomicLong();
    private final List<LongConsumer> listeners = new CopyOnWriteArrayList<>();

    public boolean apply(RawArticle raw) {
        return apply(raw, null);
    }

    /**
     * @param at where the record lies on articles.raw (the article page reads the text back from there), or null
     *           when it did not come from the topic
     */
    public boolean apply(RawArticle raw, ArticleState.TextLocation at) {
        if (raw == null || raw.articleId() == null) {
            return false;
        }
        RawArticle withoutText = ArticleState.withoutText(raw);
        boolean[] changed = {false};
        articles.compute(raw.articleId(), (id, s) -> {
            ArticleState base = s == null ? ArticleState.empty(id) : s;
            // The first ingest of a text is the one that counts (the same text dropped again is the same article).
            if (withoutText.equals(base.raw()) || (base.raw() != null && base.raw().ingestedAt() != null
                    && raw.ingestedAt() != null && base.raw().ingestedAt().compareTo(raw.ingestedAt()) <= 0)) {
                // Same id, same text: the latest record is the one compaction keeps, so the text is read from there.
                return later(at, base.textAt()) ? base.withTextAt(at) : base;
            }
            changed[0] = true;
            return base.withRaw(raw, at != null || base.textAt() == null ? at : base.textAt());
        });
        return changed(changed[0]);
    }

    private static boolean later(ArticleState.TextLocation at, ArticleState.TextLocation known) {
        return at != null && (known == null || at.partition() != known.partition() || at.offset() > known.offset());
    }

    public boolean apply(ArticleAnalysis analysis) {
        if (analysis == null || analysis.articleId() == null) {
            return false;
        }
        boolean[] changed = {false};
        articles.compute(analysis.articleId(), (id, s) -> {
            ArticleState base = s == null ? ArticleState.empty(id) : s;
            if (!Versions.replaces(analysis, base.analysis())) {
                return base;
            }
            changed[0] = true;
            return base.withAnalysis(analysis);
        });
        return changed(changed[0]);
    }

    public boolean apply(Rejection rejection) {
        if (rejection == null) {
            return false;
        }
        if (rejection.articleId() == null) {
            // A file rejected before it had an id is no article, but the analyst who dropped it must see why it was
            // refused (GET /articles?status=rejected): kept by file name, the latest rejection of that name.
            String name = rejection.fileName() != null ? rejection.fileName()
                    : rejection.source() != null ? rejection.source() : "";
            boolean[] changed = {false};
            unidentified.compute(name, (k, old) -> {
                if (old != null && (old.equals(rejection) || later(old.rejectedAt(), rejection.rejectedAt()))) {
                    return old;
                }
                changed[0] = true;
                return rejection;
            });
            return changed(changed[0]);
        }
        boolean[] changed = {false};
        articles.compute(rejection.articleId(), (id, s) -> {
            ArticleState base = s == null ? ArticleState.empty(id) : s;
            if (rejection.equals(base.rejection())) {
                return base;
            }
            changed[0] = true;
            return base.withRejection(rejection);
        });
        return changed(changed[0]);
    }

    private boolean changed(boolean changed) {
        if (changed) {
            long v = version.incrementAndGet();
            listeners.forEach(l -> l.accept(v));
        }
        return changed;
    }

    public long version() {
        return version.get();
    }

    public void onChange(LongConsumer listener) {
        listeners.add(listener);
    }

    public ArticleState article(String id) {
        return articles.get(id);
    }

    public List<ArticleState> articles() {
        return new ArrayList<>(articles.values());
    }

    /** The rejections of inputs that never had an article id, one per file name. */
    public List<Rejection> unidentifiedRejections() {
        return new ArrayList<>(unidentified.values());
    }

    /** {@code a} is strictly later than {@code b} (ISO instants; a missing one is earliest). */
    private static boolean later(String a, String b) {
        return a != null && (b == null || a.compareTo(b) > 0);
    }

    public int size() {
        return articles.size();
    }
}
