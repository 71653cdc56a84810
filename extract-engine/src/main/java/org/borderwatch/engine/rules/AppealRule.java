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
            "request(?:ed|s|ing)? (?:\\w+ )?(?:assistance|help|support)(?: from)?",
            "asked (?:the )?[A-Z]?\\w* (?:for (?:help|assistance)|to invoke)",
            "ask(?:ed|ing|s)? [^.;]{1,60}? for (?:\\w+ )?(?:help|assistance|support|consultations)",
            "asked the alliance",
            "asked (?:the )?(?:[A-Z]\\w+ ){1,5}to (?:help|intervene|mediate|send|deploy)",
            "sought (?:help|assistance) from",
            "upon (?:the )?request of",
            "at the request of",
            "invok(?:e|ed|es|ing) Article",
            "complaint (?:with|to)",
            "complained to",
            "[’']s (?:request|appeal)") + ")\\b", Pattern.CASE_INSENSITIVE);
    /**
     * A request to a body, whose recipient is the organization right after it ("asked the Security Council to
     * convene", "urged the United Nations to send", "protested the attack to the alliance", "in a letter to the
     * president of the Security Council", "called for an emergency meeting of the Council"); a state asked to do
     * something ("asked Thailand to withdraw") is a demand, not an appeal.
     */
    static final GatedPattern ASK_BODY = GatedPattern.compile("\\b(" + String.join("|",
            "(?:asked|asking|asks|urged|urging|urges|invited|inviting|called on|calls on|calling on|petitioned|wrote to)",
            "(?:protested|protesting|complained|complaining) [^.;]{0,80}? to",
            "(?:a|its) letter to",
            "(?:goes|went|going|go|turns|turning) to",
            "(?:call(?:ed|ing|s)? for|request(?:ed|ing|s)?|ask(?:ed|ing|s)? for|sought) (?:an? )?(?:\\w+ ){0,2}(?:meeting|session|consultations)(?: of| with)?") + ")\\b",
            Pattern.CASE_INSENSITIVE);
    /** What joins a second body to the first: ", and to the", " as well as the". */
    static final GatedPattern AND_TO = GatedPattern.compile("(?i),? (?:and|as well as|or) (?:to )?(?:the )?");
    /** How far after an {@link #ASK_BODY} trigger the body must begin: "the president of the 15-nation ...". */
    private static final int BODY_REACH = 45;
    /** "at the request of both governments": each party asked. */
    static final GatedPattern BOTH = GatedPattern.compile("(?i)^\\s*(?:the )?(?:both|two) (?:governments|sides|countries|parties|states)");
    /** A state named as a place ("the UN force in southern Lebanon") is no recipient. */
    static final GatedPattern PLACE_BEFORE = GatedPattern.compile("(?i)\\b(?:in|into|inside|across|along|near|at|from|over) (?:the )?(?:(?:southern|northern|eastern|western|south|north|east|west|central) )?$");
    /** The article of a treaty invoked: "Article 4". */
    static final GatedPattern INSTRUMENT = GatedPattern.compile("\\bArticle (\\d+)\\b");

    @Override
    public void apply(SentenceView v, ReadingState reading, Records records) {
        String t = v.text();
        Matcher m = APPEAL.matcher(t);
        if (!m.find()) {
            Matcher b = ASK_BODY.matcher(t);
            while (b.find()) {
                toBody(v, reading, b, records);
            }
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
            if (from == null && BOTH.matcher(t.substring(m.end())).find() && v.article().parties().size() == 2) {
                OrganizationMention org = Mentions.organizationBefore(v, m.start());
                String to = org != null ? org.organization() : organizations.last();
                for (String party : v.article().parties()) {
                    if (to != null) {
                        add(v, m, party, to, instrumentOf(t), FactKey.appealOfTo(party, to), records, reading);
                    }
                }
                return;
            }
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
        String instrument = instrumentOf(t);
        for (String to : new LinkedHashSet<>(recipients)) {
            if (!to.equals(from)) {
                add(v, m, from, to, instrument, records, reading);
            }
        }
    }

    /** A party's request to the organizations named right after an {@link #ASK_BODY} trigger. */
    private static void toBody(SentenceView v, ReadingState reading, Matcher b, Records records) {
        String from = Clauses.subject(v, reading.speaker(), b.start());
        if (from == null) {
            from = Mentions.partyBefore(v, b.start());
        }
        if (from == null) {
            from = Mentions.countryAfter(v, b.end()); // "In a letter to the council, Djibouti asked ..."
        }
        if (from == null || !v.article().isParty(from)) {
            return;
        }
        String t = v.text();
        // "went to the UN" only when the body comes right after: "went to the summit of the CSTO" asks nothing
        int reach = b.group(1).toLowerCase(Locale.ROOT).matches("(?:goes|went|going|go|turns|turning) to") ? 5 : BODY_REACH;
        int after = -1;
        for (OrganizationMention o : v.organizations()) {
            int rel = o.start() - v.start();
            if (after < 0 && rel >= b.end() && rel <= b.end() + reach
                    || after >= 0 && rel >= after && AND_TO.matcher(t.substring(after, rel)).matches()) {
                // the first body ("asked the UN Security Council" is one request), then those joined to it
                // ("protested the attack to the alliance and to the United Nations")
                add(v, b, from, o.organization(), instrumentOf(t), records, reading);
                after = o.end() - v.start();
            }
        }
    }

    private static String instrumentOf(String t) {
        Matcher i = INSTRUMENT.matcher(t);
        return i.find() ? "Article " + i.group(1) : null;
    }

    private static void add(SentenceView v, Matcher m, String from, String to, String instrument, Records records,
            ReadingState reading) {
        add(v, m, from, to, instrument, FactKey.appealTo(to), records, reading);
    }

    private static void add(SentenceView v, Matcher m, String from, String to, String instrument, String factKey,
            Records records, ReadingState reading) {
        List<Actor> actors = new ArrayList<>();
        if (from != null) {
            actors.add(new Actor("initiator", from, "state", from, null));
        }
        boolean isOrg = to.length() > 2;
        actors.add(new Actor("recipient", to, isOrg ? "organization" : "state", isOrg ? null : to, isOrg ? to : null));
        records.record(EventType.APPEAL, v, m.start(), factKey).negated(Negation.negated(v.text(), m))
                .actors(actors).appeal(new EventRecord.Appeal(from, to, instrument)).confidence(CONFIDENCE).add();
        reading.appeals().appealed(from);
    }

    /** "asked Moscow and the alliance for help": recipients may stand inside the trigger, after its first word. */
    private static int firstWordEnd(Matcher m) {
        int space = m.group(1).indexOf(' ');
        return space < 0 ? m.end() : m.start(1) + space;
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
            if (rel >= firstWordEnd(m) && rel < end && !c.country().equals(from) && !Mentions.insideOrganization(v, c)
                    && c.type() != CountryMentionType.DEMONYM
                    && !PLACE_BEFORE.matcher(t.substring(Math.max(0, rel - 25), rel)).find()) {
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
