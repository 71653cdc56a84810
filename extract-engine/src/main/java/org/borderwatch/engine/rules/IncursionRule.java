package org.borderwatch.engine.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.contract.EventRecord.Actor;
import org.borderwatch.contract.EventRecord.Counts;
import org.borderwatch.contract.EventType;
import org.borderwatch.engine.context.ReadingState;
import org.borderwatch.engine.context.SentenceView;
import org.borderwatch.engine.text.GatedPattern;

/**
 * INCURSION: forces crossing into the other party's territory ("crossed into", "advanced", "encroached",
 * "violated the state border", "violated its airspace", "entered its territorial waters"). Initiator = the party
 * whose forces are named, else the party before the trigger;
 * target = the other party; the depth ("3.5 kilometers") as {@code counts.distanceKm}.
 */
public final class IncursionRule implements Rule {

    private static final int F = Pattern.CASE_INSENSITIVE;
    private static final double CONFIDENCE = 0.7;

    static final GatedPattern INCURSION = GatedPattern.compile("\\b(" + String.join("|",
            "crossed (?:into|over|the)",
            "crossing (?:into|the)",
            "breach(?:ed|ing)?\\b(?! of (?:the )?(?:ceasefire|truce|agreement))",
            "advanced",
            "advance (?:their|its) positions",
            "advance positions",
            "pushed (?:their |its )?positions",
            "infringed",
            "encroach\\w*",
            "incursions?",
            "intrusions?",
            "intruded",
            "entered (?:the )?(?:territory|zone)",
            "violated (?:the )?(?:state )?border",
            // in the air and at sea: "violated Bangladeshi airspace", "a violation of its territorial waters"
            "violat(?:ed|ing|ions?) (?:of )?(?:[\\w’'-]+ ){0,2}(?:airspace|air space|territorial waters|maritime (?:border|boundary))",
            "airspace violations?",
            "entered (?:[\\w’'-]+ ){0,2}(?:airspace|air space|territorial waters)",
            "trespass\\w*",
            "invaded",
            "occupied") + ")", F);
    /** How far in: "3.5 kilometers", "2 km", "a 5-mile" (miles converted). */
    static final GatedPattern DISTANCE = GatedPattern.compile("(\\d+(?:[.,]\\d+)?)\\s*(?:-\\s*)?(km|kilomet(?:er|re)s?|miles?)\\b", F);

    @Override
    public void apply(SentenceView v, ReadingState reading, Records records) {
        String t = v.text();
        Matcher m = INCURSION.matcher(t);
        if (!m.find()) {
            return;
        }
        String by = Mentions.forcesOwner(v);
        if (by == null) {
            by = Mentions.partyBefore(v, m.start());
        }
        if (by == null) {
            by = Mentions.firstParty(v);
        }
        String into = Mentions.otherParty(v, by, m.end());
        List<Actor> actors = new ArrayList<>();
        if (by != null) {
            actors.add(new Actor("initiator", by, "armed_forces", by, null));
        }
        if (into != null) {
            actors.add(new Actor("target", into, "state", into, null));
        }
        Double km = distanceKm(t, m.start());
        boolean negated = Negation.negated(t, m);
        records.record(EventType.INCURSION, v, m.start(), FactKey.incursion()).negated(negated)
                .counts(km == null ? null : new Counts(null, null, null, null, null, null, km, null))
                .actors(actors).placed().confidence(CONFIDENCE).add();
        AccusationRule.reportedAgainst(v, m, actors, negated, records);
    }

    /** The first distance at or after {@code from}, in kilometres, or null. */
    static Double distanceKm(String t, int from) {
        Matcher d = DISTANCE.matcher(t);
        if (!d.find(from)) {
            return null;
        }
        double val = Double.parseDouble(d.group(1).replace(',', '.'));
        return d.group(2).toLowerCase(Locale.ROOT).startsWith("mile") ? Math.round(val * 1.609 * 10) / 10.0 : val;
    }
}
