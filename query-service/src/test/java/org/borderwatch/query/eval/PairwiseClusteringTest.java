package org.borderwatch.query.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PairwiseClusteringTest {

    @Test
    void identicalGroupingsScoreOne() {
        Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "y", "d", "y");
        PairwiseClustering score = PairwiseClustering.of(gold, Map.of("a", "1", "b", "1", "c", "2", "d", "2"));
        assertEquals(new PairwiseClustering(2, 0, 0), score);
        assertEquals(1.0, score.f1());
    }

    @Test
    void mergingTwoIncidentsCostsFalsePositivesAndSplittingCostsFalseNegatives() {
        Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "y");
        // all three in one incident: a-b right, a-c and b-c wrong
        assertEquals(new PairwiseClustering(1, 2, 0),
                PairwiseClustering.of(gold, Map.of("a", "1", "b", "1", "c", "1")));
        // a and b apart: the one positive pair is missed
        assertEquals(new PairwiseClustering(0, 0, 1),
                PairwiseClustering.of(gold, Map.of("a", "1", "b", "2", "c", "3")));
    }

    @Test
    void articlesInNoIncidentAreSingletonsOnBothSides() {
        Map<String, String> gold = new HashMap<>();
        gold.put("a", "x");
        gold.put("b", "x");
        gold.put("neg1", null);
        gold.put("neg2", null);
        Map<String, String> predicted = new HashMap<>();
        predicted.put("a", "1");
        predicted.put("b", "1");
        // the two negatives left out of every incident: not a pair of either side
        PairwiseClustering score = PairwiseClustering.of(gold, predicted);
        assertEquals(new PairwiseClustering(1, 0, 0), score);
        // a negative put into the incident: two false pairs
        predicted.put("neg1", "1");
        assertEquals(new PairwiseClustering(1, 2, 0), PairwiseClustering.of(gold, predicted));
        assertTrue(PairwiseClustering.of(Map.of("a", "x"), Map.of()).f1() != PairwiseClustering.of(Map.of("a", "x"), Map.of()).f1(),
                "no pair on either side: undefined (NaN)");
    }
}
