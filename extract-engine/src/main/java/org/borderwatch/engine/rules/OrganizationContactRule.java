package org.borderwatch.engine.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.contract.EventRecord.Actor;
import org.borderwatch.contract.EventType;
import org.borderwatch.engine.context.Claim;
import org.borderwatch.engine.context.OrganizationTrail;
import org.borderwatch.engine.context.ReadingState;
import org.borderwatch.engine.context.SentenceView;
import org.borderwatch.engine.gazetteer.OrganizationMention;
import org.borderwatch.engine.text.GatedPattern;

/**
 * Organization actions of talk: CONSULTATION ("in contact with", "telephone conversations"), MEETING ("session",
 * "talks", "met"; not a meeting still to come) and STATEMENT (a speaker says something; the organization only when it
 * speaks itself or "statement" is said: a person's words are not the organization's statement).
 */
public final class OrganizationContactRule implements Rule {

    private static final int F = Pattern.CASE_INSENSITIVE;
    private static final double CONSULTATION_CONFIDENCE = 0.6;
    private static final double MEETING_CONFIDENCE = 0.55;
    private static final double STATEMENT_CONFIDENCE = 0.5;

    static final GatedPattern CONSULTATION = GatedPattern.compile("\\b(" + String.join("|",
            "in (?:close )?contact with",
            "consultations?",
            "consulting",
            "consult(?:ed)?",
            "telephone (?:conversations?|calls?)",
            "phone (?:conversations?|calls?)",
            "spoke by (?:tele)?phone",
            "contacted") + ")\\b", F);
    static final GatedPattern MEETING = GatedPattern.compile("\\b(" + String.join("|",
            "meeting",
            "session",
            "summit",
            "talks",
            "met",
            "gathered",
            "discussion") + ")\\b", F);
    /** A meeting still to come ("raise the question at the next summit") is no event. */
    static final GatedPattern FUTURE_MEETING = GatedPattern.compile("\\b(?:next|upcoming|planned|proposed|future|forthcoming) (?:summit|meeting|session|round of talks|talks)\\b|\\bwill (?:meet|hold talks)\\b", F);
    static final GatedPattern SAY = GatedPattern.compile("\\b(" + String.join("|",
            "said",
            "says",
            "say",
            "stated",
            "told",
            "claimed",
            "claims",
            "claim",
            "reported",
            "reports",
            "added",
            "stressed",
            "noted",
            "announced",
            "declared",
            "insisted",
            "confirmed",
            "alleged",
            "explained",
            "warned",
            "wrote",
            "tweeted",
            "cited",
            "quoted") + ")\\b");
    static final GatedPattern STATEMENT_NOUN = GatedPattern.compile("\\b(statement|expressed (?:\\w+ )?concern|announced|declared)\\b", F);
    /** A body's verdict is its statement: "the Security Council condemned", "the bloc deplored the shelling". */
    static final GatedPattern CONDEMN = GatedPattern.compile("\\b(condemn(?:s|ed|ing)?|deplor(?:es|ed|ing)|slam(?:s|med)|denounc(?:es|ed))\\b", F);
    /** The members of the organization named last, speaking together. */
    static final GatedPattern MEMBER_STATES = GatedPattern.compile("\\b(?:other |its |the |all )?member (?:states|countries|nations)\\b", F);

    @Override
    public void apply(SentenceView v, ReadingState reading, Records records) {
        String t = v.text();
        Matcher consultation = CONSULTATION.matcher(t);
        if (consultation.find()) {
            OrganizationActions.add(v, reading, records, EventType.CONSULTATION, consultation, CONSULTATION_CONFIDENCE, null);
        }
        Matcher meeting = MEETING.matcher(t);
        if (meeting.find() && !t.substring(meeting.start()).toLowerCase(Locale.ROOT).startsWith("talks about")
                && !FUTURE_MEETING.matcher(t).find()) {
            OrganizationActions.add(v, reading, records, EventType.MEETING, meeting, MEETING_CONFIDENCE, null);
        }
        statement(v, reading, records);
    }

    /**
     * The organization that condemns, named (or standing as "the council") before the verb, when no party state is
     * the clause's subject ("India condemned ... at the UN" is India's, not the UN's); else null.
     */
    private static String condemningBody(SentenceView v, ReadingState reading) {
        Matcher c = CONDEMN.matcher(v.text());
        if (!c.find() || v.claim() != null && v.claim().country() != null) {
            return null;
        }
        String subject = Clauses.subject(v, reading.speaker(), c.start());
        if (subject != null && v.article().isParty(subject)) {
            return null;
        }
        OrganizationMention o = Mentions.organizationBefore(v, c.start());
        if (o != null) {
            return o.organization();
        }
        String before = v.text().substring(0, c.start());
        return OrganizationTrail.BODY_NOUN.matcher(before).find() ? reading.organizations().standingFor(before) : null;
    }

    private static void statement(SentenceView v, ReadingState reading, Records records) {
        String t = v.text();
        Matcher say = SAY.matcher(t);
        Matcher noun = STATEMENT_NOUN.matcher(t);
        boolean hasNoun = noun.find();
        String condemning = hasNoun ? null : condemningBody(v, reading);
        if (condemning != null) {
            Matcher c = CONDEMN.matcher(t);
            c.find();
            records.record(EventType.STATEMENT, v, c.start(), FactKey.statement())
                    .actors(List.of(new Actor("speaker", condemning, "organization", null, condemning)))
                    .confidence(STATEMENT_CONFIDENCE).add();
            return;
        }
        if (!say.find() && !hasNoun) {
            return;
        }
        Claim c = v.claim();
        if (c == null && !hasNoun) {
            return;
        }
        String org = null;
        if (c != null && c.organization() != null && (c.organizationItself() || hasNoun)) {
            org = c.organization();
        } else if (hasNoun) {
            OrganizationMention o = Mentions.nearestOrganization(v, noun.start());
            org = o == null ? null : o.organization();
            if (org == null && c == null && (OrganizationTrail.BODY_NOUN.matcher(t).find() || MEMBER_STATES.matcher(t).find())) {
                // "In a statement read to reporters, the council called on both sides...", "Russia and other member
                // states expressed concern": the body named last speaks
                org = reading.organizations().standingFor(t);
            }
        }
        if (org != null && c != null && c.organizationItself() && CeasefireRule.MEDIATION.matcher(t).find()) {
            return; // "The African Union said it had offered to mediate": the offer is the action, not a statement
        }
        String quote = null;
        int q1 = t.indexOf('“');
        int q2 = q1 < 0 ? -1 : t.indexOf('”', q1 + 1);
        if (q1 >= 0 && q2 > q1) {
            quote = t.substring(q1 + 1, q2);
        }
        List<Actor> actors = new ArrayList<>();
        if (c != null || org != null) {
            String name = c != null ? c.claimant().name() : org;
            boolean person = c != null && c.person();
            String kind = person ? "person" : org != null && (c == null || c.country() == null) ? "organization" : "government";
            actors.add(new Actor("speaker", name, kind, c == null ? null : c.country(), org));
        }
        int at = hasNoun ? noun.start() : say.start();
        records.record(EventType.STATEMENT, v, at, FactKey.statement()).actors(actors).confidence(STATEMENT_CONFIDENCE).quote(quote).add();
    }
}
