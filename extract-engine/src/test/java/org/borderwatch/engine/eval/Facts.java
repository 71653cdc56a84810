package org.borderwatch.engine.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.borderwatch.contract.ArticleAnalysis;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.EventType;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a labeled article (an entry of expected.json) and an engine's ArticleAnalysis into comparable
 * {@link Fact}s, category by category. The rules are written down in extract-engine/EVALUATION.md; keep both in
 * step.
 */
public final class Facts {

    public static final String INCIDENT = "is_border_incident";
    public static final String COUNTRIES = "countries";
    public static final String EVENT_DATES = "event_dates";
    public static final String LOCATIONS = "locations";
    public static final String CASUALTIES = "casualties";
    public static final String TROOPS = "troops";
    public static final String APPEALS = "appeals";
    public static final String ORG_ACTIONS = "org_actions";
    public static final String CEASEFIRE = "ceasefire";
    public static final String ACCUSATIONS = "accusations";

    public static final List<String> CATEGORIES = List.of(INCIDENT, COUNTRIES, EVENT_DATES, LOCATIONS, CASUALTIES,
            TROOPS, APPEALS, ORG_ACTIONS, CEASEFIRE, ACCUSATIONS);

    /** Casualty categories of the labels, each a field of EventRecord.Counts. */
    private static final List<String> CASUALTY_CATEGORIES = List.of("killed", "wounded", "captured", "missing");

    /**
     * Label action -> record type. Mediation is also read from a CEASEFIRE record's mediator. An organization's
     * explicit call to stop the fighting (LABELING.md's {@code ceasefire_call}) is its DEMAND record whose
     * summary asks for that ({@link #CEASEFIRE_CALL}); its other demands ("urged restraint") are statements.
     */
    private static final java.util.regex.Pattern CEASEFIRE_CALL = java.util.regex.Pattern.compile(
            "(?i)\\b(cease-?fire|truce|stop (?:the )?(?:fighting|hostilities|shooting|firing)|halt (?:the )?"
            + "(?:fighting|hostilities)|cessation of hostilities|end (?:the )?(?:fighting|hostilities))");
    private static final Map<String, EventType> ACTIONS = Map.of(
            "ceasefire_call", EventType.DEMAND,
            "statement", EventType.STATEMENT,
            "consultation", EventType.CONSULTATION,
            "meeting", EventType.MEETING,
            "rejection", EventType.REJECTION,
            "monitoring", EventType.MONITORING,
            "mission", EventType.MISSION,
            "mediation", EventType.MEDIATION);

    /**
     * Spellings of organizations a label or an engine may use, to the contract's canonical short names. Labels
     * are written by people ("UN Security Council"); the contract says UNSC.
     */
    private static final Map<String, String> ORGANIZATIONS = Map.ofEntries(
            Map.entry("un security council", "UNSC"),
            Map.entry("united nations security council", "UNSC"),
            Map.entry("security council", "UNSC"),
            Map.entry("un sc", "UNSC"),
            Map.entry("united nations", "UN"),
            Map.entry("u.n.", "UN"),
            Map.entry("collective security treaty organization", "CSTO"),
            Map.entry("collective security treaty organisation", "CSTO"),
            Map.entry("african union", "AU"),
            Map.entry("intergovernmental authority on development", "IGAD"),
            Map.entry("organization for security and co operation in europe", "OSCE"),
            Map.entry("european union", "EU"),
            Map.entry("shanghai cooperation organisation", "SCO"),
            Map.entry("shanghai cooperation organization", "SCO"),
            Map.entry("association of southeast asian nations", "ASEAN"),
            Map.entry("international committee of the red cross", "ICRC"),
            // a UN peacekeeping force acts as the UN (the contract's names: UN, and UNSC for the Council)
            Map.entry("united nations interim force in lebanon", "UN"),
            Map.entry("unifil", "UN"));

    private Facts() {
    }

    // ---------------------------------------------------------------- expected (labels)

