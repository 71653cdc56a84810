package org.borderwatch.query.incident;

import java.util.Comparator;
import org.borderwatch.contract.ArticleAnalysis;

/** Which of two analyses of one article wins: the higher extractor version, then the later analyzedAt. */
public final class Versions {
    private Versions() {
    }

    /** Compares dotted versions numerically where both parts are numbers ("1.10.0" > "1.9.2"). */
    public static int compareVersions(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        String[] pa = a.split("[.\\-+]");
        String[] pb = b.split("[.\\-+]");
        for (int i = 0; i < Math.max(pa.length, pb.length); i++) {
            String x = i < pa.length ? pa[i] : "0";
            String y = i < pb.length ? pb[i] : "0";
            int c;
            if (x.matches("\\d+") && y.matches("\\d+")) {
                c = new java.math.BigInteger(x).compareTo(new java.math.BigInteger(y));
            } else {
                c = x.compareTo(y);
            }
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    public static final Comparator<ArticleAnalysis> NEWER_LAST = (x, y) -> {
        int c = compareVersions(x.extractor() == null ? null : x.extractor().version(),
                y.extractor() == null ? null : y.extractor().version());
        if (c != 0) {
            return c;
        }
        String ax = x.analyzedAt() == null ? "" : x.analyzedAt();
        String ay = y.analyzedAt() == null ? "" : y.analyzedAt();
        return ax.compareTo(ay);
    };

    /** True when {@code candidate} should replace {@code current} (never for an equal or older analysis). */
    public static boolean replaces(ArticleAnalysis candidate, ArticleAnalysis current) {
        return current == null || NEWER_LAST.compare(candidate, current) > 0;
    }
}
