package org.borderwatch.bench.corpus;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusGeneratorTest {

    @Test
    void sameSeedGivesTheSameCorpusAndAnotherSeedAnother() {
        List<GeneratedArticle> one = new CorpusGenerator(7).generate(300, 40);
        List<GeneratedArticle> two = new CorpusGenerator(7).generate(300, 40);
        List<GeneratedArticle> other = new CorpusGenerator(8).generate(300, 40);
        assertEquals(one, two);
        assertNotEquals(one, other);
    }

    @Test
    void articlesAreAboutFiveKilobytesOfWireStyleText() {
        List<GeneratedArticle> corpus = new CorpusGenerator(1).generate(400, 50);
        assertEquals(400, corpus.size());
        double mean = corpus.stream().mapToInt(a -> a.text().getBytes(StandardCharsets.UTF_8).length).average()
                .orElseThrow();
        assertTrue(mean > 4_500 && mean < 5_600, "mean size " + mean);
        for (GeneratedArticle a : corpus) {
            int size = a.text().length();
            assertTrue(size > 3_500 && size < 7_000, a.fileName() + " has " + size + " chars");
            assertTrue(a.text().startsWith(" date ") || a.text().startsWith("By "), a.fileName());
            assertTrue(a.text().contains("\" "), "a quote with attribution in " + a.fileName());
        }
        // many state pairs, not one
        long pairs = corpus.stream().map(a -> a.incidentId().substring(0, 5)).distinct().count();
        assertTrue(pairs >= 12, pairs + " pairs");
        assertEquals(corpus.size(), corpus.stream().map(GeneratedArticle::fileName).distinct().count());
    }

    @Test
    void incidentsOfOnePairLieFurtherApartThanTheIncidentChainingWindow() {
        List<GeneratedArticle> corpus = new CorpusGenerator(5).generate(6000, CorpusGenerator.incidentsFor(6000));
        assertEquals(750, corpus.stream().map(GeneratedArticle::incidentId).distinct().count());
        // publication days of each incident's own articles (copies keep their original's incident)
        Map<String, List<LocalDate>> days = corpus.stream().filter(a -> a.duplicateOf() == null).collect(
                Collectors.groupingBy(GeneratedArticle::incidentId, TreeMap::new,
                        Collectors.mapping(a -> published(a.text()), Collectors.toList())));
        Map<String, List<Map.Entry<String, List<LocalDate>>>> byPair = days.entrySet().stream()
                .collect(Collectors.groupingBy(e -> e.getKey().substring(0, 5)));
        int gaps = 0;
        for (List<Map.Entry<String, List<LocalDate>>> incidents : byPair.values()) {
            incidents.sort(Comparator.comparing(e -> Collections.min(e.getValue())));
            for (int i = 1; i < incidents.size(); i++) {
                LocalDate previousLast = Collections.max(incidents.get(i - 1).getValue());
                LocalDate nextFirst = Collections.min(incidents.get(i).getValue());
                long gap = ChronoUnit.DAYS.between(previousLast, nextFirst);
                // query-service chains a pair's articles into one incident when they are within 21 days
                assertTrue(gap > 21, incidents.get(i - 1).getKey() + " and " + incidents.get(i).getKey() + ": "
                        + gap + " days apart");
                gaps++;
            }
            assertTrue(Collections.max(incidents.get(incidents.size() - 1).getValue()).isBefore(LocalDate.of(2025, 1, 1)),
                    "no incident in the future");
        }
        assertTrue(gaps > 700, gaps + " gaps checked");
        assertEquals(1500, CorpusGenerator.incidentsFor(100_000));
        assertThrows(IllegalArgumentException.class, () -> new CorpusGenerator(5).generate(20_000, 2_500));
    }

    private static LocalDate published(String text) {
        if (text.startsWith(" date ")) {
            return LocalDate.parse(text.substring(6, 16));
        }
        String byline = text.substring(0, text.indexOf("\n"));
        String date = byline.substring(byline.lastIndexOf(", ", byline.lastIndexOf(", ") - 1) + 2);
        return LocalDate.parse(date, DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH));
    }

    @Test
    void aboutOneInTenIsANearDuplicateOfAnEarlierArticle() {
        List<GeneratedArticle> corpus = new CorpusGenerator(3).generate(1000, 100);
        Map<String, GeneratedArticle> byName = corpus.stream()
                .collect(Collectors.toMap(GeneratedArticle::fileName, Function.identity()));
        List<GeneratedArticle> duplicates = corpus.stream().filter(a -> a.duplicateOf() != null).toList();
        assertTrue(duplicates.size() > 60 && duplicates.size() < 140, duplicates.size() + " near-duplicates");
        for (GeneratedArticle copy : duplicates) {
            GeneratedArticle original = byName.get(copy.duplicateOf());
            assertNotNull(original);
            assertTrue(original.fileName().compareTo(copy.fileName()) < 0, "the original comes first");
            assertEquals(original.incidentId(), copy.incidentId());
            assertNotEquals(original.text(), copy.text(), "an edit, not an identical copy");
            // small edits: most of the lead paragraph survives verbatim
            String lead = java.util.Arrays.stream(original.text().split("\n\n")).filter(x -> x.length() > 200)
                    .findFirst().orElseThrow();
            String leadTail = lead.substring(lead.length() / 2);
            assertTrue(copy.text().contains(leadTail.substring(0, Math.min(80, leadTail.length())))
                            || copy.text().contains(lead.substring(0, Math.min(80, lead.length()))),
                    copy.fileName() + " keeps its original's lead");
        }
    }

    @Test
    void mainWritesTheCorpusAsFiles() throws Exception {
        Path dir = Files.createTempDirectory("corpus");
        CorpusGenerator.main(new String[] {"--articles", "25", "--incidents", "5", "--seed", "9", "--out",
                dir.toString()});
        try (var files = Files.list(dir)) {
            assertEquals(25, files.filter(p -> p.toString().endsWith(".txt")).count());
        }
        List<GeneratedArticle> expected = new CorpusGenerator(9).generate(25, 5);
        assertEquals(expected.get(0).text(), Files.readString(dir.resolve(expected.get(0).fileName())));
    }
}
