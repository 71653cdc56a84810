package org.borderwatch.extract.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.borderwatch.contract.ArticleIds;
import org.borderwatch.contract.RawArticle;
import org.junit.jupiter.api.Test;

class RawArticleReaderTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final RawArticleReader reader = new RawArticleReader(JSON, 1000, 4000);

    private static ObjectNode valid(String text) {
        ObjectNode node = JSON.createObjectNode();
        node.put("schemaVersion", 1);
        node.put("articleId", ArticleIds.of(text));
        node.put("text", text);
        node.put("fileName", "a.txt");
        node.put("published", "2021-05-13");
        return node;
    }

    private static byte[] bytes(Object node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String reason(byte[] value, String header) {
        return assertThrows(PoisonMessageException.class, () -> reader.read(value, header)).getMessage();
    }

    @Test
    void aValidRecordIsRead() {
        RawArticle article = reader.read(bytes(valid("Troops crossed the border.")), "1");
        assertEquals(ArticleIds.of("Troops crossed the border."), article.articleId());
        assertEquals("2021-05-13", article.published());
        assertEquals(article, reader.read(bytes(valid("Troops crossed the border.")), null), "the header is optional");
    }

    @Test
    void fieldsAddedLaterAreIgnored() {
        ObjectNode node = valid("text");
        node.put("aFieldFromTheFuture", true);
        assertEquals("text", reader.read(bytes(node), "1").text());
    }

    @Test
    void malformedJson() {
        assertTrue(reason("{\"articleId\":".getBytes(StandardCharsets.UTF_8), "1").startsWith("malformed JSON"));
        assertTrue(reason("[1,2]".getBytes(StandardCharsets.UTF_8), "1").startsWith("malformed JSON"));
        assertTrue(reason(new byte[0], "1").startsWith("empty"));
        ObjectNode wrongType = valid("text");
        wrongType.putArray("title").add(1);
        assertTrue(reason(bytes(wrongType), "1").startsWith("malformed RawArticle"));
    }

    @Test
    void unknownSchemaVersionInHeaderOrValue() {
        assertTrue(reason(bytes(valid("text")), "2").startsWith("unknown schemaVersion header"));
        ObjectNode v2 = valid("text");
        v2.put("schemaVersion", 2);
        assertTrue(reason(bytes(v2), null).startsWith("unknown schemaVersion 2"));
        ObjectNode none = valid("text");
        none.remove("schemaVersion");
        assertTrue(reason(bytes(none), "1").contains("(missing)"));
    }

    @Test
    void oversizedRecordOrText() {
        assertTrue(reason(new byte[4001], "1").startsWith("oversized: record value"));
        String big = "x".repeat(1001);
        assertTrue(reason(bytes(valid(big)), "1").startsWith("oversized: text of 1001 bytes"));
    }

    @Test
    void missingArticleIdOrText() {
        ObjectNode noId = valid("text");
        noId.remove("articleId");
        PoisonMessageException e = assertThrows(PoisonMessageException.class, () -> reader.read(bytes(noId), "1"));
        assertEquals("missing articleId", e.getMessage());
        assertEquals("a.txt", e.fileName());
        ObjectNode noText = valid("text");
        noText.remove("text");
        assertEquals("missing text", reason(bytes(noText), "1"));
        noText.put("text", "   ");
        assertEquals("missing text", reason(bytes(noText), "1"));
    }

    @Test
    void articleIdMustBeTheTextsHash() {
        ObjectNode tampered = valid("text");
        tampered.put("text", "another text");
        PoisonMessageException e = assertThrows(PoisonMessageException.class, () -> reader.read(bytes(tampered), "1"));
        assertTrue(e.getMessage().startsWith("articleId does not match the text's hash"));
        assertEquals(ArticleIds.of("text"), e.articleId());
    }
}
