package org.borderwatch.engine.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.borderwatch.contract.ArticleAnalysis;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.EventRecord.Actor;
import org.borderwatch.contract.EventRecord.Counts;
import org.borderwatch.contract.EventType;
import org.borderwatch.contract.Extractor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The judge's own matching logic, on tiny synthetic analyses, so that it cannot silently break. */
class ScorerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String LABEL = """
            {"file": "x.txt", "is_border_incident": true, "countries": ["KG", "TJ"],
             "event_dates": ["2021-04-29"],
             "locations": [{"name": "Sev Lidj (Black Lake)", "country": "AM", "admin1": "Syunik"},
                           {"name": "Vorukh", "country": "TJ"}],
             "casualties": [{"party": "KG", "category": "killed", "count": 31, "civilian": null}],
             "troops": [{"party": "AZ", "count": 250}],
             "appeals": [{"from": "AM", "to": "UN Security Council", "instrument": null}],
             "org_actions": [{"org": "CSTO", "action": "statement"}],
             "negative_facts": [{"org": "CSTO", "action": "mission", "note": "no mission decided"}],
             "ceasefire": {"reported": true, "mediator": "RU", "broken": null},
             "accusations": [{"accuser": "KG", "accused": "TJ", "claim": "started it"}]}
            """;

    private static EventRecord record(EventType type, String date, boolean negated, boolean background,
            String party, Boolean civilian, Counts counts, List<Actor> actors, EventRecord.Appeal appeal,
            List<EventRecord.Location> locations) {
        return new EventRecord("id-" + type, type, type.plover(), date, date == null ? null : "day", negated, party,
                civilian, counts, actors, appeal, null, locations, null, null, null, 0.9, background, null, "t", null);
    }

    private static EventRecord simple(EventType type, List<Actor> actors) {
        return record(type, null, false, false, null, null, null, actors, null, List.of());
    }

    private static Counts killed(int n) {
        return new Counts(n, null, null, null, null, null, null, null);
    }

    private static Actor org(String role, String org) {
        return new Actor(role, org, "organization", null, org);
    }

    private static Actor state(String role, String code) {
        return new Actor(role, code, "state", code, null);
    }

    /** Events that say exactly what LABEL says. */
    private static List<EventRecord> perfectEvents() {
        List<EventRecord> events = new ArrayList<>();
        events.add(record(EventType.CLASH, "2021-04-29", false, false, null, null, null,
                List.of(state("initiator", "KG"), state("target", "TJ")), null,
                List.of(new EventRecord.Location("Black Lake", "landmark", "Syunik", "AM", null, null),
                        new EventRecord.Location("Vorukh", "settlement", "Sughd", "TJ", null, null))));
        events.add(record(EventType.CASUALTIES, null, false, false, "KG", true, killed(31), List.of(), null, List.of()));
        events.add(record(EventType.TROOP_PRESENCE, null, false, false, "AZ", null,
                new Counts(null, null, null, null, 250, null, null, "more than"), List.of(), null, List.of()));
        events.add(record(EventType.APPEAL, null, false, false, null, null, null, List.of(), 
                new EventRecord.Appeal("AM", "UNSC", null), List.of()));
        events.add(simple(EventType.STATEMENT, List.of(new Actor("speaker", "Stanislav Zas", "person", null, "CSTO"))));
        events.add(record(EventType.MISSION, null, true, false, null, null, null, List.of(org("initiator", "CSTO")),
                null, List.of()));
        events.add(simple(EventType.CEASEFIRE, List.of(state("mediator", "RU"), state("member", "KG"))));
        events.add(simple(EventType.ACCUSATION, List.of(state("speaker", "KG"), state("target", "TJ"))));
        return events;
    }

    private static ArticleAnalysis analysis(boolean incident, List<String> countries, List<EventRecord> events) {
        return new ArticleAnalysis(1, "a", new Extractor("test", "0"), null, null, incident, countries, events,
                List.of(), null, null, "x.txt", null);
    }

    private static Scorer.ArticleScore score(List<EventRecord> events) throws Exception {
        JsonNode label = JSON.readTree(LABEL);
        return Scorer.score(label, analysis(true, List.of("KG", "TJ"), events));
    }

    @Test
    void perfectPredictionScoresOne() throws Exception {
        Scorer.ArticleScore s = score(perfectEvents());
        Scorer.Tally all = s.overall();
        assertEquals(List.of(), all.falseNegatives, "misses");
        assertEquals(List.of(), all.falsePositives, "false alarms");
        assertEquals(1.0, all.f1(), 1e-9);
        // every category of the label was exercised
        for (String category : Facts.CATEGORIES) {
            assertTrue(s.byCategory().get(category).tp() > 0, category);
        }
    }

    @Test
    void missingFactLowersRecallOnly() throws Exception {
        List<EventRecord> events = perfectEvents();
        events.removeIf(e -> e.type() == EventType.CASUALTIES);
        Scorer.ArticleScore s = score(events);
        Scorer.Tally casualties = s.byCategory().get(Facts.CASUALTIES);
        assertEquals(0, casualties.tp());
        assertEquals(1, casualties.fn());
        assertEquals(0.0, casualties.recall(), 1e-9);
        assertEquals(1.0, s.overall().precision(), 1e-9);
        assertTrue(s.overall().recall() < 1.0);
    }

    @Test
    void extraFactLowersPrecisionOnly() throws Exception {
        List<EventRecord> events = perfectEvents();
        events.add(record(EventType.CASUALTIES, null, false, false, "TJ", null, killed(7), List.of(), null, List.of()));
        Scorer.ArticleScore s = score(events);
        Scorer.Tally casualties = s.byCategory().get(Facts.CASUALTIES);
        assertEquals(1, casualties.tp());
        assertEquals(1, casualties.fp());
        assertEquals(0.5, casualties.precision(), 1e-9);
        assertEquals(1.0, s.overall().recall(), 1e-9);
    }

    @Test
    void wrongCountIsBothAMissAndAFalseAlarm() throws Exception {
        List<EventRecord> events = perfectEvents();
        events.removeIf(e -> e.type() == EventType.CASUALTIES);
        events.add(record(EventType.CASUALTIES, null, false, false, "KG", null, killed(13), List.of(), null, List.of()));
        Scorer.Tally casualties = score(events).byCategory().get(Facts.CASUALTIES);
        assertEquals(0, casualties.tp());
        assertEquals(1, casualties.fp());
        assertEquals(1, casualties.fn());
    }

    @Test
    void backgroundRecordsAndDenialsAreIgnored() throws Exception {
        List<EventRecord> events = perfectEvents();
        events.add(record(EventType.CASUALTIES, "2020-10-01", false, true, "AM", false, killed(3000), List.of(), null,
                List.of(new EventRecord.Location("Stepanakert", "settlement", null, "AZ", null, null))));
        events.add(record(EventType.CEASEFIRE_VIOLATION, "2020-10-02", false, true, null, null, null, List.of(), null,
                List.of()));
        // a denial claimed by an organization ("there are no casualties", Zas): no fact at all
        events.add(new EventRecord("denial", EventType.CASUALTIES, null, null, null, true, "AM", null,
                killed(0), List.of(), null, null, List.of(), new EventRecord.Claimant("Stanislav Zas", null, "CSTO"),
                null, null, 0.8, false, null, "t", null));
        Scorer.Tally all = score(events).overall();
        assertEquals(0, all.fp(), () -> "false alarms: " + all.falsePositives);
        assertEquals(1.0, all.f1(), 1e-9);
    }

    @Test
    void negatedMissionMatchesTheNegativeFactAndAnAssertedOneIsAFalseAlarm() throws Exception {
        List<EventRecord> events = perfectEvents();
        Scorer.Tally negatedOk = score(events).byCategory().get(Facts.ORG_ACTIONS);
        assertEquals(0, negatedOk.fp());
        assertEquals(0, negatedOk.fn());

        events.replaceAll(e -> e.type() == EventType.MISSION
                ? record(EventType.MISSION, null, false, false, null, null, null, List.of(org("initiator", "CSTO")),
                        null, List.of())
                : e);
        Scorer.Tally asserted = score(events).byCategory().get(Facts.ORG_ACTIONS);
        assertEquals(1, asserted.fp(), () -> "an asserted mission must be a false alarm: " + asserted.falsePositives);
        assertEquals(1, asserted.fn(), "and the negative fact is missed");
        assertEquals("MISSION", asserted.falsePositives.get(0).fields().get("action"));
    }

    @Test
    void nonIncidentWithNothingPredictedCountsNothing() throws Exception {
        JsonNode label = JSON.readTree("""
                {"file": "y.txt", "is_border_incident": false, "countries": [], "event_dates": [], "locations": [],
                 "casualties": [], "troops": [], "appeals": [], "org_actions": [], "accusations": [],
                 "ceasefire": {"reported": false, "mediator": null, "broken": null}}
                """);
        Scorer.Tally all = Scorer.score(label, analysis(false, List.of(), List.of())).overall();
        assertEquals(0, all.tp() + all.fp() + all.fn());
        assertTrue(Double.isNaN(all.f1()), "no facts: F1 undefined, not 1 nor 0");
        Scorer.Tally alarmed = Scorer.score(label, analysis(true, List.of(), List.of())).overall();
        assertEquals(1, alarmed.fp(), "calling a non-incident an incident is a false alarm");
    }

    @Test
    void locationNamesMatchByAliasWithoutCaseOrDiacriticsButCountryAndAdmin1AreChecked() {
        Fact expected = Fact.of(Facts.LOCATIONS, "name", "Sev Lidj (Black Lake)", "country", "AM", "admin1", "Syunik");
        assertTrue(expected.isMatchedBy(Fact.of(Facts.LOCATIONS, "name", "sev lidj", "country", "AM", "admin1", "Syunik")));
        assertTrue(expected.isMatchedBy(Fact.of(Facts.LOCATIONS, "name", "Black Lake", "country", "AM", "admin1", "Syunik")));
        assertTrue(!expected.isMatchedBy(Fact.of(Facts.LOCATIONS, "name", "Black Lake", "country", "AZ", "admin1", "Syunik")));
        assertTrue(!expected.isMatchedBy(Fact.of(Facts.LOCATIONS, "name", "Black Lake", "country", "AM", "admin1", null)));
        Fact noAdmin1 = Fact.of(Facts.LOCATIONS, "name", "Kök-Tash", "country", "KG", "admin1", null);
        assertTrue(noAdmin1.isMatchedBy(Fact.of(Facts.LOCATIONS, "name", "Kok-Tash", "country", "KG", "admin1", "Batken")));
    }

    @Test
    void labelOrganizationNamesAreCanonicalized() throws Exception {
        // the label says "UN Security Council", the engine says UNSC: one appeal
        Scorer.Tally appeals = score(perfectEvents()).byCategory().get(Facts.APPEALS);
        assertEquals(1, appeals.tp());
        assertEquals("UNSC", Facts.org("United Nations Security Council"));
    }

    @Test
    void recordsOfAnArticleTheEngineCallsNoIncidentAreNotScored() throws Exception {
        JsonNode label = JSON.readTree(LABEL);
        Scorer.ArticleScore s = Scorer.score(label, analysis(false, List.of("KG", "TJ"), perfectEvents()));
        assertEquals(0, s.overall().fp());
        assertEquals(0, s.overall().tp() - s.byCategory().get(Facts.COUNTRIES).tp(), "only countries are credited");
        assertEquals(1, s.byCategory().get(Facts.INCIDENT).fn());
        assertEquals(1, s.byCategory().get(Facts.CASUALTIES).fn(), "a missed incident loses its facts");
    }

    @Test
    void datesOfLabeledFactsAreEventDates() throws Exception {
        JsonNode label = JSON.readTree("""
                {"file": "z.txt", "is_border_incident": true, "countries": [], "event_dates": [],
                 "incursions": [{"by": "AZ", "into": "AM", "date": "2021-05"}],
                 "appeals": [{"from": "AM", "to": "CSTO", "instrument": "Article 2", "date": "2021-05"}]}
                """);
        List<EventRecord> events = List.of(
                record(EventType.INCURSION, "2021-05", false, false, null, null, null, List.of(), null, List.of()),
                record(EventType.APPEAL, "2021-05", false, false, null, null, null, List.of(),
                        new EventRecord.Appeal("AM", "CSTO", "Article 2 of the Collective Security Treaty"), List.of()));
        Scorer.ArticleScore s = Scorer.score(label, analysis(true, List.of(), events));
        assertEquals(1, s.byCategory().get(Facts.EVENT_DATES).tp());
        assertEquals(0, s.byCategory().get(Facts.EVENT_DATES).fp());
        assertEquals(1, s.byCategory().get(Facts.APPEALS).tp(), "instrument by containment");
        // a day is not a month: the precision must agree
        List<EventRecord> tooPrecise = List.of(
                record(EventType.INCURSION, "2021-05-12", false, false, null, null, null, List.of(), null, List.of()));
        Scorer.Tally dates = Scorer.score(label, analysis(true, List.of(), tooPrecise)).byCategory()
                .get(Facts.EVENT_DATES);
        assertEquals(1, dates.fp());
        assertEquals(1, dates.fn());
    }

    @Test
    void ceasefireMediatorIsTheCeasefiresOwnElseASeparateMediation() throws Exception {
        List<EventRecord> events = perfectEvents();
        events.replaceAll(e -> e.type() == EventType.CEASEFIRE
                ? simple(EventType.CEASEFIRE, List.of(state("member", "KG"), state("member", "TJ"))) : e);
        events.add(simple(EventType.MEDIATION, List.of(state("mediator", "RU"))));
        Scorer.ArticleScore fallback = score(events);
        assertEquals(0, fallback.overall().fp(), () -> "" + fallback.overall().falsePositives);
        assertEquals(1.0, fallback.overall().f1(), 1e-9);

        List<EventRecord> named = perfectEvents(); // the CEASEFIRE names RU
        named.add(simple(EventType.MEDIATION, List.of(org("mediator", "ASEAN"))));
        Scorer.Tally ceasefire = score(named).byCategory().get(Facts.CEASEFIRE);
        assertEquals(0, ceasefire.fp(), "another organization's mediation is not the ceasefire's mediator");
    }
}
