package org.borderwatch.engine.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.borderwatch.contract.EventRecord.Actor;
import org.borderwatch.contract.EventType;
import org.borderwatch.engine.context.OrganizationTrail;
import org.borderwatch.engine.context.ReadingState;
import org.borderwatch.engine.context.SentenceView;
import org.borderwatch.engine.gazetteer.OrganizationMention;

/**
 * A record of an organization's action (consultation, meeting, monitoring, mission, rejection): the organization
 * nearest to the trigger, else the claimant's, else the body "the alliance/the council" stands for, else, in a
 * quotation opened without attribution, the last speaker's; the parties named in the sentence as members.
 */
final class OrganizationActions {

    private OrganizationActions() {
    }

    static void add(SentenceView v, ReadingState reading, Records records, EventType type, Matcher m,
            double confidence, String summary) {
        add(v, reading, records, type, m, confidence, summary, Negation.negated(v.text(), m));
    }

    static void add(SentenceView v, ReadingState reading, Records records, EventType type, Matcher m,
            double confidence, String summary, boolean negated) {
        String t = v.text();
        OrganizationMention near = Mentions.nearestOrganization(v, m.start());
        List<OrganizationMention> named = v.organizations();
        if (type == EventType.MEETING && !named.isEmpty() && named.get(0).start() - v.start() < 12) {
            near = named.get(0); // "The UN Security Council ... declined ..., diplomats said after a meeting": the subject met
        }
        if (near != null && type == EventType.MISSION && near.end() - v.start() >= m.start() - 1
                && near.end() - v.start() <= m.start() && OrganizationTrail.BODY_NOUN.matcher(t).find()) {
            // "The council decided that no UN mission would be sent": the UN names the kind of mission, the
            // council is the body that decides it
            near = null;
        }
        String org = null;
        if (near != null) {
            org = near.organization();
        } else if (v.claim() != null && v.claim().organization() != null) {
            org = v.claim().organization();
        } else if (OrganizationTrail.BODY_NOUN.matcher(t).find()) {
            org = reading.organizations().standingFor(t);
        } else if (startsQuote(t) && reading.speaker().organization() != null) {
            // a quotation opened without an attribution yet continues the speaker just reported
            org = reading.speaker().organization();
        }
        List<Actor> actors = new ArrayList<>();
        if (org != null) {
            actors.add(new Actor("initiator", org, "organization", null, org));
        }
        actors.addAll(partiesAsMembers(v));
        records.record(type, v, m.start(), FactKey.onePerSentence(type.name())).negated(negated).actors(actors)
                .confidence(confidence).summary(summary).add();
    }

    /** The parties named in the sentence, as members of the action. */
    static List<Actor> partiesAsMembers(SentenceView v) {
        List<Actor> members = new ArrayList<>();
        for (String c : v.countries()) {
            if (v.article().isParty(c)) {
                members.add(new Actor("member", c, "state", c, null));
            }
        }
        return members;
    }

    private static boolean startsQuote(String t) {
        String x = t.stripLeading();
        return !x.isEmpty() && (x.charAt(0) == '“' || x.charAt(0) == '"');
    }
}
