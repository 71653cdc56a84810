package org.borderwatch.bench.corpus;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