    public static List<Fact> expected(JsonNode label) {
        List<Fact> out = new ArrayList<>();
        out.add(incidentFact(label.path("is_border_incident").asBoolean(false)).orElse(null));
        out.removeIf(Objects::isNull);
        for (JsonNode c : label.path("countries")) {
            out.add(Fact.of(COUNTRIES, "code", c.asText()));
        }
        // the dates of the label's own dated facts (an incursion "in May 2021", an appeal) are event dates too
        java.util.Set<String> dates = new java.util.LinkedHashSet<>();
        label.path("event_dates").forEach(d -> dates.add(d.asText()));
        label.fields().forEachRemaining(field -> field.getValue().forEach(fact -> {
            if (fact.isObject() && fact.hasNonNull("date")) {
                dates.add(fact.get("date").asText());
            }
        }));
        dates.forEach(d -> out.add(Fact.of(EVENT_DATES, "date", d)));
        for (JsonNode l : label.path("locations")) {
            out.add(Fact.of(LOCATIONS, "name", text(l, "name"), "country", text(l, "country"),
                    "admin1", text(l, "admin1")));
        }
        for (JsonNode c : label.path("casualties")) {
            out.add(Fact.of(CASUALTIES, "party", text(c, "party"), "category", text(c, "category"),
                    "count", text(c, "count"), "civilian", text(c, "civilian")));
        }
        for (JsonNode t : label.path("troops")) {
            out.add(Fact.of(TROOPS, "party", text(t, "party"), "count", text(t, "count")));
        }
        for (JsonNode a : label.path("appeals")) {
            out.add(Fact.of(APPEALS, "from", text(a, "from"), "to", org(text(a, "to")),
                    "instrument", text(a, "instrument")));
        }
        for (JsonNode o : label.path("org_actions")) {
            out.add(orgAction(org(text(o, "org")), action(text(o, "action")), false));
        }
        for (JsonNode n : label.path("negative_facts")) {
            if (n.hasNonNull("org") && n.hasNonNull("action")) {
                out.add(orgAction(org(text(n, "org")), action(text(n, "action")), true));
            }
        }
        JsonNode ceasefire = label.path("ceasefire");
        if (ceasefire.path("reported").asBoolean(false)) {
            out.add(Fact.of(CEASEFIRE, "fact", "reported"));
            if (ceasefire.hasNonNull("mediator")) {
                String mediator = org(ceasefire.get("mediator").asText());
                out.add(Fact.of(CEASEFIRE, "fact", "mediator", "by", mediator));
                // a ceasefire's mediator mediated: the label implies the org action if it does not list it
                Fact mediation = orgAction(mediator, EventType.MEDIATION, false);
                if (!out.contains(mediation)) {
                    out.add(mediation);
                }
            }
        }
        if (ceasefire.path("broken").asBoolean(false)) {
            out.add(Fact.of(CEASEFIRE, "fact", "broken"));
        }
        for (JsonNode a : label.path("accusations")) {
            out.add(Fact.of(ACCUSATIONS, "accuser", text(a, "accuser"), "accused", text(a, "accused")));
        }
        return out;
    }

    private static EventType action(String labelAction) {
        EventType type = ACTIONS.get(labelAction.toLowerCase(Locale.ROOT));
        if (type == null) {
            throw new IllegalArgumentException("unknown org action in labels: " + labelAction);
        }
        return type;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        // counts are compared as integers: 250 and 250.0 are one number
        return v.isNumber() && v.asDouble() == Math.rint(v.asDouble()) ? Long.toString(v.asLong()) : v.asText();
    }

    // ---------------------------------------------------------------- predicted (engine output)

