package org.borderwatch.query.incident;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.borderwatch.contract.RawArticle;
import org.junit.jupiter.api.Test;

/** The read model keeps a raw record's shingle sample and its place on the topic, not its text. */
class ReadModelTextTest {
    static final String TEXT = "Armenian and Azerbaijani troops exchanged fire near the village of Sotk on Tuesday, "
            + "the defence ministry in Yerevan said in a statement, adding that two soldiers were wounded. "
            + "Baku said its positions near Lachin had come under mortar fire overnight and that it had responded. "
            + "Russia called on both sides to show restraint and to return to the talks brokered in Moscow last year, "
            + "while the European Union said its monitors would visit the area of the clash later in the week.";

    static RawArticle raw(String ingestedAt) {
        return new RawArticle(1, "a1", "Clash", TEXT, "2021-05-12", "Wire", null, null, "a1.txt", "text/plain",
                ingestedAt, TEXT.length());
    }

    @Test
    void aRawRecordIsKeptAsItsSampleAndItsPlaceNotItsText() {
        ReadModel model = new ReadModel();
        assertTrue(model.apply(raw("2026-01-01T00:00:00Z"), new ArticleState.TextLocation(1, 7)));
        ArticleState s = model.article("a1");
        assertNull(s.raw().text());
        assertEquals("Clash", s.title());
        assertArrayEquals(NearDuplicates.sample(TEXT), s.shingles());
        assertTrue(s.shingles().length > 0);
        assertEquals(new ArticleState.TextLocation(1, 7), s.textAt());
    }

    @Test
    void theSameArticleAgainMovesItsPlaceToTheLatestRecordWithoutChangingTheModel() {
        ReadModel model = new ReadModel();
        model.apply(raw("2026-01-01T00:00:00Z"), new ArticleState.TextLocation(1, 7));
        long version = model.version();
        // Redelivered, then re-ingested later: same id, same text; compaction keeps the latest record.
        assertFalse(model.apply(raw("2026-01-01T00:00:00Z"), new ArticleState.TextLocation(1, 7)));
        assertFalse(model.apply(raw("2026-02-01T00:00:00Z"), new ArticleState.TextLocation(1, 30)));
        assertEquals(version, model.version());
        assertEquals(new ArticleState.TextLocation(1, 30), model.article("a1").textAt());
        assertEquals("2026-01-01T00:00:00Z", model.article("a1").ingestedAt()); // the first ingest still counts
        // An older record read after (a redelivery) does not move it back.
        model.apply(raw("2026-01-01T00:00:00Z"), new ArticleState.TextLocation(1, 7));
        assertEquals(new ArticleState.TextLocation(1, 30), model.article("a1").textAt());
    }
}
