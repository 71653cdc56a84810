package org.borderwatch.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.borderwatch.engine.text.Sentence;
import org.borderwatch.engine.text.Sentences;
import org.junit.jupiter.api.Test;

/** Sentence splitting with exact offsets, abbreviations, initials and quotes; boilerplate dropped. */
class SentencesTest {

    @Test
    void offsetsAreExact() {
        String text = " date 2021-05-13 Azerbaijani troops crossed the border.  Two soldiers died!\n\n“We will respond,” "
                + "he said. Is this the end?";
        List<Sentence> ss = Sentences.split(text);
        assertFalse(ss.isEmpty());
        for (Sentence s : ss) {
            assertEquals(text.substring(s.start(), s.end()), s.text());
            assertEquals(s.text(), s.text().strip());
        }
        assertTrue(texts(ss).contains("Two soldiers died!"));
        assertTrue(texts(ss).contains("Is this the end?"));
    }

    @Test
    void abbreviationsAndInitialsDoNotEndASentence() {
        List<String> ss = texts(Sentences.split("Gen. Anatoly Sidorov met Mr. J. Smith of the U.S. delegation on "
                + "Monday. They spoke for an hour."));
        assertEquals(List.of("Gen. Anatoly Sidorov met Mr. J. Smith of the U.S. delegation on Monday.",
                "They spoke for an hour."), ss);
    }

    @Test
    void aClosingQuoteStaysWithItsSentence() {
        List<String> ss = texts(Sentences.split("“There are no casualties.” The ministry said so."));
        assertEquals("“There are no casualties.”", ss.get(0));
        assertEquals("The ministry said so.", ss.get(1));
    }

    @Test
    void boilerplateIsDropped() {
        String text = "Two soldiers were killed on the border.\n\nThank you for being among our readers.\n"
                + "Sign up for our newsletter\n[ad_1]\n© Copyright 2022 The Outlet\n"
                + "The ministry said the talks would continue.\n\nTop stories\nOil prices rise\nA new cabinet is sworn in";
        List<String> ss = texts(Sentences.split(text));
        assertEquals(List.of("Two soldiers were killed on the border.", "The ministry said the talks would continue."),
                ss);
    }

    @Test
    void aSentenceWrappedOverLinesIsOneSentence() {
        String text = "Border guards of both states exchanged fire near the crossing in\n\nthe northern district on"
                + " Monday.\nThe ministry said the guards at the crossing answered the fire of the other side and\n"
                + "Nobody was hurt.\n\nA headline without a full stop\n\nThe next story begins here.";
        List<String> ss = texts(Sentences.split(text));
        assertEquals("Border guards of both states exchanged fire near the crossing in\n\nthe northern district on"
                + " Monday.", ss.get(0));
        assertTrue(ss.get(1).startsWith("The ministry said") && ss.get(1).endsWith("Nobody was hurt."), ss.get(1));
        assertEquals("A headline without a full stop", ss.get(2), "a short line is a heading, not a wrapped line");
    }

    @Test
    void aHardWrappedPageJoinsItsLinesUntilASentenceEnds() {
        StringBuilder text = new StringBuilder("OUTPOST TOWN, Mar 3 (Agency): Soldiers of the two states are said to have\n\n"
                + "exchanged gunfire at the main crossing of the northern border on Tuesday, officials\n\n"
                + "Reported, adding that nobody was hurt in the exchange that lasted an hour or more.\n\n");
        for (int i = 0; i < 8; i++) {
            text.append("Traders waiting at the crossing said the queues of lorries grew longer each hour while\n\n");
        }
        text.append("the gate stayed closed.");
        List<String> ss = texts(Sentences.split(text.toString()));
        assertTrue(ss.get(0).endsWith("gunfire at the main crossing of the northern border on Tuesday, officials\n\n"
                + "Reported, adding that nobody was hurt in the exchange that lasted an hour or more."), ss.get(0));
    }

    @Test
    void paragraphsAreCounted() {
        List<Sentence> ss = Sentences.split("One thing happened. Then another.\n\nA new paragraph began.");
        assertEquals(ss.get(0).paragraph(), ss.get(1).paragraph());
        assertTrue(ss.get(2).paragraph() > ss.get(1).paragraph());
    }

    private static List<String> texts(List<Sentence> ss) {
        return ss.stream().map(Sentence::text).toList();
    }
}
