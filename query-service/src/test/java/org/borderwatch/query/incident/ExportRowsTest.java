package org.borderwatch.query.incident;

import static org.borderwatch.contract.EventType.ATTACK;
import static org.borderwatch.contract.EventType.CASUALTIES;
import static org.borderwatch.contract.EventType.MEETING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.query.export.EventExports;
import org.borderwatch.query.export.ExportQuery;
import org.borderwatch.query.testing.Ev;
import org.junit.jupiter.api.Test;

/**
 * The export rows of an incident whose toll several articles repeat: one row per record, and the rows flagged
 * headline add up to the list's killed figure where summing every row overstates it.
 */
class ExportRowsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC);

    private static IncidentView view() {
        ReadModel model = new ReadModel();
        model.apply(Articles.article("first", "Forty-nine people died in the shelling, the prime minister said. "
                + "Azerbaijan said 50 of its soldiers were killed.", "2022-09-13", "2026-01-01T00:00:01Z", "1.0.0",
                t -> List.of(Ev.of(t, ATTACK).in("the shelling").day("2022-09-13").by("AZ").against("AM"),
                        Ev.of(t, CASUALTIES).in("Forty-nine people").day("2022-09-13").party("AM").killed(49)
                                .claimedBy("Nikol Pashinyan", "AM", null),
                        Ev.of(t, CASUALTIES).in("50 of its soldiers").day("2022-09-13").party("AZ").civilian(false)
                                .killed(50).claimedBy("defence ministry", "AZ", null))).analysis());
        model.apply(Articles.article("second", "The prime minister said 49 soldiers had been killed. Envoys met "
                + "on Friday.", "2022-09-14", "2026-01-01T00:00:02Z", "1.0.0",
                t -> List.of(Ev.of(t, CASUALTIES).in("49 soldiers").day("2022-09-13").party("AM").civilian(false)
                        .killed(49).claimedBy("Nikol Pashinyan", "AM", null),
                        Ev.of(t, MEETING).in("Envoys met").day("2022-09-16"))).analysis());
        return new IncidentView(model, CLOCK);
    }

    @Test
    void theHeadlineRowsAddUpToTheListsKilledFigure() {
        IncidentView view = view();
        IncidentView.Exported x = view.incidents(null).get(0);
        List<IncidentView.TimelineEntry> rows = EventExports.timeline(x, ExportQuery.ALL);
        int all = rows.stream().filter(r -> r.event().counts() != null && r.event().counts().killed() != null)
                .mapToInt(r -> r.event().counts().killed()).sum();
        int flagged = rows.stream().filter(IncidentView.TimelineEntry::headline)
                .mapToInt(r -> r.event().counts().killed()).sum();
        assertEquals(148, all);
        assertEquals(99, flagged);
        assertEquals(99, view.summaries(null, null, null).get(0).killedBest());
        String csv = EventExports.csv(view.incidents(null), ExportQuery.ALL);
        String header = csv.lines().findFirst().orElseThrow();
        assertTrue(header.endsWith(",claimed_by_country,party,civilian,outlet,duplicate_of,headline"), header);
        assertEquals(2, csv.lines().filter(l -> l.endsWith(",true")).count(), csv);
    }

    @Test
    void fromAndToKeepTheRecordsDatedWithinAndCountryAndAsOfSelectIncidents() {
        IncidentView view = view();
        IncidentView.Exported x = view.incidents(null).get(0);
        ExportQuery friday = ExportQuery.of(null, "2022-09-16", "2022-09-16", null, null);
        assertEquals(List.of(MEETING), EventExports.timeline(x, friday).stream().map(r -> r.event().type()).toList());
        assertTrue(EventExports.select(view.incidents(null), ExportQuery.of("kg", null, null, null, null)).isEmpty());
        // As of the 13th only the first article was published: its rows, under today's incident id.
        List<IncidentView.Exported> then = view.incidents(LocalDate.parse("2022-09-13"));
        assertEquals(List.of(x.id()), then.stream().map(IncidentView.Exported::id).toList());
        List<String> articles = new ArrayList<>();
        EventExports.timeline(then.get(0), ExportQuery.ALL).forEach(r -> articles.add(r.articleTitle()));
        assertTrue(articles.stream().allMatch("first"::equals), articles.toString());
    }

    @Test
    void unknownFilterValuesAreRefusedWithWhatWasWrong() {
        assertEquals("country must be an ISO 3166-1 alpha-2 code such as AM, not 'Armenia'",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                        () -> ExportQuery.of("Armenia", null, null, null, null)).getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ExportQuery.of(null, "13.09.2022", null, null, null));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ExportQuery.of(null, null, null, null, "yes"));
        assertEquals("XK", ExportQuery.of("xk", null, null, null, "false").country());
    }
}
