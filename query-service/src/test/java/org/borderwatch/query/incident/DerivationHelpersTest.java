package org.borderwatch.query.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.borderwatch.contract.RawArticle;
import org.junit.jupiter.api.Test;

/** The shortcuts of the derivation's hot paths give what the plain forms they replace give. */
class DerivationHelpersTest {

    private static ArticleState state(String id, String ingestedAt, String text) {
        RawArticle raw = new RawArticle(1, id, id, text, null, null, null, null, id + ".txt", "text/plain", ingestedAt,
                text.length());
        return new ArticleState(id, raw, null, null);
    }

    @Test
    void theSortKeyComparatorOrdersAsTheSortKeys() {
        Random random = new Random(7);
        List<ArticleState> states = new ArrayList<>();
        String[] times = {null, "2026-11-23T07:03:25Z", "2026-11-23T07:03:25.29Z", "2026-11-23T07:03:25.290869091Z",
            "2026-11-23T07:03:25.2", "2026-11-23T07:03:25", "9999", "999", "2026-11-22T23:59:59.999Z"};
        for (int i = 0; i < 300; i++) {
            String id = Integer.toHexString(random.nextInt(1 << 12)) + (random.nextBoolean() ? "|x" : "");
            states.add(state(id, times[random.nextInt(times.length)], "text"));
        }
        List<ArticleState> byKeys = new ArrayList<>(states);
        byKeys.sort(Comparator.comparing(ArticleState::sortKey));
        List<ArticleState> byComparator = new ArrayList<>(states);
        byComparator.sort(ArticleState.BY_SORT_KEY);
        assertEquals(byKeys.stream().map(ArticleState::sortKey).toList(),
                byComparator.stream().map(ArticleState::sortKey).toList());
        for (ArticleState a : states.subList(0, 60)) {
            for (ArticleState b : states.subList(0, 60)) {
                assertEquals(Integer.signum(a.sortKey().compareTo(b.sortKey())),
                        Integer.signum(ArticleState.BY_SORT_KEY.compare(a, b)), a.sortKey() + " vs " + b.sortKey());
            }
        }
    }

    @Test
    void datesAreReadAsTheParserReadsThem() {
        for (String d : List.of("2021-05-12", "2020-02-29", "2021-02-29", "2021-13-01", "2021-00-10", "0000-01-01",
                "2021-5-12x", "2021/05/12", "20210512xx", "2021-05", "2021-13", "2021-00", "+2021-05", "abcd-ef",
                "2021-05-1a", "2021", "")) {
            assertEquals(reference(d), Dates.start(d), d);
        }
        assertEquals(null, Dates.start(null));
    }

    private static LocalDate reference(String d) {
        try {
            return d.length() == 10 ? LocalDate.parse(d) : d.length() == 7 ? YearMonth.parse(d).atDay(1) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Test
    void manyCopiesOfTwoReportsFoldIntoTheirEarliestCopy() {
        Random random = new Random(11);
        String[] words = ("troops shelled the village near the border at night and the ministry said that soldiers "
                + "were killed while residents fled towards the district centre as officials of both states met")
                .split(" ");
        List<ArticleState> states = new ArrayList<>();
        Map<String, String> expected = new HashMap<>();
        for (String report : List.of("a", "b")) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 400; w++) {
                text.append(words[random.nextInt(words.length)]).append(' ');
            }
            for (int copy = 0; copy < 40; copy++) {
                // each copy with a few words changed, as outlets edit a wire story
                String edited = text.toString().replaceFirst(words[copy % words.length], "reportedly");
                String id = report + copy;
                states.add(state(id, String.format("2026-01-01T00:%02d:%02dZ", copy, report.equals("a") ? 1 : 2),
                        edited));
                if (copy > 0) {
                    expected.put(id, report + "0");
                }
            }
        }
        for (int u = 0; u < 20; u++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 300; w++) {
                text.append(words[random.nextInt(words.length)]).append(u).append(' ');
            }
            states.add(state("unique" + u, "2026-01-02T00:00:00Z", text.toString()));
        }
        java.util.Collections.shuffle(states, random);
        Map<String, String> found = new NearDuplicates().duplicateOf(states);
        assertEquals(expected, found);
    }
}
