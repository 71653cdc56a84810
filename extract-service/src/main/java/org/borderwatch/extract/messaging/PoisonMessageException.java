package org.borderwatch.extract.messaging;

/**
 * A raw record that cannot be analyzed, ever: retrying it would only stall its partition. Its message becomes the
 * {@code dead-letter-reason} header of the dead letter and the reason of the Rejection record.
 */
public class PoisonMessageException extends RuntimeException {
    private final String articleId;
    private final String fileName;

    public PoisonMessageException(String reason, String articleId, String fileName, Throwable cause) {
        super(reason, cause);
        this.articleId = articleId;
        this.fileName = fileName;
    }

    public PoisonMessageException(String reason, String articleId, String fileName) {
        this(reason, articleId, fileName, null);
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
