package org.borderwatch.ingest.article;

import java.nio.charset.Charset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.contract.ArticleIds;
import org.borderwatch.contract.CloudEventTypes;
import org.borderwatch.contract.RawArticle;

/** Bytes of one input (file or HTTP body) to a {@link RawArticle}: decode, extract, normalize, read metadata. */
public final class ArticleBuilder {

    private ArticleBuilder() {
    }

    public record Prepared(RawArticle article, String charset, List<String> warnings) {
    }

    /**
     * @param fileName the inbox file name, or null for HTTP
     * @param declared charset the HTTP sender declared, or null
     */
    public static Prepared build(byte[] bytes, InputFormat format, String fileName, Charset declared, Instant now)
            throws RejectedInputException {
        DecodedText decoded = TextDecoder.decode(bytes, declared);
        List<String> warnings = new ArrayList<>(decoded.warnings());
        String body = decoded.text();
        ArticleMetadata preferred = ArticleMetadata.NONE;
        switch (format) {
            case HTML -> {
                HtmlText.Extracted html = HtmlText.extract(body);
                body = html.text();
                preferred = html.metadata();
            }
            case JSON -> {
                JsonArticleInput.Parsed json = JsonArticleInput.parse(body);
                body = json.text();
                preferred = json.metadata();
                warnings.addAll(json.warnings());
            }
            case TEXT, MARKDOWN -> {
                // the text is the article
            }
        }
        // JSON and HTML carry text that was never checked for control characters by the decoder's byte view.
        String text = ArticleIds.normalize(stripControls(body));
        if (text.isEmpty()) {
            throw new RejectedInputException(RejectedInputException.Kind.EMPTY,
                    format == InputFormat.HTML ? "no article text in the HTML (only scripts, styles or navigation)"
                            : "no text: the input is empty or whitespace only");
        }
        ArticleMetadata metadata = MetadataParser.parse(text).overriddenBy(preferred);
        RawArticle article = new RawArticle(
                CloudEventTypes.SCHEMA_VERSION,
                ArticleIds.of(text),
                metadata.title(),
                text,
                metadata.published(),
                metadata.outlet(),
                metadata.byline(),
                metadata.url(),
                fileName,
                format.contentType(),
                now.toString(),
                bytes.length);
        return new Prepared(article, decoded.charset(), List.copyOf(warnings));
    }

    private static String stripControls(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean stray = TextDecoder.isStrayControl(c) && c != '\r';
            if (stray && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!stray && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
