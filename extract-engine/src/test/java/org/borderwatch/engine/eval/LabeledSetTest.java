package org.borderwatch.engine.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The labels are checked against their texts so that a typo in expected.json cannot quietly skew every score:
 * files exist, the keys are those of seeds/expected.json, dates are well formed and the published date is the one
 * the text's date line or byline gives.
 */
class LabeledSetTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DEVSET = Path.of("src/test/resources/devset");
    private static final Path SEEDS = Path.of("../seeds");
    private static final Set<String> KEYS = Set.of("file", "published", "is_border_incident", "incident", "countries",
            "event_dates", "locations", "incursions", "casualties", "troops", "appeals", "org_actions",
            "negative_facts", "ceasefire", "accusations", "statements", "demands", "threats", "notes");
    private static final Pattern DATE_LINE = Pattern.compile("^\\s*date (\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern BYLINE = Pattern.compile("^By [^\\n]+, for [^\\n]+, ([A-Z][a-z]+ \\d{1,2}, \\d{4})");

    @Test
    void devSetHasTheRequiredShape() throws Exception {
        JsonNode labels = JSON.readTree(DEVSET.resolve("expected.json").toFile());
        assertTrue(labels.size() >= 14, "at least 14 labeled articles");
        int nonIncidents = 0;
        Set<String> pairs = new HashSet<>();
        for (JsonNode label : labels) {
            String file = label.get("file").asText();
            Set<String> keys = new HashSet<>();
            label.fieldNames().forEachRemaining(keys::add);
            assertEquals(KEYS, keys, file + ": the keys of seeds/expected.json");
            String text = Files.readString(DEVSET.resolve(file));
            int words = text.trim().split("\\s+").length;
            assertTrue(words >= 250 && words <= 900, file + " has " + words + " words");
            if (!label.get("is_border_incident").asBoolean()) {
                nonIncidents++;
                assertEquals(0, label.get("casualties").size() + label.get("org_actions").size()
                        + label.get("event_dates").size(), file + ": a non-incident has no events");
            } else {
                List<String> countries = new ArrayList<>();
                label.get("countries").forEach(c -> countries.add(c.asText()));
                pairs.add(String.join("-", countries.stream().sorted().toList()));
            }
        }
        assertTrue(nonIncidents >= 2, "at least two non-incidents");
        assertTrue(pairs.size() >= 7, "state pairs: " + pairs);
        try (var files = Files.list(DEVSET)) {
            assertEquals(labels.size(), files.filter(p -> p.toString().endsWith(".txt")).count(),
                    "every article is labeled once");
        }
    }

    @Test
    void labelsAgreeWithTheirTexts() throws Exception {
        for (Path folder : List.of(SEEDS, DEVSET)) {
            for (JsonNode label : JSON.readTree(folder.resolve("expected.json").toFile())) {
                String file = label.get("file").asText();
                Path path = folder.resolve(file);
                assertTrue(Files.exists(path), path.toString());
                String text = Files.readString(path);
                assertEquals(textDate(text), label.get("published").isNull() ? null : label.get("published").asText(),
                        file + ": published must be what the date line or byline says (null without one)");
                for (JsonNode d : label.get("event_dates")) {
                    assertTrue(d.asText().matches("\\d{4}(-\\d{2}(-\\d{2})?)?"), file + ": " + d);
                }
                for (JsonNode c : label.get("countries")) {
                    assertTrue(c.asText().matches("[A-Z]{2}"), file + ": " + c);
                }
                for (JsonNode l : label.get("locations")) {
                    String name = l.get("name").asText();
                    boolean named = Fact.aliases(name).stream().anyMatch(a -> Fact.fold(text).contains(a));
                    assertTrue(named, file + ": location " + name + " is not in the text");
                }
                // the label parses into facts (unknown org actions throw)
                assertFalse(Facts.expected(label).isEmpty() && label.get("is_border_incident").asBoolean(), file);
            }
        }
    }

    private static String textDate(String text) {
        Matcher dateLine = DATE_LINE.matcher(text);
        if (dateLine.find()) {
            return dateLine.group(1);
        }
        Matcher byline = BYLINE.matcher(text);
        if (byline.find()) {
            return LocalDate.parse(byline.group(1), DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH))
                    .toString();
        }
        return null;
    }
}
