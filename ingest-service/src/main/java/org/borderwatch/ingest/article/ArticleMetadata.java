package org.borderwatch.ingest.article;

/**
 * What the text (or the JSON/HTML around it) says about the article; any field may be null.
 *
 * @param published {@code YYYY-MM-DD} (or a partial {@code YYYY-MM}, {@code YYYY})
 */
public record ArticleMetadata(String title, String published, String outlet, String byline, String url) {

    public static final ArticleMetadata NONE = new ArticleMetadata(null, null, null, null, null);

    /** Fields of {@code preferred} win where they are set; the rest come from this. */
    public ArticleMetadata overriddenBy(ArticleMetadata preferred) {
        return new ArticleMetadata(
                pick(preferred.title, title),
                pick(preferred.published, published),
                pick(preferred.outlet, outlet),
                pick(preferred.byline, byline),
                pick(preferred.url, url));
    }

    private static String pick(String preferred, String fallback) {
        return preferred != null && !preferred.isBlank() ? preferred : fallback;
    }
}
