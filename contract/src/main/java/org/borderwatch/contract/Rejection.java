package org.borderwatch.contract;

/**
 * Why an input was not accepted (value of {@code articles.rejected}).
 *
 * @param articleId the article's id when it could be computed, else null
 * @param fileName  the file name or the HTTP source the input came from
 * @param stage     {@code ingest} or {@code extract}
 * @param source    where it came from: {@code inbox}, {@code http}, or a topic-partition-offset
 */
public record Rejection(
        int schemaVersion,
        String articleId,
        String fileName,
        String stage,
        String reason,
        String source,
        String rejectedAt) {
}
