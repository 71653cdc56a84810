package org.borderwatch.systemtest.faults;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.borderwatch.contract.ArticleIds;

/**
 * A deterministic load of small, distinct border-incident reports: each has the date line, two states, a place on
 * their border and figures, and a serial number that makes its text (so its articleId) unique. Small on purpose:
 * the faults suite tests delivery, not extraction, and 10,000 of them must pass on a 2-core machine in minutes.
 */
final class SmallCorpus {
    record Article(String fileName, String text, String id) {
    }

    private record Pair(String a, String adjA, String b, String adjB, String[] places) {
    }

    private static final Pair[] PAIRS = {
        new Pair("Armenia", "Armenian", "Azerbaijan", "Azerbaijani", new String[] {"Sotk", "Jermuk", "Vardenis"}),
        new Pair("India", "Indian", "China", "Chinese", new String[] {"Galwan", "Tawang", "Pangong"}),
        new Pair("Kyrgyzstan", "Kyrgyz", "Tajikistan", "Tajik", new String[] {"Batken", "Isfara", "Vorukh"}),
        new Pair("Thailand", "Thai", "Cambodia", "Cambodian", new String[] {"Preah Vihear", "Surin", "Oddar Meanchey"}),
        new Pair("Ethiopia", "Ethiopian", "Sudan", "Sudanese", new String[] {"Al Fashaga", "Gallabat", "Metemma"}),
        new Pair("Pakistan", "Pakistani", "Afghanistan", "Afghan", new String[] {"Torkham", "Chaman", "Kurram"}),
        new Pair("Eritrea", "Eritrean", "Djibouti", "Djiboutian", new String[] {"Ras Doumeira", "Moulhoule"}),
        new Pair("Peru", "Peruvian", "Ecuador", "Ecuadorian", new String[] {"Cenepa", "Tiwinza"}),
    };
    private static final String[] VERBS = {"shelled", "fired on", "attacked", "crossed into", "struck"};
    private static final String[] UNITS = {"soldiers", "border guards", "civilians", "police officers"};

    private SmallCorpus() {
    }

    /** {@code n} articles, the same for the same {@code seed}; ids are checked to be distinct. */
    static List<Article> generate(int n, long seed) {
        Random random = new Random(seed);
        Map<String, Article> byId = new LinkedHashMap<>();
        LocalDate start = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < n; i++) {
            Pair pair = PAIRS[i % PAIRS.length];
            boolean aAccuses = random.nextBoolean();
            String accuser = aAccuses ? pair.a : pair.b;
            String accused = aAccuses ? pair.b : pair.a;
            String accusedAdj = aAccuses ? pair.adjB : pair.adjA;
            String place = pair.places[random.nextInt(pair.places.length)];
            LocalDate date = start.plusDays(random.nextInt(2000));
            int killed = 1 + random.nextInt(40);
            int wounded = random.nextInt(60);
            String unit = UNITS[random.nextInt(UNITS.length)];
            String verb = VERBS[random.nextInt(VERBS.length)];
            String text = accused + " forces " + verb + " positions near " + place + " (report " + i + ")\n"
                    + " date " + date + "\n\n"
                    + accusedAdj + " troops " + verb + " positions near " + place + " on the border between "
                    + pair.a + " and " + pair.b + ", the defence ministry of " + accuser + " said. " + killed + " "
                    + unit + " were killed and " + wounded + " wounded in the clashes, according to the ministry. "
                    + accused + " denied the claim and accused " + accuser + " of provoking the fighting.\n\n"
                    + "Dispatch " + i + "-" + Long.toHexString(random.nextLong()) + ".\n";
            String id = ArticleIds.of(text);
            Article article = new Article(String.format("fault-%05d.txt", i), text, id);
            if (byId.put(id, article) != null) {
                throw new IllegalStateException("generator produced the same text twice at " + i);
            }
        }
        return new ArrayList<>(byId.values());
    }
}
