package org.borderwatch.engine.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.EventRecord.Actor;
import org.borderwatch.contract.EventType;
import org.borderwatch.engine.context.OrganizationTrail;
import org.borderwatch.engine.context.ReadingState;
import org.borderwatch.engine.context.SentenceView;
import org.borderwatch.engine.gazetteer.CountryMention;
import org.borderwatch.engine.gazetteer.CountryMentionType;
import org.borderwatch.engine.gazetteer.OrganizationMention;
import org.borderwatch.engine.text.GatedPattern;

/**
 * APPEAL: a state asks organizations or states for help ("turned to Russia, CSTO and the UN Security Council",
 * "asked the alliance to invoke Article 2", "an appeal from Yerevan"); one record per recipient with
 * {@code appeal{from, to, instrument}}. The appeal is remembered for a later refusal.
 */
public final class AppealRule implements Rule {

    private static final double CONFIDENCE = 0.75;

    static final GatedPattern APPEAL = GatedPattern.compile("\\b(" + String.join("|",
            "appeal(?:ed|s)? (?:to|from)",
            "appeal of",
            "an appeal(?! from| of)",
            "turned to",
            "request(?:ed|s)? (?:\\w+ )?(?:assistance|help|support) from",
            "asked (?:the )?[A-Z]?\\w* (?:for (?:help|assistance)|to invoke)",
            "asked the alliance",
            "asked (?:the )?(?:[A-Z]\\w+ ){1,5}to (?:help|intervene|mediate|send|deploy)",
            "sought (?:help|assistance) from",
            "upon (?:the )?request of",
            "at the request of",
            "invoke Article",
            "complaint (?:with|to)",
            "complained to",
            "[’']s (?:request|appeal)") + ")\\b", Pattern.CASE_INSENSITIVE);
    /** The article of a treaty invoked: "Article 4". */
    static final GatedPattern INSTRUMENT = GatedPattern.compile("\\bArticle (\\d+)\\b");

    @Override
    public void apply(SentenceView v, ReadingState reading, Records records) {
        String t = v.text();
        Matcher m = APPEAL.matcher(t);
        if (!m.find()) {
            return;
        }
        OrganizationTrail organizations = reading.organizations();
        String trigger = m.group(1).toLowerCase(Locale.ROOT);
        // "an appeal from Yerevan", "after the May appeal of Armenia": the country after it appealed
        boolean fromClause = trigger.startsWith("appeal from") || trigger.startsWith("appeal of") || trigger.contains("request of");
        boolean possessive = trigger.endsWith("s request") || trigger.endsWith("s appeal");
        String from;
        List<String> recipients = new ArrayList<>();
        if (possessive) {
            from = Mentions.partyBefore(v, m.start() + 1);
            OrganizationMention org = Mentions.organizationBefore(v, m.start());
            if (org != null) {
                recipients.add(org.organization());
            }
        } else if (fromClause) {
            from = Mentions.countryAfter(v, m.end());
            // "X rejected an appeal from Y": X is the recipient
            OrganizationMention org = Mentions.organizationBefore(v, m.start());
            if (org != null) {
                recipients.add(org.organization());
            } else if (organizations.last() != null) {
                recipients.add(organizations.last());
            }
        } else {
            from = Mentions.partyBefore(v, m.start());
            String subject = Clauses.subject(v, reading.speaker(), m.start());
            if (subject != null && v.countries().contains(subject)) {
                from = subject; // "Georgetown accused Caracas ... and turned to the OAS": the subject appeals
            }
            recipients.addAll(recipientsAfter(v, m, from, organizations));
        }
        if (from == null) {
            from = v.claimantCountry();
        }
        if (from == null && reading.appeals().lastFrom() != null && OrganizationTrail.BODY_NOUN.matcher(t).find()) {
            from = reading.appeals().lastFrom();
        }
        Matcher i = INSTRUMENT.matcher(t);
        String instrument = i.find() ? "Article " + i.group(1) : null;
        for (String to : new LinkedHashSet<>(recipients)) {
            if (to.equals(from)) {
                continue;
            }
            List<Actor> actors = new ArrayList<>();
            if (from != null) {
                actors.add(new Actor("initiator", from, "state", from, null));
            }
            boolean isOrg = to.length() > 2;
            actors.add(new Actor("recipient", to, isOrg ? "organization" : "state", isOrg ? null : to, isOrg ? to : null));
            records.record(EventType.APPEAL, v, m.start(), FactKey.appealTo(to)).negated(Negation.negated(t, m))
                    .actors(actors).appeal(new EventRecord.Appeal(from, to, instrument)).confidence(CONFIDENCE).add();
            reading.appeals().appealed(from);
        }
    }

    /** Organizations and states named in the clause after the trigger; else the body a noun stands for. */
    private static List<String> recipientsAfter(SentenceView v, Matcher m, String from, OrganizationTrail organizations) {
        String t = v.text();
        List<String> recipients = new ArrayList<>();
        int end = Clauses.endOfClause(t, m.end());
        for (OrganizationMention o : v.organizations()) {
            if (o.start() - v.start() >= m.start() && o.start() - v.start() < end) {
                recipients.add(o.organization());
            }
        }
        for (CountryMention c : v.countryMentions()) {
            int rel = c.start() - v.start();
            if (rel >= m.end() && rel < end && !c.country().equals(from) && !Mentions.insideOrganization(v, c)
                    && c.type() == CountryMentionType.NAME) {
                recipients.add(c.country());
            }
        }
        if (recipients.isEmpty() && OrganizationTrail.BODY_NOUN.matcher(t.substring(m.start(), Math.min(t.length(), end + 20))).find()) {
            String alias = organizations.standingFor(t.substring(m.start()));
            if (alias != null) {
                recipients.add(alias);
            }
        }
        if (recipients.isEmpty() && m.group(1).toLowerCase(Locale.ROOT).startsWith("invoke") && organizations.last() != null) {
            recipients.add(organizations.last());
        }
        return recipients;
    }
}
