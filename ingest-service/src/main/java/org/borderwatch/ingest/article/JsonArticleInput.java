package org.borderwatch.ingest.article;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The JSON input {@code {title, text, published, outlet, url}}: {@code text} is required and must be a string,
 * the others must be strings (or null) when present; unknown fields are ignored with a warning. Nesting is
 * limited so that a hostile document cannot exhaust the stack.
 */
public final class JsonArticleInput {
    static final int MAX_NESTING = 32;
    private static final Set<String> FIELDS = Set.of("title", "text", "published", "outlet", "url", "byline");
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
            .build());

    private JsonArticleInput() {
    }

    public record Parsed(String text, ArticleMetadata metadata, List<String> warnings) {
    }

    public static Parsed parse(String json) throws RejectedInputException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (StreamConstraintsException e) {
            throw new RejectedInputException(RejectedInputException.Kind.UNPROCESSABLE,
                    "JSON nested deeper than " + MAX_NESTING + " levels");
        } catch (JsonProcessingException e) {
            throw new RejectedInputException(RejectedInputException.Kind.MALFORMED,
                    "malformed JSON at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
                            + ": " + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw new RejectedInputException(RejectedInputException.Kind.EMPTY, "no JSON value in the input");
        }
        if (!root.isObject()) {
            throw new RejectedInputException(RejectedInputException.Kind.UNPROCESSABLE,
                    "JSON must be an object {title, text, published, outlet, url}, not " + kind(root));
        }
        JsonNode text = root.get("text");
        if (text == null || text.isNull()) {
            throw new RejectedInputException(RejectedInputException.Kind.UNPROCESSABLE,
                    "JSON has no \"text\" field: an article needs its text");
        }
        String textValue = string(root, "text");
        if (textValue.isBlank()) {
            throw new RejectedInputException(RejectedInputException.Kind.EMPTY, "JSON \"text\" is empty");
        }
        String published = string(root, "published");
        if (published != null && !published.isBlank()) {
            published = publishedDate(published.strip());
        }
        List<String> warnings = new ArrayList<>();
        for (Iterator<String> names = root.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                warnings.add("ignored unknown JSON field \"" + name + "\"");
            }
        }
        ArticleMetadata metadata = new ArticleMetadata(string(root, "title"), published, string(root, "outlet"),
                string(root, "byline"), string(root, "url"));
        return new Parsed(textValue, metadata, List.copyOf(warnings));
    }

    /** {@code YYYY-MM-DD}, {@code YYYY-MM}, {@code YYYY}, or an ISO timestamp whose date part is taken. */
    private static String publishedDate(String value) throws RejectedInputException {
        if (value.matches("\\d{4}(-\\d{2})?")) {
            return value;
        }
        if (value.length() >= 10) {
            var date = MetadataParser.isoDate(value.substring(0, 10));
            if (date.isPresent() && (value.length() == 10 || value.charAt(10) == 'T' || value.charAt(10) == ' ')) {
                return date.get();
            }
        }
        throw new RejectedInputException(RejectedInputException.Kind.UNPROCESSABLE,
                "JSON \"published\" must be a date YYYY-MM-DD (or YYYY-MM, YYYY), not \"" + abbreviate(value) + "\"");
    }

    private static String string(JsonNode root, String field) throws RejectedInputException {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new RejectedInputException(RejectedInputException.Kind.UNPROCESSABLE,
                    "JSON field \"" + field + "\" must be a string, not " + kind(node));
        }
        return node.asText();
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case STRING -> "a string";
            default -> node.getNodeType().name().toLowerCase();
        };
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
