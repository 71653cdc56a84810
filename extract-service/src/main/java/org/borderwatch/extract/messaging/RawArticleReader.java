package org.borderwatch.extract.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.borderwatch.contract.ArticleIds;
import org.borderwatch.contract.CloudEventTypes;
import org.borderwatch.contract.RawArticle;

/**
 * Turns the bytes of an {@code articles.raw} record into a {@link RawArticle} the engine may be given, or says why
 * not ({@link PoisonMessageException}). Pure: no Kafka, no CDI, so every poison case is unit-testable.
 */
public final class RawArticleReader {
    /** Longest articleId or file name carried into a Rejection or a dead letter. */
    static final int MAX_ID_CHARS = 512;

    private final ObjectMapper mapper;
    /** Tolerates fields added to RawArticle later (the contract only grows additively). */
    private final ObjectReader articleReader;
    private final long maxTextBytes;
    private final long maxRecordBytes;

    public RawArticleReader(ObjectMapper mapper, long maxTextBytes, long maxRecordBytes) {
        this.mapper = mapper;
        this.articleReader = mapper.readerFor(RawArticle.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.maxTextBytes = maxTextBytes;
        this.maxRecordBytes = maxRecordBytes;
    }

    /**
     * @param value               the record value
     * @param schemaVersionHeader the record's {@code schemaVersion} header, or null when it has none
     */
    public RawArticle read(byte[] value, String schemaVersionHeader) {
        if (value == null || value.length == 0) {
            throw new PoisonMessageException(RejectionReason.MALFORMED, "empty record value", null, null);
        }
        if (value.length > maxRecordBytes) {
            throw new PoisonMessageException(RejectionReason.OVERSIZED, "oversized: record value of " + value.length + " bytes exceeds the limit of "
                    + maxRecordBytes, null, null);
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(value);
        } catch (IOException e) {
            throw new PoisonMessageException(RejectionReason.MALFORMED, "malformed JSON: " + firstLine(e), null, null, e);
        }
        if (tree == null || !tree.isObject()) {
            throw new PoisonMessageException(RejectionReason.MALFORMED, "malformed JSON: the value is not a JSON object", null, null);
        }
        String articleId = textOrNull(tree, "articleId");
        String fileName = textOrNull(tree, "fileName");
        if (schemaVersionHeader != null && !schemaVersionHeader.strip().equals(String.valueOf(CloudEventTypes.SCHEMA_VERSION))) {
            throw new PoisonMessageException(RejectionReason.UNKNOWN_SCHEMA, "unknown schemaVersion header '" + schemaVersionHeader + "' (this service reads "
                    + CloudEventTypes.SCHEMA_VERSION + ")", articleId, fileName);
        }
        JsonNode version = tree.get("schemaVersion");
        if (version == null || !version.canConvertToInt() || version.asInt() != CloudEventTypes.SCHEMA_VERSION) {
            throw new PoisonMessageException(RejectionReason.UNKNOWN_SCHEMA, "unknown schemaVersion " + (version == null ? "(missing)" : version.toString())
                    + " (this service reads " + CloudEventTypes.SCHEMA_VERSION + ")", articleId, fileName);
        }
        RawArticle article;
        try {
            article = articleReader.readValue(tree);
        } catch (IOException e) {
            throw new PoisonMessageException(RejectionReason.MALFORMED, "malformed RawArticle: " + firstLine(e), articleId, fileName, e);
        }
        if (article.articleId() == null || article.articleId().isBlank()) {
            throw new PoisonMessageException(RejectionReason.MISSING_FIELD, "missing articleId", null, fileName);
        }
        if (article.text() == null || article.text().isBlank()) {
            throw new PoisonMessageException(RejectionReason.MISSING_FIELD, "missing text", articleId, fileName);
        }
        long textBytes = article.text().getBytes(StandardCharsets.UTF_8).length;
        if (textBytes > maxTextBytes) {
            throw new PoisonMessageException(RejectionReason.OVERSIZED, "oversized: text of " + textBytes + " bytes exceeds the limit of " + maxTextBytes,
                    articleId, fileName);
        }
        String computed = ArticleIds.of(article.text());
        if (!computed.equals(article.articleId())) {
            throw new PoisonMessageException(RejectionReason.ID_MISMATCH, "articleId does not match the text's hash (expected " + computed + ")",
                    articleId, fileName);
        }
        return article;
    }

    /**
     * A short text field, or null: what goes into a Rejection and a dead letter must stay small whatever the record
     * holds (an articleId is 64 characters, a file name at most a few hundred).
     */
    private static String textOrNull(JsonNode tree, String field) {
        JsonNode node = tree.get(field);
        return node != null && node.isTextual() && !node.asText().isBlank() && node.asText().length() <= MAX_ID_CHARS
                ? node.asText() : null;
    }

    /** {@code value} when it is short enough to travel in a Rejection or a dead letter, else null. */
    public static String shortOrNull(String value) {
        return value == null || value.isBlank() || value.length() > MAX_ID_CHARS ? null : value;
    }

    private static String firstLine(Exception e) {
        String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
