package org.borderwatch.extract.messaging;

/**
 * The value of a dead letter on {@code articles.raw.dlq}: which raw record failed and why, never a copy of it. A
 * copy could itself be too large to write (finding 1 of issue 13: the dead letter of an oversized record failed
 * like the record), and the raw record stays where {@code source} says, in the {@code articles.raw} archive.
 *
 * @param articleId    the article's id when the record had a usable one, else null
 * @param key          the raw record's key when short (at most 512 characters), else null
 * @param reasonKind   the kind ({@link RejectionReason#tag()}): {@code oversized}, {@code time-budget}, ...
 * @param reason       the same text as the Rejection's reason and the {@code dead-letter-reason} header
 * @param sizeBytes    size of the raw record's value in bytes
 * @param source       {@code articles.raw-<partition>@<offset>}
 * @param deadLetteredAt when (ISO-8601 instant)
 */
public record DeadLetter(
        int schemaVersion,
        String articleId,
        String key,
        String reasonKind,
        String reason,
        long sizeBytes,
        String source,
        String deadLetteredAt) {
}
