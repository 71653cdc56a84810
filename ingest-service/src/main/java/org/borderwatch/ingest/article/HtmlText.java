package org.borderwatch.ingest.article;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * HTML to article text: page furniture (scripts, styles, navigation, header/footer, forms) is dropped, each block
 * (heading, paragraph, list item, quote) becomes one paragraph separated by a blank line. Metadata comes from the
 * usual meta tags and the first {@code <h1>}.
 */
public final class HtmlText {
    private static final String FURNITURE = "script, style, noscript, template, nav, footer, header, aside, form, iframe, svg";
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, td, dt, dd";

    private HtmlText() {
    }

    public record Extracted(String text, ArticleMetadata metadata) {
    }

    public static Extracted extract(String html) {
        Document doc = Jsoup.parse(html);
        ArticleMetadata meta = new ArticleMetadata(
                firstNonBlank(meta(doc, "og:title"), doc.selectFirst("h1") != null ? doc.selectFirst("h1").text() : null,
                        doc.title()),
                publishedFrom(doc),
                meta(doc, "og:site_name"),
                meta(doc, "author"),
                firstNonBlank(meta(doc, "og:url"), attr(doc, "link[rel=canonical]", "href")));
        doc.select(FURNITURE).remove();
        Element body = doc.body();
        List<String> paragraphs = new ArrayList<>();
        if (body != null) {
            Elements blocks = body.select(BLOCKS);
            for (Element block : blocks) {
                if (hasBlockAncestor(block, body)) {
                    continue; // its text is part of the enclosing block already
                }
                String text = block.text().strip();
                if (!text.isEmpty()) {
                    paragraphs.add(text);
                }
            }
            if (paragraphs.isEmpty() && !body.text().isBlank()) {
                paragraphs.add(body.text().strip());
            }
        }
        return new Extracted(String.join("\n\n", paragraphs), meta);
    }

    private static boolean hasBlockAncestor(Element block, Element body) {
        for (Element parent = block.parent(); parent != null && parent != body; parent = parent.parent()) {
            if (parent.is(BLOCKS)) {
                return true;
            }
        }
        return false;
    }

    private static String publishedFrom(Document doc) {
        String raw = firstNonBlank(meta(doc, "article:published_time"), meta(doc, "date"),
                attr(doc, "time[datetime]", "datetime"));
        if (raw == null || raw.length() < 10) {
            return null;
        }
        return MetadataParser.isoDate(raw.substring(0, 10)).orElse(null);
    }

    private static String meta(Document doc, String name) {
        Element el = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return el == null ? null : el.attr("content");
    }

    private static String attr(Document doc, String selector, String attribute) {
        Element el = doc.selectFirst(selector);
        return el == null ? null : el.attr(attribute);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
