package org.borderwatch.contract;

/**
 * An article as ingested, the value of {@code articles.raw}. Dates are {@code YYYY-MM-DD} strings,
 * timestamps ISO-8601 instants, so that the wire does not depend on a JSON library's date settings.
 *
 * @param text the normalized text ({@link ArticleIds#normalize}); evidence offsets point into it
 */
public record RawArticle(
        int schemaVersion,
        String articleId,
        String title,
        String text,
        String published,
        String outlet,
        String byline,
        String url,
        String fileName,
        String contentType,
        String ingestedAt,
        long sizeBytes) {
}