    public static List<Fact> predicted(ArticleAnalysis analysis) {
        Set<Fact> out = new LinkedHashSet<>(); // a fact stated in three sentences is still one fact
        incidentFact(analysis.isBorderIncident()).ifPresent(out::add);
        for (String c : nullSafe(analysis.countries())) {
            out.add(Fact.of(COUNTRIES, "code", c));
        }
        // records of an article the engine calls no incident never reach an incident picture (query-service drops
        // the analysis), so they are neither credited nor blamed; a missed incident loses all its facts
        List<EventRecord> events = analysis.isBorderIncident() ? nullSafe(analysis.events()) : List.of();
        boolean ceasefireMediatorNamed = false;
        for (EventRecord e : events) {
            if (e.background()) {
                continue; // an earlier, other event: not a fact of this incident
            }
            for (EventRecord.Location l : nullSafe(e.locations())) {
                if (l != null && l.name() != null) {
                    out.add(Fact.of(LOCATIONS, "name", l.name(), "country", l.country(), "admin1", l.admin1()));
                }
            }
            if (e.negated()) {
                // a denied organization action ("no mission was decided") is a negative fact; other denials ("no
                // casualties", "there was no clash") are no fact of any category
                if (ACTIONS.containsValue(e.type())) {
                    orgOf(e).ifPresent(org -> out.add(orgAction(org, e.type(), true)));
                }
                continue;
            }
            if (e.date() != null) {
                out.add(Fact.of(EVENT_DATES, "date", e.date()));
            }
            switch (e.type()) {
                case CASUALTIES -> casualties(e, out);
                case TROOP_PRESENCE -> {
                    if (e.counts() != null && e.counts().troops() != null) {
                        out.add(Fact.of(TROOPS, "party", e.party(), "count", e.counts().troops().toString()));
                    }
                }
                case APPEAL -> {
                    if (e.appeal() != null) {
                        out.add(Fact.of(APPEALS, "from", e.appeal().from(), "to", org(e.appeal().to()),
                                "instrument", e.appeal().instrument()));
                    }
                }
                case CEASEFIRE -> {
                    out.add(Fact.of(CEASEFIRE, "fact", "reported"));
                    for (String mediator : mediators(e)) {
                        out.add(Fact.of(CEASEFIRE, "fact", "mediator", "by", mediator));
                        out.add(orgAction(mediator, EventType.MEDIATION, false));
                        ceasefireMediatorNamed = true;
                    }
                }
                case CEASEFIRE_VIOLATION -> out.add(Fact.of(CEASEFIRE, "fact", "broken"));
                case MEDIATION -> {
                    List<String> mediators = mediators(e);
                    if (mediators.isEmpty()) {
                        orgOf(e).ifPresent(org -> out.add(orgAction(org, EventType.MEDIATION, false)));
                    }
                    mediators.forEach(m -> out.add(orgAction(m, EventType.MEDIATION, false)));
                }
                case ACCUSATION -> out.add(Fact.of(ACCUSATIONS, "accuser", accuser(e), "accused", accused(e)));
                case DEMAND -> {
                    if (e.summary() != null && CEASEFIRE_CALL.matcher(e.summary()).find()) {
                        orgOf(e).ifPresent(org -> out.add(orgAction(org, EventType.DEMAND, false)));
                    }
                }
                default -> {
                    if (ACTIONS.containsValue(e.type())) {
                        orgOf(e).ifPresent(org -> out.add(orgAction(org, e.type(), false)));
                    }
                }
            }
        }
        // As the incident picture does: the ceasefire's mediator is the one its CEASEFIRE record names, else the
        // mediator of a separate MEDIATION record.
        boolean reported = out.contains(Fact.of(CEASEFIRE, "fact", "reported"));
        if (reported && !ceasefireMediatorNamed) {
            for (Fact f : List.copyOf(out)) {
                if (f.category().equals(ORG_ACTIONS) && f.fields().get("action").equals("MEDIATION")) {
                    out.add(Fact.of(CEASEFIRE, "fact", "mediator", "by", f.fields().get("org")));
                }
            }
        }
        return dedupeLocations(out);
    }

