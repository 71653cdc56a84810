package org.borderwatch.engine.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.contract.EventType;
import org.borderwatch.engine.context.ReadingState;
import org.borderwatch.engine.context.SentenceView;
import org.borderwatch.engine.gazetteer.CountryMention;
import org.borderwatch.engine.gazetteer.OrganizationMention;
import org.borderwatch.engine.text.GatedPattern;

/**
 * Organization actions of decision: REJECTION ("rejected", "declined", "does not fall under the charter", "calling
 * it a “border incident”" once an appeal was made; summary = the reason), MISSION (a mission led, sent, formed; not
 * one only asked for; negated when "no decision was made") and MONITORING ("monitoring", "observers").
 */
public final class OrganizationDecisionRule implements Rule {

    private static final int F = Pattern.CASE_INSENSITIVE;
    private static final double REJECTION_CONFIDENCE = 0.65;
    private static final double NOT_COVERED_CONFIDENCE = 0.55;
    private static final double LABELLED_CONFIDENCE = 0.5;
    private static final double MISSION_CONFIDENCE = 0.6;
    private static final double MONITORING_CONFIDENCE = 0.55;

    static final GatedPattern REJECT = GatedPattern.compile("\\b(" + String.join("|",
            "reject(?:ed|s|ing)?",
            "refused",
            "declined",
            "turned down",
            "ruled out",
            "dismissed") + ")\\b", F);
    /** A mission refused: "declined to send a mission", "refused to deploy peacekeepers", "ruled out a mission". */
    static final GatedPattern REFUSED_BEFORE = GatedPattern.compile("\\b(?:refused|declined|ruled out|rejected|turned down)\\b[^.;,]{0,40}$", F);
    /** What a body calls the case it declines: "calling it a “border incident”". */
    static final GatedPattern CALLING_IT = GatedPattern.compile("(?i)calling it (?:an? )?[“\"]?([^”\",.]+)");
    /** What the body calls the case: "is a “border incident” and does not fall under ...". */
    static final GatedPattern QUOTED_LABEL = GatedPattern.compile("\\b(?:is|was|are|were|as) (?:an? |the )?[“\"]([^”\"]{3,60})[”\"]", F);
    /**
     * An organization saying a case is not its business: outside its charter, treaty or collective-defence
     * provisions. The negation is the refusal itself, so the record is asserted.
     */
    static final GatedPattern NOT_COVERED = GatedPattern.compile("\\b(?:does not|doesn[’']t|did not|didn[’']t|do not|would not|will not) fall (?:under|within)\\b(?=[^.;]{0,80}\\b(?:charter|treaty|provisions?|mandate|article|collective (?:defen[cs]e|security)|obligations))|\\bfalls? outside (?:the )?(?:scope|remit|provisions?|charter|mandate)\\b|\\bis not covered by (?:the )?(?:charter|treaty|provisions?|mandate|article)\\b", F);
    /** A mission, or a group sent to watch ("a monitoring group was not formed" is a mission not sent). */
    static final GatedPattern MISSION = GatedPattern.compile("\\b(mission|(?:monitoring|observer) (?:group|team)|(?:send|sent|sending|deploy|deployed|deploying|dispatch|dispatched|dispatching)(?: \\w+)? (?:observers|monitors|peacekeepers))\\b", F);
    static final GatedPattern MISSION_ACT = GatedPattern.compile("\\b(" + String.join("|",
            "lead",
            "led",
            "dispatch\\w*",
            "send",
            "sent",
            "deploy\\w*",
            "form\\w*",
            "create\\w*",
            "establish\\w*",
            "includ\\w*") + ")\\b", F);
    /** A mission only wished for: "should send", "asked to deploy". */
    static final GatedPattern MODAL = GatedPattern.compile("\\b(" + String.join("|",
            "should",
            "consider\\w*",
            "would",
            "could",
            "might",
            "asked",
            "request\\w*",
            "urged",
            "proposed",
            "calls? for") + ")\\b", F);
    /** A mission not sent: "the decision was not made", "decided against". */
    static final GatedPattern MISSION_NOT_DECIDED = GatedPattern.compile("(?i)\\b(was not made|no decision|not decided|were not|decided against)\\b");
    /** A state's diplomatic mission ("Lebanon's mission in New York", "its mission to the UN") sends no one. */
    static final GatedPattern DIPLOMATIC_MISSION = GatedPattern.compile("(?:[’']s|\\bits|\\btheir|\\bpermanent) mission\\b|\\bmission (?:in New York|in Geneva|to the (?:United Nations|UN)\\b)");
    /** The body announces its own dispatch ("said it would send a fact-finding mission"): a decision, not a request. */
    static final GatedPattern OWN_INTENT = GatedPattern.compile("\\b(?:it|they|the (?:alliance|organization|organisation|bloc|council|body)) (?:would|will|is to|was to|plans? to|planned to|decided to|agreed to) (?:\\w+ )?(?:send|dispatch|deploy)\\b", F);
    /**
     * Watching the situation. "Closely following the developments" is what a statement says, not an act of
     * monitoring; "monitoring" before mission/group/team names the mission (MISSION), not a monitoring.
     */
    static final GatedPattern MONITOR = GatedPattern.compile("\\b(monitor(?:ing|ed|s)?(?! (?:mission|group|team)\\b)|observers?(?! (?:mission|group|team)\\b))\\b", F);

