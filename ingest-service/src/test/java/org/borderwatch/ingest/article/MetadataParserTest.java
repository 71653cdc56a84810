package org.borderwatch.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.borderwatch.contract.ArticleIds;
import org.borderwatch.contract.RawArticle;
import org.borderwatch.ingest.testing.Seeds;
import org.junit.jupiter.api.Test;

class MetadataParserTest {
    private static final Instant NOW = Instant.parse("2026-11-23T00:00:00Z");

    private static RawArticle build(byte[] bytes, InputFormat format) throws RejectedInputException {
        return ArticleBuilder.build(bytes, format, "x", null, NOW).article();
    }

    @Test
    void seed000DateLineGluedToFirstSentence() throws Exception {
        RawArticle a = build(Seeds.bytes("000"), InputFormat.TEXT);
        assertEquals("2021-05-13", a.published());
        assertNull(a.title(), "the first line is a long sentence, not a headline");
        assertTrue(a.text().startsWith("date 2021-05-13 Azerbaijani forces"), "the date line stays in the text");
        assertEquals(ArticleIds.normalize(Seeds.text("000")), a.text());
        assertEquals(ArticleIds.of(Seeds.text("000")), a.articleId());
    }

    @Test
    void seed001HeadlineLine() throws Exception {
        RawArticle a = build(Seeds.bytes("001"), InputFormat.TEXT);
        assertEquals("CSTO Rejects Yerevan’s Appeal for Help in Armenia Border Breach by Azerbaijan", a.title());
        assertNull(a.published());
        assertTrue(a.text().startsWith(a.title()), "the headline stays in the text");
    }

    @Test
    void seed003Byline() throws Exception {
        RawArticle a = build(Seeds.bytes("003"), InputFormat.TEXT);
        assertEquals("Anthony Marcus", a.byline());
        assertEquals("Eurasia Business News", a.outlet());
        assertEquals("2022-09-13", a.published());
        assertNull(a.title(), "a byline is not a headline");
        assertTrue(a.text().startsWith("By Anthony Marcus, for Eurasia Business News, September 13, 2022"));
    }

    @Test
    void seedsWithoutMetadataGetNone() throws Exception {
        for (String seed : new String[] {"002", "004"}) {
            RawArticle a = build(Seeds.bytes(seed), InputFormat.TEXT);
            assertNull(a.title(), seed);
            assertNull(a.published(), seed);
            assertNull(a.byline(), seed);
        }
    }

    @Test
    void jsonFieldsOverrideWhatTheTextSays() throws Exception {
        String json = """
                {"title": "JSON title", "text": "By Jane Roe, for Daily Wire, May 1, 2020\\n\\nBody text here.",
                 "published": "2021-06-01", "outlet": "JSON Outlet", "url": "https://example.org/a"}
                """;
        RawArticle a = build(json.getBytes(StandardCharsets.UTF_8), InputFormat.JSON);
        assertEquals("JSON title", a.title());
        assertEquals("2021-06-01", a.published());
        assertEquals("JSON Outlet", a.outlet());
        assertEquals("Jane Roe", a.byline(), "the byline still comes from the text");
        assertEquals("https://example.org/a", a.url());
        assertEquals("By Jane Roe, for Daily Wire, May 1, 2020\n\nBody text here.", a.text());
        assertEquals("application/json", a.contentType());
    }

    @Test
    void jsonWithoutOverridesUsesTheText() throws Exception {
        RawArticle a = build("{\"text\": \" date 2022-09-13 Troops moved.\\nMore.\"}".getBytes(StandardCharsets.UTF_8),
                InputFormat.JSON);
        assertEquals("2022-09-13", a.published());
    }

    @Test
    void htmlDropsFurnitureAndKeepsParagraphs() throws Exception {
        String html = """
                <html><head><title>Site | Border clash</title><style>p{color:red}</style>
                <meta property="article:published_time" content="2022-09-14T08:00:00Z">
                <meta property="og:site_name" content="Caucasus Daily">
                <script>var tracking = "alert(1)";</script></head>
                <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
                <header>Site banner</header>
                <article><h1>Border clash near Jermuk</h1>
                <p>Shelling began at night.</p><p>Two soldiers were <b>wounded</b>.</p></article>
                <footer>Copyright 2022</footer><script>console.log('x')</script></body></html>
                """;
        RawArticle a = build(html.getBytes(StandardCharsets.UTF_8), InputFormat.HTML);
        assertEquals("Border clash near Jermuk\n\nShelling began at night.\n\nTwo soldiers were wounded.", a.text());
        assertEquals("Border clash near Jermuk", a.title());
        assertEquals("2022-09-14", a.published());
        assertEquals("Caucasus Daily", a.outlet());
    }

    @Test
    void markdownHeadingIsTheTitle() throws Exception {
        RawArticle a = build("# Ceasefire agreed\n\nThe sides agreed on a ceasefire.".getBytes(StandardCharsets.UTF_8),
                InputFormat.MARKDOWN);
        assertEquals("Ceasefire agreed", a.title());
        assertEquals("text/markdown", a.contentType());
    }

    @Test
    void bylineVariants() {
        var b = MetadataParser.parseByline("By John Smith, Reuters, 2021-05-13").orElseThrow();
        assertEquals("John Smith", b.author());
        assertEquals("Reuters", b.outlet());
        assertEquals("2021-05-13", b.published());
        var c = MetadataParser.parseByline("By Anna Petrova").orElseThrow();
        assertEquals("Anna Petrova", c.author());
        assertNull(c.outlet());
        assertNull(c.published());
        var d = MetadataParser.parseByline("By Anna Petrova, 3 June 2021").orElseThrow();
        assertEquals("2021-06-03", d.published());
        assertTrue(MetadataParser.parseByline("By the end of the day the troops had left their positions.").isEmpty());
    }

    @Test
    void invalidDateLineGivesNoDate() {
        assertNull(MetadataParser.parse(" date 2021-02-30 Something happened.\nMore.").published());
    }

    @Test
    void singleLineTextHasNoTitle() {
        assertNull(MetadataParser.parse("Only a line without period").title());
    }
}