    /** One place named in several records is one location; keep the most specific (with admin1) reading. */
    private static List<Fact> dedupeLocations(Set<Fact> facts) {
        Map<String, Fact> best = new java.util.LinkedHashMap<>();
        List<Fact> out = new ArrayList<>();
        for (Fact f : facts) {
            if (!f.category().equals(LOCATIONS)) {
                out.add(f);
                continue;
            }
            String key = Fact.fold(f.fields().get("name")) + "|" + f.fields().get("country");
            Fact seen = best.get(key);
            if (seen == null || (seen.fields().get("admin1") == null && f.fields().get("admin1") != null)) {
                best.put(key, f);
            }
        }
        out.addAll(best.values());
        return out;
    }

    private static void casualties(EventRecord e, Set<Fact> out) {
        EventRecord.Counts counts = e.counts();
        if (counts == null) {
            return; // "casualties without a number" is not a countable fact
        }
        Integer[] values = {counts.killed(), counts.wounded(), counts.captured(), counts.missing()};
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null && values[i] > 0) { // a zero is a denial ("no casualties"), not a casualty
                out.add(Fact.of(CASUALTIES, "party", e.party(), "category", CASUALTY_CATEGORIES.get(i),
                        "count", values[i].toString(), "civilian", e.civilian() == null ? null : e.civilian().toString()));
            }
        }
    }

    /**
     * The organization acting in a record: an actor of an organization, or the claimant's organization. A state
     * counts only as a mediator (a third party): a state's own statement is not an organization's action.
     */
    static java.util.Optional<String> orgOf(EventRecord e) {
        for (EventRecord.Actor a : nullSafe(e.actors())) {
            if (a == null || "recipient".equals(a.role()) || "target".equals(a.role())) {
                continue;
            }
            if (a.organization() != null) {
                return java.util.Optional.of(org(a.organization()));
            }
            if ("organization".equals(a.kind()) && a.name() != null) {
                return java.util.Optional.of(org(a.name()));
            }
        }
        if (e.claimedBy() != null && e.claimedBy().organization() != null) {
            return java.util.Optional.of(org(e.claimedBy().organization()));
        }
        if (e.type() == EventType.MEDIATION || e.type() == EventType.CEASEFIRE) {
            return mediators(e).stream().findFirst();
        }
        return java.util.Optional.empty();
    }

    private static List<String> mediators(EventRecord e) {
        List<String> out = new ArrayList<>();
        for (EventRecord.Actor a : nullSafe(e.actors())) {
            if (a != null && "mediator".equals(a.role())) {
                String who = a.organization() != null ? a.organization()
                        : "organization".equals(a.kind()) ? a.name() : a.country();
                if (who != null) {
                    out.add(org(who));
                }
            }
        }
        return out;
    }

    private static String accuser(EventRecord e) {
        for (String role : List.of("initiator", "speaker")) {
            for (EventRecord.Actor a : nullSafe(e.actors())) {
                if (a != null && role.equals(a.role()) && a.country() != null) {
                    return a.country();
                }
            }
        }
        return e.claimedBy() == null ? null : e.claimedBy().country();
    }

    private static String accused(EventRecord e) {
        for (EventRecord.Actor a : nullSafe(e.actors())) {
            if (a != null && "target".equals(a.role()) && a.country() != null) {
                return a.country();
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- shared

    private static java.util.Optional<Fact> incidentFact(boolean isBorderIncident) {
        // a positive class: TP when both say incident, FP when only the engine does, FN when only the label does
        return isBorderIncident ? java.util.Optional.of(Fact.of(INCIDENT, "is", "true")) : java.util.Optional.empty();
    }

    private static Fact orgAction(String org, EventType type, boolean negated) {
        return Fact.of(ORG_ACTIONS, "org", org, "action", type.name(), "negated", Boolean.toString(negated));
    }

    /** Canonical short name of an organization; a country code or an unknown name passes through. */
    static String org(String name) {
        if (name == null) {
            return null;
        }
        String canonical = ORGANIZATIONS.get(Fact.fold(name));
        return canonical != null ? canonical : name.strip();
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