    @Override
    public void apply(SentenceView v, ReadingState reading, Records records) {
        rejection(v, reading, records);
        int[] mission = mission(v, reading, records);
        monitoring(v, reading, records, mission);
    }

    private static void rejection(SentenceView v, ReadingState reading, Records records) {
        String t = v.text();
        Matcher m = REJECT.matcher(t);
        if (m.find()) {
            if (partyActsBefore(v, m.start())) {
                return; // "Armenia's security chief ruled out a corridor": a party's refusal is no organization's
            }
            Matcher calling = CALLING_IT.matcher(t);
            String reason = calling.find() ? calling.group(1).strip() : Clauses.clip(t.substring(m.end()), 120);
            OrganizationActions.add(v, reading, records, EventType.REJECTION, m, REJECTION_CONFIDENCE, reason);
        } else if ((m = NOT_COVERED.matcher(t)).find()) {
            // "is a border incident and does not fall under the provisions of the CSTO charter": the request is refused
            Matcher calling = CALLING_IT.matcher(t);
            Matcher label = QUOTED_LABEL.matcher(t);
            String reason = calling.find() ? calling.group(1).strip()
                    : label.find() ? label.group(1).strip() : Clauses.clip(t.substring(m.end()), 120);
            OrganizationActions.add(v, reading, records, EventType.REJECTION, m, NOT_COVERED_CONFIDENCE, reason, false);
        } else {
            Matcher calling = CALLING_IT.matcher(t);
            if (calling.find() && reading.appeals().any()) {
                OrganizationActions.add(v, reading, records, EventType.REJECTION, calling, LABELLED_CONFIDENCE,
                        calling.group(1).strip());
            }
        }
    }

    /**
     * Whether the actor named last before {@code rel} is a party state ("The secretary of Armenia's council ...
     * ruled out"), not an organization ("Armenia said the CSTO refused").
     */
    private static boolean partyActsBefore(SentenceView v, int rel) {
        int orgAt = -1;
        for (OrganizationMention o : v.organizations()) {
            if (o.start() - v.start() < rel) {
                orgAt = o.start() - v.start();
            }
        }
        int partyAt = -1;
        for (CountryMention c : v.countryMentions()) {
            int at = c.start() - v.start();
            if (at < rel && v.article().isParty(c.country()) && !Mentions.insideOrganization(v, c)) {
                partyAt = at;
            }
        }
        return partyAt > orgAt;
    }

    /** The mission's span {start, end} in the sentence ({-1, -1} when none): observers sent are no monitoring. */
    private static int[] mission(SentenceView v, ReadingState reading, Records records) {
        String t = v.text();
        Matcher m = MISSION.matcher(t);
        if (!m.find() || DIPLOMATIC_MISSION.matcher(t).find()) {
            return new int[] {-1, -1};
        }
        boolean act = MISSION_ACT.matcher(t).find();
        boolean modal = MODAL.matcher(t).find() && !OWN_INTENT.matcher(t).find();
        boolean negated = Negation.negated(t, m) || MISSION_NOT_DECIDED.matcher(t).find()
                || REFUSED_BEFORE.matcher(t.substring(Math.max(0, m.start() - 60), m.start())).find();
        if (negated || (act && !modal)) {
            OrganizationActions.add(v, reading, records, EventType.MISSION, m, MISSION_CONFIDENCE,
                    Clauses.clip(t, 120), negated);
        }
        return new int[] {m.start(), m.end()};
    }

    private static void monitoring(SentenceView v, ReadingState reading, Records records, int[] mission) {
        Matcher m = MONITOR.matcher(v.text());
        while (m.find()) {
            if (m.start() >= mission[0] && m.end() <= mission[1]) {
                continue; // "to send observers": the mission, not a monitoring
            }
            OrganizationActions.add(v, reading, records, EventType.MONITORING, m, MONITORING_CONFIDENCE, null);
            break;
        }
    }
}
