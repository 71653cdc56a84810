package org.borderwatch.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

    private static String sentence(int i) {
        return "Patrol " + i + " reported shelling near the checkpoint.";
    }

    private static String nested(int levels) {
        StringBuilder html = new StringBuilder("<html><body>");
        for (int i = 1; i <= levels; i++) {
            html.append("<div><p>").append(sentence(i)).append("</p>");
        }
        return html.append("</div>".repeat(levels)).append("</body></html>").toString();
    }

    @Test
    void fiftyThousandNestedDivsAreFlattenedBelowTheDepthLimitAndLoseNoText() {
        int levels = 50_000;
        String text = HtmlText.extract(nested(levels)).text();
        // div k sits at depth k below <body>, its <p> at k + 1: the paragraphs of divs 1..255 stay paragraphs, and
        // div 256 (at the limit) becomes one paragraph holding the text of everything beneath it
        List<String> expected = new ArrayList<>();
        for (int i = 1; i < HtmlText.MAX_DEPTH; i++) {
            expected.add(sentence(i));
        }
        expected.add(IntStream.rangeClosed(HtmlText.MAX_DEPTH, levels).mapToObj(HtmlTextTest::sentence)
                .collect(Collectors.joining(" ")));
        assertEquals(String.join("\n\n", expected), text);
    }

    @Test
    void nestingUnderTheLimitKeepsOneParagraphPerBlock() {
        String text = HtmlText.extract(nested(100)).text();
        assertEquals(IntStream.rangeClosed(1, 100).mapToObj(HtmlTextTest::sentence).collect(Collectors.joining("\n\n")),
                text);
    }

    @Test
    void manyFurnitureSiblingsAreDroppedAndTheTextKept() {
        String html = "<html><body><p>Two soldiers were wounded<script>track()</script> near Sotk.</p>"
                + "<script></script>".repeat(200_000) + "<nav>Home</nav><p>The ministry blamed the other side.</p>"
                + "<footer>Copyright</footer></body></html>";
        assertEquals("Two soldiers were wounded near Sotk.\n\nThe ministry blamed the other side.",
                HtmlText.extract(html).text());
    }

    @Test
    void aBlockInsideABlockIsPartOfTheEnclosingParagraph() {
        String html = "<body><ul><li><p>Checkpoint closed.</p><p>Traffic turned back.</p></li><li>Border quiet.</li></ul>"
                + "<blockquote><p>We will respond, the ministry said.</p></blockquote></body>";
        assertEquals("Checkpoint closed. Traffic turned back.\n\nBorder quiet.\n\nWe will respond, the ministry said.",
                HtmlText.extract(html).text());
    }

    @Test
    void pageWithoutBlocksGivesItsBodyText() {
        String html = "<body><div>Shots were heard <span>at night</span> near the river.</div><aside>Ad</aside></body>";
        assertEquals("Shots were heard at night near the river.", HtmlText.extract(html).text());
    }

    @Test
    void metadataIsReadBeforeTheFurnitureGoes() {
        String html = "<html><head><title>Site | Clash</title><meta property=\"og:site_name\" content=\"Wire\">"
                + "<meta property=\"article:published_time\" content=\"2022-09-13T08:00:00Z\"></head>"
                + "<body><header><h1>Clash at the border</h1></header><p>Two posts were shelled.</p></body></html>";
        HtmlText.Extracted e = HtmlText.extract(html);
        assertEquals("Clash at the border", e.metadata().title());
        assertEquals("2022-09-13", e.metadata().published());
        assertEquals("Wire", e.metadata().outlet());
        assertEquals("Two posts were shelled.", e.text());
    }
}
