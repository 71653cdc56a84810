package org.borderwatch.ingest.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * HTML to article text: page furniture (scripts, styles, navigation, header/footer, forms) is dropped, each block
 * (heading, paragraph, list item, quote) becomes one paragraph separated by a blank line. Metadata comes from the
 * usual meta tags and the first {@code <h1>}.
 *
 * <p>Linear in the size of the page, whatever its shape: one walk of the tree finds the outermost blocks (a block
 * inside a block is part of the enclosing one's text), and each node's text is read once. Nesting deeper than
 * {@link #MAX_DEPTH} elements below {@code <body>} is flattened, not rejected: the element at that depth becomes one
 * paragraph holding all the text beneath it, so nothing is lost and no page costs more than one more pass. (Asking
 * every block for its block ancestors cost depth x depth, with a selector parsed at every step: 50,000 nested
 * {@code <div><p>} held a worker for minutes.)
 */
public final class HtmlText {
    /** Elements below {@code <body>} deeper than this are not split into paragraphs of their own. */
    static final int MAX_DEPTH = 256;

    private static final String FURNITURE = "script, style, noscript, template, nav, footer, header, aside, form, iframe, svg";
    private static final Set<String> BLOCKS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre",
            "figcaption", "td", "dt", "dd");

    private HtmlText() {
    }

    public record Extracted(String text, ArticleMetadata metadata) {
    }

    public static Extracted extract(String html) {
        Document doc = Jsoup.parse(html);
        Element h1 = doc.selectFirst("h1");
        ArticleMetadata meta = new ArticleMetadata(
                firstNonBlank(meta(doc, "og:title"), h1 != null ? h1.text() : null, doc.title()),
                publishedFrom(doc),
                meta(doc, "og:site_name"),
                meta(doc, "author"),
                firstNonBlank(meta(doc, "og:url"), attr(doc, "link[rel=canonical]", "href")));
        for (Element furniture : doc.select(FURNITURE)) {
            // replaced by an empty text node, not removed: remove() renumbers every later sibling, which made a
            // page of 200,000 empty <script> siblings take 45 s; a replacement is one slot of the parent's list
            if (furniture.parent() != null) {
                furniture.replaceWith(new TextNode(""));
            }
        }
        Element body = doc.body();
        List<String> paragraphs = new ArrayList<>();
        if (body != null) {
            NodeTraversor.filter(new OutermostBlocks(body, paragraphs), body);
            if (paragraphs.isEmpty()) {
                String all = body.text().strip();
                if (!all.isEmpty()) {
                    paragraphs.add(all);
                }
            }
        }
        return new Extracted(String.join("\n\n", paragraphs), meta);
    }

    /** Collects the text of each outermost block (or element at {@link #MAX_DEPTH}) and skips what lies beneath. */
    private static final class OutermostBlocks implements NodeFilter {
        private final Element body;
        private final List<String> paragraphs;

        OutermostBlocks(Element body, List<String> paragraphs) {
            this.body = body;
            this.paragraphs = paragraphs;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node == body || !(node instanceof Element element)) {
                return FilterResult.CONTINUE;
            }
            if (!BLOCKS.contains(element.normalName()) && depth < MAX_DEPTH) {
                return FilterResult.CONTINUE;
            }
            String text = element.text().strip();
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
            return FilterResult.SKIP_ENTIRELY; // its text, nested blocks included, is in the paragraph already
        }
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
