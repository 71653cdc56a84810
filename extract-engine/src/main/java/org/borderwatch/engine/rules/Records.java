package org.borderwatch.engine.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.EventType;
import org.borderwatch.engine.context.Article;
import org.borderwatch.engine.context.SentenceView;

/**
 * The records of one article, in the order the rules add them. A record whose id is already taken (same type,
 * sentence and {@link FactKey}) is dropped: the first rule to state a fact keeps it.
 */
public final class Records {

    private final Article article;
    private final String version;
    private final List<EventRecord> events = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    /** One digest per article for the ids (a provider lookup per record showed in profiles). */
    private MessageDigest sha;

    public Records(Article article, String version) {
        this.article = article;
        this.version = version;
    }

    /** Starts a record of {@code type} triggered at {@code at} (offset in the sentence) in {@code sentence}. */
    public RecordBuilder record(EventType type, SentenceView sentence, int at, String factKey) {
        return new RecordBuilder(this, type, sentence, at, factKey);
    }

    /** The records so far; post-processing steps replace records in place. */
    public List<EventRecord> list() {
        return events;
    }

    Article article() {
        return article;
    }

    String version() {
        return version;
    }

    /** Takes the id for a new record; false when a record with that id exists already. */
    boolean claimId(String id) {
        return ids.add(id);
    }

    void add(EventRecord record) {
        events.add(record);
    }

    String idOf(EventType type, SentenceView sentence, String factKey) {
        if (sha == null) {
            sha = sha256();
        }
        return id(sha, article.raw().articleId(), version, type, sentence.start(), factKey);
    }

    /**
     * First 16 bytes (hex) of SHA-256(articleId | version | type | sentence start | fact key): the same input and
     * version give the same ids, a new version new ones.
     *
     * @param sha a SHA-256 digest of the calling thread ({@link MessageDigest#digest} leaves it reset)
     */
    static String id(MessageDigest sha, String articleId, String version, EventType type, int start, String key) {
        String s = articleId + "|" + version + "|" + type + "|" + start + "|" + key;
        return HexFormat.of().formatHex(sha.digest(s.getBytes(StandardCharsets.UTF_8)), 0, 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
