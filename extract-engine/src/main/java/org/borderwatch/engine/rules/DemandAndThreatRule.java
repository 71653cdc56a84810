package org.borderwatch.engine.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.contract.EventRecord.Actor;
import org.borderwatch.contract.EventType;
import org.borderwatch.engine.context.OrganizationTrail;
import org.borderwatch.engine.context.ReadingState;
import org.borderwatch.engine.gazetteer.OrganizationMention;
import org.borderwatch.engine.context.SentenceView;
import org.borderwatch.engine.text.GatedPattern;

/**
 * DEMAND ("demands", "called on", "urged": by the claimant's state) and THREAT ("threatened": by the state named
 * before it), each against the other party; summary = what follows the trigger.
 */
public final class DemandAndThreatRule implements Rule {

    private static final int F = Pattern.CASE_INSENSITIVE;
    private static final double CONFIDENCE = 0.6;

    static final GatedPattern DEMAND = GatedPattern.compile("\\b(" + String.join("|",
            "demand(?:s|ed|ing)?",
            "called (?:up)?on",
            "calls (?:up)?on",
            "calling (?:up)?on",
            "urged",
            "urges",
            "presented a demand") + ")\\b", F);
    public static final GatedPattern THREAT = GatedPattern.compile("\\b(threaten(?:ed|s|ing)?)\\b", F);

    @Override
    public void apply(SentenceView v, ReadingState reading, Records records) {
        String t = v.text();
        Matcher m = DEMAND.matcher(t);
        if (m.find()) {
            String by = v.claimantCountry();
            String body = by == null ? demandingBody(v, reading, m) : null;
            if (body != null) {
                // "The council calls upon the parties to commit to a ceasefire": the organization demands
                records.record(EventType.DEMAND, v, m.start(), FactKey.demand()).negated(Negation.negated(t, m))
                        .actors(List.of(new Actor("initiator", body, "organization", null, body)))
                        .confidence(CONFIDENCE).summary(Clauses.clip(t.substring(m.end()), 120)).add();
            } else {
                add(v, EventType.DEMAND, FactKey.demand(), m, by, true, records);
            }
        }
        m = THREAT.matcher(t);
        if (m.find()) {
            add(v, EventType.THREAT, FactKey.threat(), m, Mentions.partyBefore(v, m.start()), false, records);
        }
    }

    /** The organization demanding, in narration: one named (or standing as "the council") before the verb. */
    private static String demandingBody(SentenceView v, ReadingState reading, Matcher m) {
        if (v.claim() != null) {
            return null; // a claimed demand keeps its claimant (an organization's through claimedBy)
        }
        String subject = Clauses.subject(v, reading.speaker(), m.start());
        if (subject != null) {
            return null;
        }
        OrganizationMention o = Mentions.organizationBefore(v, m.start());
        if (o != null) {
            return o.organization();
        }
        String before = v.text().substring(0, m.start());
        return OrganizationTrail.BODY_NOUN.matcher(before).find() ? reading.organizations().standingFor(before) : null;
    }

    /** {@code targetWithoutInitiator}: a demand has a target even when who demands is unknown; a threat has not. */
    private static void add(SentenceView v, EventType type, String factKey, Matcher m, String by,
            boolean targetWithoutInitiator, Records records) {
        List<Actor> actors = new ArrayList<>();
        if (by != null) {
            actors.add(new Actor("initiator", by, "state", by, null));
        }
        if (by != null || targetWithoutInitiator) {
            String of = Mentions.otherParty(v, by, m.end());
            if (of != null) {
                actors.add(new Actor("target", of, "state", of, null));
            }
        }
        records.record(type, v, m.start(), factKey).negated(Negation.negated(v.text(), m)).actors(actors)
                .confidence(CONFIDENCE).summary(Clauses.clip(v.text().substring(m.end()), 120)).add();
    }
}
