package org.borderwatch.query.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.borderwatch.contract.ArticleAnalysis;
import org.borderwatch.contract.RawArticle;
import org.borderwatch.contract.api.IncidentPicture;
import org.borderwatch.engine.BorderwatchAnalyzer;
import org.borderwatch.query.testing.SeedFixtures;
import org.junit.jupiter.api.Test;

/**
 * The read model over what the real extraction engine makes of the five seed texts (not the hand-written
 * fixtures): the seeds must fall into the same two incidents. This checks engine and grouping together, so a
 * failure here may be the engine's (see the message: it lists what each article became).
 */
class RealEngineGroupingTest {

    @Test
    void theEnginesAnalysesOfTheSeedsGiveTheTwoIncidents() {
        SeedFixtures seeds = new SeedFixtures();
        BorderwatchAnalyzer engine = BorderwatchAnalyzer.create();
        ReadModel model = new ReadModel();
        StringBuilder seen = new StringBuilder();
        for (RawArticle raw : seeds.raws()) {
            model.apply(raw);
            ArticleAnalysis a = engine.analyze(raw);
            model.apply(a);
            seen.append(raw.fileName()).append(": isBorderIncident=").append(a.isBorderIncident())
                    .append(" countries=").append(a.countries()).append(" dates=")
                    .append(a.events().stream().filter(e -> !e.background()).map(e -> e.type() + "@" + e.date()
                            + (e.dateHint() == null ? "" : "~" + e.dateHint())).toList())
                    .append('\n');
        }
        IncidentView view = new IncidentView(model, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        Map<String, Set<String>> incidents = new TreeMap<>();
        for (IncidentPicture p : view.snapshot().pictures().values()) {
            incidents.put(p.id(), p.articles().stream().map(r -> seeds.raw(indexOf(seeds, r.id())).fileName()
                    .substring(0, 3)).collect(Collectors.toCollection(TreeSet::new)));
        }
        Map<String, Set<String>> expected = new TreeMap<>(Map.of(
                "am-az-2021-05-12", new TreeSet<>(Set.of("000", "001", "002", "004")),
                "am-az-2022-09-13", new TreeSet<>(Set.of("003"))));
        assertEquals(expected, incidents, "engine " + engine.extractor() + " gave:\n" + seen);

        // The real engine's records, through the picture rules: the May appeal's fate and its reason.
        IncidentPicture may = view.picture("am-az-2021-05-12").orElseThrow();
        IncidentPicture.AppealStatus appeal = may.appeals().stream().filter(a -> "CSTO".equals(a.to())).findFirst()
                .orElseThrow();
        assertEquals("rejected", appeal.outcome());
        org.junit.jupiter.api.Assertions.assertTrue(String.valueOf(appeal.reason()).contains("border incident"),
                appeal.reason());
        IncidentPicture sep = view.picture("am-az-2022-09-13").orElseThrow();
        assertEquals(49, sep.casualties().stream().filter(c -> "killed".equals(c.category())).findFirst()
                .orElseThrow().best());
    }

    private static int indexOf(SeedFixtures seeds, String articleId) {
        for (int i = 0; i < SeedFixtures.FILES.length; i++) {
            if (seeds.id(i).equals(articleId)) {
                return i;
            }
        }
        throw new IllegalArgumentException(articleId);
    }
}
