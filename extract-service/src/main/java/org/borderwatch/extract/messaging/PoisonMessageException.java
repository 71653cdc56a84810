package org.borderwatch.extract.messaging;

/**
 * A raw record that cannot be analyzed, ever: retrying it would only stall its partition. Its message becomes the
 * {@code dead-letter-reason} header of the dead letter and the reason of the Rejection record.
 */
public class PoisonMessageException extends RuntimeException {
    /** Longest reason kept: an exception's message may quote the input at length. */
    static final int MAX_REASON_CHARS = 1000;

    private final RejectionReason kind;
    private final String articleId;
    private final String fileName;

    public PoisonMessageException(RejectionReason kind, String reason, String articleId, String fileName, Throwable cause) {
        super(reason.length() > MAX_REASON_CHARS ? reason.substring(0, MAX_REASON_CHARS) + "..." : reason, cause);
        this.kind = kind;
        this.articleId = articleId;
        this.fileName = fileName;
    }

    public PoisonMessageException(RejectionReason kind, String reason, String articleId, String fileName) {
        this(kind, reason, articleId, fileName, null);
    }

    /** What kind of failure, for the metrics. */
    public RejectionReason kind() {
        return kind;
    }

    /** The article's id when the record had a usable one, else null. */
    public String articleId() {
        return articleId;
    }

    /** The file name the record named, else null. */
    public String fileName() {
        return fileName;
    }
}
