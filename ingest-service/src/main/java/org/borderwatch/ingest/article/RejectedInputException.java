package org.borderwatch.ingest.article;

/**
 * An input that cannot become an article. The message is the reason a person reads (in {@code .reason.txt},
 * the Rejection record and the HTTP answer), so it says what was wrong and, where it helps, what to do.
 */
public class RejectedInputException extends Exception {

    /** What kind of problem it is; the HTTP status follows from it. */
    public enum Kind {
        /** Nothing usable: empty or whitespace only (400). */
        EMPTY,
        /** Cannot be parsed at all: malformed JSON (400). */
        MALFORMED,
        /** Parsed, but not an article: binary, wrong JSON types, no text (422). */
        UNPROCESSABLE,
        /** Over the size limit (413). */
        TOO_LARGE,
        /** Not a kind of input the service reads: zip, exe, unknown content type (415). */
        UNSUPPORTED_TYPE
    }

    private final Kind kind;

    public RejectedInputException(Kind kind, String reason) {
        super(reason);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public String reason() {
        return getMessage();
    }
}
