package org.borderwatch.query.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Pairwise clustering agreement, the usual score of grouping: every pair of articles is a positive when the labels
 * put both in one incident. A pair the system also puts together is a true positive, one only the system puts
 * together a false positive, one only the labels put together a false negative. An article in no incident (a
 * negative, or one the system left out) is a cluster of its own, so it adds no positive pair.
 */
public record PairwiseClustering(int truePositives, int falsePositives, int falseNegatives) {

    /**
     * @param gold      article -> labeled incident (null: in none)
     * @param predicted article -> the incident the system gave it (null or absent: in none)
     */
    public static PairwiseClustering of(Map<String, String> gold, Map<String, String> predicted) {
        List<String> articles = new ArrayList<>(gold.keySet());
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < articles.size(); i++) {
            for (int j = i + 1; j < articles.size(); j++) {
                boolean together = sameCluster(gold.get(articles.get(i)), gold.get(articles.get(j)));
                boolean grouped = sameCluster(predicted.get(articles.get(i)), predicted.get(articles.get(j)));
                if (together && grouped) {
                    tp++;
                } else if (grouped) {
                    fp++;
                } else if (together) {
                    fn++;
                }
            }
        }
        return new PairwiseClustering(tp, fp, fn);
    }

    private static boolean sameCluster(String a, String b) {
        return a != null && Objects.equals(a, b);
    }

    public double precision() {
        return truePositives + falsePositives == 0 ? Double.NaN
                : (double) truePositives / (truePositives + falsePositives);
    }

    public double recall() {
        return truePositives + falseNegatives == 0 ? Double.NaN
                : (double) truePositives / (truePositives + falseNegatives);
    }

    /** 2TP / (2TP + FP + FN); NaN when there is no pair on either side. */
    public double f1() {
        int denominator = 2 * truePositives + falsePositives + falseNegatives;
        return denominator == 0 ? Double.NaN : 2.0 * truePositives / denominator;
    }
}
