package org.borderwatch.engine.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.EventRecord.Actor;
import org.borderwatch.contract.EventRecord.Counts;
import org.borderwatch.contract.EventRecord.Location;
import org.borderwatch.contract.EventType;
import org.borderwatch.engine.context.Article;
import org.borderwatch.engine.context.Background;
import org.borderwatch.engine.context.Claim;
import org.borderwatch.engine.context.SentenceView;

/**
 * One record being built, step by step: {@code records.record(ATTACK, v, m.start(), key).actors(a).weapons(w)
 * .placed().confidence(0.7).add()}. What is not set stays empty: not negated, no party, no counts, no actors, no
 * places. {@link #add()} fills in what every record has: date and background of the sentence (or of the earlier
 * event named before the trigger), the claimant as speaker, the evidence, the id.
 */
public final class RecordBuilder {

    /** Types whose records carry the sentence's places even when the rule does not ask for them. */
    private static final EnumSet<EventType> PLACED_TYPES = EnumSet.of(EventType.ACCUSATION, EventType.DEMAND,
            EventType.CEASEFIRE, EventType.CEASEFIRE_VIOLATION, EventType.MONITORING);

    private final Records records;
    private final EventType type;
    private final SentenceView v;
    private final int at;
    private final String factKey;
    private boolean negated;
    private String party;
    private Boolean civilian;
    private Counts counts;
    private List<Actor> actors = List.of();
    private EventRecord.Appeal appeal;
    private List<String> weapons = List.of();
    private boolean placed;
    private double confidence = Double.NaN;
    private String summary;
    private String quote;

    RecordBuilder(Records records, EventType type, SentenceView v, int at, String factKey) {
        this.records = records;
        this.type = type;
        this.v = v;
        this.at = at;
        this.factKey = factKey;
    }

    public RecordBuilder negated(boolean negated) {
        this.negated = negated;
        return this;
    }

    /** The state the record is about (whose casualties, whose troops). */
    public RecordBuilder party(String party) {
        this.party = party;
        return this;
    }

    public RecordBuilder civilian(Boolean civilian) {
        this.civilian = civilian;
        return this;
    }

    public RecordBuilder counts(Counts counts) {
        this.counts = counts;
        return this;
    }

    public RecordBuilder actors(List<Actor> actors) {
        this.actors = actors;
        return this;
    }

    public RecordBuilder appeal(EventRecord.Appeal appeal) {
        this.appeal = appeal;
        return this;
    }

    public RecordBuilder weapons(List<String> weapons) {
        this.weapons = weapons;
        return this;
    }

    /** The record happened where the sentence's places are (events on the ground). */
    public RecordBuilder placed() {
        this.placed = true;
        return this;
    }

    /** How strong the rule is (0.5-0.75); a negated record gets 0.9 of it. */
    public RecordBuilder confidence(double confidence) {
        this.confidence = confidence;
        return this;
    }

    public RecordBuilder summary(String summary) {
        this.summary = summary;
        return this;
    }

    public RecordBuilder quote(String quote) {
        this.quote = quote;
        return this;
    }

    /** Adds the record, unless one with its id exists already. */
    public void add() {
        if (Double.isNaN(confidence)) {
            throw new IllegalStateException("a " + type + " record needs a confidence");
        }
        Article article = records.article();
        List<Location> locations = placed || PLACED_TYPES.contains(type) ? v.locations() : List.of();
        if (!locations.isEmpty() && article.parties().size() >= 2) {
            // a place in a third state ("the mission in New York") is a venue, not a place of a border incident
            locations = locations.stream().filter(l -> l.country() == null || article.isParty(l.country())).toList();
        }
        String id = records.idOf(type, v, factKey);
        if (!records.claimId(id)) {
            return;
        }
        List<Actor> allActors = new ArrayList<>(actors);
        Claim claim = v.claim();
        if (claim != null && type != EventType.STATEMENT) {
            allActors.add(new Actor("speaker", claim.claimant().name(), claim.person() ? "person"
                    : claim.organization() != null ? "organization" : "government", claim.country(),
                    claim.organization()));
        }
        String date = v.date().date();
        String precision = v.date().precision();
        boolean background = v.background();
        int earlier = Background.earlierEventBefore(v, at);
        if (!background && earlier > 0) {
            // "signed a deal on Friday ..., after the 2022 clashes in which about 100 people were killed"
            background = true;
            date = Integer.toString(earlier);
            precision = "year";
        }
        records.add(new EventRecord(id, type, type.plover(), date, precision, negated, party, civilian, counts,
                List.copyOf(allActors), appeal, List.copyOf(weapons), locations,
                claim == null ? null : claim.claimant(), quote,
                new EventRecord.Evidence(v.text(), v.start(), v.sentence().end()),
                negated ? confidence * 0.9 : confidence, background, summary, records.version(), v.date().hint()));
    }
}
