package org.borderwatch.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.borderwatch.contract.ArticleAnalysis;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.EventType;
import org.borderwatch.contract.Extractor;
import org.junit.jupiter.api.Test;

class AnalysisBoundsTest {
    private static final AnalysisBounds BOUNDS = new AnalysisBounds(3, 10, 2);

    @Test
    void anAnalysisWithinTheBoundsIsLeftAsItIs() {
        ArticleAnalysis analysis = analysis(List.of(record("r1", "Short one.", 0), record("r2", "Another.", 11)));
        assertSame(analysis, BOUNDS.apply(analysis));
    }

    @Test
    void theFirstRecordsAreKeptAndTheCutIsSaid() {
        List<EventRecord> records = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            records.add(record("r" + i, "Sentence.", i * 10));
        }
        ArticleAnalysis bounded = BOUNDS.apply(analysis(records));
        assertEquals(List.of("r0", "r1", "r2"), bounded.events().stream().map(EventRecord::id).toList());
        assertEquals(List.of("earlier warning", "event records cut: 5 found, the first 3 kept"), bounded.warnings());
    }

    @Test
    void aLongEvidenceSentenceIsCutAndItsOffsetsStillPointIntoTheText() {
        String text = "Intro. Troops shelled the village and more and more.";
        int start = text.indexOf("Troops");
        EventRecord longOne = record("r1", text.substring(start), start);
        ArticleAnalysis bounded = BOUNDS.apply(analysis(List.of(longOne)));
        EventRecord.Evidence evidence = bounded.events().get(0).evidence();
        assertEquals("Troops she", evidence.sentence());
        assertEquals(text.substring(evidence.start(), evidence.end()), evidence.sentence());
        assertTrue(bounded.warnings().get(1).startsWith("evidence, quote or lists cut"), bounded.warnings().toString());
    }

    @Test
    void listsAreCutToTheirBound() {
        EventRecord many = new EventRecord("r1", EventType.ATTACK, null, null, null, false, null, null, null,
                List.of(actor("a"), actor("b"), actor("c")), null, List.of("w1", "w2", "w3"),
                List.of(), null, null, new EventRecord.Evidence("Short.", 0, 6), 0.5, false, null, "1", null);
        EventRecord bounded = BOUNDS.apply(analysis(List.of(many))).events().get(0);
        assertEquals(2, bounded.actors().size());
        assertEquals(List.of("w1", "w2"), bounded.weapons());
    }

    private static EventRecord.Actor actor(String name) {
        return new EventRecord.Actor("initiator", name, "state", null, null);
    }

    private static EventRecord record(String id, String sentence, int start) {
        return new EventRecord(id, EventType.ATTACK, null, null, null, false, null, null, null, List.of(), null, List.of(),
                List.of(), null, null, new EventRecord.Evidence(sentence, start, start + sentence.length()), 0.5, false,
                null, "1", null);
    }

    private static ArticleAnalysis analysis(List<EventRecord> records) {
        return new ArticleAnalysis(1, "id", new Extractor("borderwatch", "1"), null, null, true, List.of("AM"), records,
                List.of("earlier warning"), null, null, null, null);
    }
}
