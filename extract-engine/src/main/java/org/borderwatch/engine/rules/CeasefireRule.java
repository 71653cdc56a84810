package org.borderwatch.engine.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.contract.EventRecord.Actor;
import org.borderwatch.contract.EventType;
import org.borderwatch.engine.context.ReadingState;
import org.borderwatch.engine.context.SentenceView;
import org.borderwatch.engine.gazetteer.CountryMention;
import org.borderwatch.engine.gazetteer.OrganizationMention;
import org.borderwatch.engine.text.GatedPattern;

/**
 * CEASEFIRE (a ceasefire or truce agreed, brokered, holding), CEASEFIRE_VIOLATION (violated, broken) and, without a
 * ceasefire, MEDIATION; the mediator is the third state or organization nearest to "mediat...".
 */
public final class CeasefireRule implements Rule {

    private static final int F = Pattern.CASE_INSENSITIVE;
    private static final double CEASEFIRE_CONFIDENCE = 0.65;
    private static final double MEDIATION_CONFIDENCE = 0.6;

    static final GatedPattern CEASEFIRE = GatedPattern.compile("\\b(cease-?fire|truce|armistice)\\b", F);
    static final GatedPattern CEASEFIRE_ACT = GatedPattern.compile("\\b(" + String.join("|",
            "negotiat\\w+",
            "held",
            "holds",
            "holding",
            "agreed",
            "agree",
            "brokered",
            "reached",
            "announced",
            "declared",
            "restored",
            "established",
            "took effect",
            "signed",
            "in effect",
            "accord") + ")\\b", F);
    static final GatedPattern VIOLATION = GatedPattern.compile("\\b(" + String.join("|",
            "violat\\w+",
            "broke",
            "breach\\w*",
            "broken") + ")\\b", F);
    static final GatedPattern MEDIATION = GatedPattern.compile("\\b(mediat\\w+|brokered|facilitat\\w+ talks)\\b", F);

    /**
     * Mediation only asked for or to be accepted ("pressed Eritrea to accept international mediation", "called for
     * mediation"); "mediator Jane Doe" is a person's title, not an act. (An offer to mediate stays a MEDIATION: the
     * dev set labels it so, although LABELING.md now says an offer is not mediation.)
     */
    static final GatedPattern MEDIATION_NOT_DONE = GatedPattern.compile("\\b(?:accept\\w*|calls? for|called for|calling for|urg\\w+|seek\\w*|sought|request\\w*)(?: \\w+){0,2} $", F);
    static final GatedPattern TITLE_BEFORE_NAME = GatedPattern.compile("^mediator [A-Z]");

    @Override
    public void apply(SentenceView v, ReadingState reading, Records records) {
        String t = v.text();
        Matcher m = CEASEFIRE.matcher(t);
        if (!m.find()) {
            Matcher mediation = MEDIATION.matcher(t);
            if (mediation.find() && !TITLE_BEFORE_NAME.matcher(t.substring(mediation.start())).find()
                    && !MEDIATION_NOT_DONE.matcher(t.substring(Math.max(0, mediation.start() - 40), mediation.start())).find()) {
                mediation(v, mediation, records);
            }
            return;
        }
        Matcher violation = VIOLATION.matcher(t);
        if (violation.find()) {
            records.record(EventType.CEASEFIRE_VIOLATION, v, m.start(), FactKey.ceasefireViolation())
                    .negated(Negation.negated(t, violation) || Negation.negated(t, m)).placed()
                    .confidence(CEASEFIRE_CONFIDENCE).add();
            return;
        }
        Matcher act = CEASEFIRE_ACT.matcher(t);
        if (!act.find()) {
            return;
        }
        List<Actor> actors = new ArrayList<>();
        String mediator = mediatorOf(v);
        if (mediator != null) {
            actors.add(mediatorActor(mediator));
        }
        actors.addAll(OrganizationActions.partiesAsMembers(v));
        records.record(EventType.CEASEFIRE, v, m.start(), FactKey.ceasefire())
                .negated(Negation.negated(t, m) && Negation.negated(t, act)).actors(actors)
                .confidence(CEASEFIRE_CONFIDENCE).add();
    }

    private static void mediation(SentenceView v, Matcher m, Records records) {
        String mediator = mediatorOf(v);
        if (mediator == null) {
            return;
        }
        records.record(EventType.MEDIATION, v, m.start(), FactKey.mediationBy(mediator))
                .negated(Negation.negated(v.text(), m)).actors(List.of(mediatorActor(mediator)))
                .confidence(MEDIATION_CONFIDENCE).add();
    }

    private static Actor mediatorActor(String mediator) {
        boolean isOrg = mediator.length() > 2;
        return new Actor("mediator", mediator, isOrg ? "organization" : "state", isOrg ? null : mediator,
                isOrg ? mediator : null);
    }

    /** A third party (not one of the parties) named as mediator or broker in the sentence, nearest to the word. */
    private static String mediatorOf(SentenceView v) {
        Matcher med = MEDIATION.matcher(v.text());
        if (!med.find()) {
            return null;
        }
        String best = null;
        int bestDist = Integer.MAX_VALUE;
        for (CountryMention c : v.countryMentions()) {
            if (v.article().isParty(c.country()) || Mentions.insideOrganization(v, c)) {
                continue;
            }
            int d = Math.abs(c.start() - v.start() - med.start());
            if (d < bestDist) {
                best = c.country();
                bestDist = d;
            }
        }
        for (OrganizationMention o : v.organizations()) {
            int d = Math.abs(o.start() - v.start() - med.start());
            if (d < bestDist) {
                best = o.organization();
                bestDist = d;
            }
        }
        return best;
    }
}
