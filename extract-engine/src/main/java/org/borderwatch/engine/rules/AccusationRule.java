package org.borderwatch.engine.rules;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.contract.EventRecord.Actor;
import org.borderwatch.contract.EventType;
import org.borderwatch.engine.context.Article;
import org.borderwatch.engine.context.ReadingState;
import org.borderwatch.engine.context.SentenceView;
import org.borderwatch.engine.gazetteer.CountryMention;
import org.borderwatch.engine.gazetteer.OrganizationMention;
import org.borderwatch.engine.text.GatedPattern;

/**
 * ACCUSATION, one record per direction: "X accused Y", "blamed", "provocation", "aggression"; "accused each
 * other" (both directions); "India says Chinese troops are blocking its patrols". Accuser = the state subject of the
 * clause, else the claimant's; accused = the state after the verb, else the other party. An attack or incursion a
 * party's official reports of the other party is an accusation as well ({@link #reportedAgainst}).
 */
public final class AccusationRule implements Rule {

    private static final double CONFIDENCE = 0.6;

    static final GatedPattern ACCUSE = GatedPattern.compile("\\b(" + String.join("|",
            "accus(?:ed|ing|es|ations?)",
            "blam(?:ed|ing|es|e)",
            "provocations?",
            "provoking",
            "encroachment",
            "aggression",
            "aggressor",
            "aggressive") + ")\\b", Pattern.CASE_INSENSITIVE);
    /** "where India says Chinese troops are blocking its patrols", "Baku said Armenian forces had provoked". */
    static final GatedPattern SAYS_HOSTILE = GatedPattern.compile("\\b([A-Z][\\w’'-]+(?:[’']s \\w+)?) (?:says|said|claims|claimed|alleges|alleged|maintains|insists)(?: that|:? [“\"]|,? [“\"])? ?((?:the )?[A-Z][\\w’'-]+ (?:troops|forces|soldiers|army|side|border guards|guards|military))"
            + " (?:had |have |has |are |were |was |is )?(?:been )?(?:blocking|blocked|obstruct\\w*|provok\\w*|started (?:the )?(?:shooting|firing|clash\\w*|fighting)|opened fire first|fired first|instigat\\w*)\\b");
    static final GatedPattern MUTUAL = GatedPattern.compile("(?i)\\b(each other|one another|mutually|blam(?:ed|es|ing) the other|accus(?:ed|es|ing) the other|(?:traded|trading|trade|exchanged|exchanging) (?:accusations|blame))\\b");
    /**
     * A diplomatic protest is a party's accusation of the other: "protested the shooting", "lodged a strong
     * protest", "a note of protest", "summoned the envoy", "condemns the targeting of civilians by its forces".
     */
    static final GatedPattern PROTEST = GatedPattern.compile("\\b(" + String.join("|",
            "protested",
            "protests",
            "(?:lodged|lodges|lodging|sent|sends|delivered|handed|registered|filed|issued|issues|made) (?:a |an )?(?:[\\w-]+ ){0,2}(?:protest|note of protest|demarche)",
            "(?:a |an )(?:\\w+ )?protest (?:from|by|note)",
            "summon(?:ed|s|ing) (?:the |a |an )?(?:[\\w’'-]+ ){0,3}(?:ambassador|envoy|diplomat|charg[eé] d[’']affaires|attach[eé])",
            "condemn(?:s|ed|ing)") + ")\\b", Pattern.CASE_INSENSITIVE);
    /** "It/They accused ...": the last speaker accuses. */
    static final GatedPattern STARTS_WITH_PRONOUN = GatedPattern.compile("^(?:It|He|She|They)\\b");

    @Override
    public void apply(SentenceView v, ReadingState reading, Records records) {
        String t = v.text();
        Article article = v.article();
        Matcher h = SAYS_HOSTILE.matcher(t);
        if (h.find() && !v.background()) {
            String accuser = Mentions.countryIn(v, h.start(1), h.end(1));
            String accused = Mentions.countryIn(v, h.start(2), h.end(2));
            if (accuser != null && accused != null && !accuser.equals(accused) && article.isParty(accuser)
                    && article.isParty(accused)) {
                add(v, h, accuser, accused, Clauses.clip(t.substring(h.start()), 120), records);
            }
        }
        Matcher m = ACCUSE.matcher(t);
        if (!m.find()) {
            Matcher p = PROTEST.matcher(t);
            if (p.find() && !v.background()) {
                protest(v, reading, p, records);
            }
            return;
        }
        if (MUTUAL.matcher(t).find() && article.parties().size() >= 2) {
            String a = article.parties().get(0);
            String b = article.parties().get(1);
            add(v, m, a, b, "mutual", records);
            add(v, m, b, a, "mutual", records);
            return;
        }
        String accuser = v.claimantCountry();
        String verb = m.group(1).toLowerCase(Locale.ROOT);
        boolean verbOfAccusing = verb.startsWith("accus") || verb.startsWith("blam");
        if (verbOfAccusing) {
            String subject = Clauses.subject(v, reading.speaker(), m.start());
            if (subject != null) {
                accuser = subject;
            }
        }
        if (accuser == null && reading.speaker().claimant() != null && STARTS_WITH_PRONOUN.matcher(t).find()) {
            accuser = reading.speaker().country();
        }
        if (accuser == null && verbOfAccusing) {
            accuser = unnamedAccuser(v, m);
        }
        if (accuser == null) {
            return;
        }
        String accused = verbOfAccusing ? Mentions.countryAfter(v, m.end()) : null;
        if (accused == null || accused.equals(accuser)) {
            accused = Mentions.otherParty(v, accuser, 0);
        }
        if (accused == null || accused.equals(accuser) || !article.isParty(accuser)) {
            return;
        }
        add(v, m, accuser, accused, Clauses.clip(t.substring(m.start()), 120), records);
    }

    /** "Tokyo protested", "a harsh protest from Tokyo", "India summoned a Pakistani diplomat": against the other party. */
    private static void protest(SentenceView v, ReadingState reading, Matcher p, Records records) {
        String accuser = Clauses.subject(v, reading.speaker(), p.start());
        String trigger = p.group(1).toLowerCase(Locale.ROOT);
        if (trigger.contains("protest from") || trigger.contains("protest by")) {
            accuser = Mentions.countryAfter(v, p.end());
        }
        if (accuser == null || !v.article().isParty(accuser)) {
            return;
        }
        if (trigger.equals("protests") && !Mentions.subjectIsCountry(v, accuser, p.start())) {
            return; // "protests erupted", "thousands joined protests": not a state's protest
        }
        String accused = Mentions.otherParty(v, accuser, p.end());
        if (accused == null || accused.equals(accuser)) {
            return;
        }
        add(v, p, accuser, accused, Clauses.clip(v.text().substring(p.start()), 120), records);
    }

    /**
     * "The army blamed Pakistan", "Officials accused Russia": a subject that names no state, organization or third
     * state, in an article about two parties, is the other party's (a third party would have been named).
     */
    private static String unnamedAccuser(SentenceView v, Matcher m) {
        String accused = Mentions.countryAfter(v, m.end());
        Article article = v.article();
        if (accused == null || !article.isParty(accused) || article.parties().size() != 2) {
            return null;
        }
        for (OrganizationMention o : v.organizations()) {
            if (o.start() - v.start() < m.start()) {
                return null;
            }
        }
        for (CountryMention c : v.countryMentions()) {
            if (c.start() - v.start() < m.start()) {
                return null;
            }
        }
        return Mentions.otherParty(v, accused, Integer.MAX_VALUE);
    }

    /**
     * A party's official saying the other party's forces attacked or crossed is an accusation of that party
     * ("Pakistan's military said Afghan forces had opened fire"): the labels and the read model treat it so.
     */
    static void reportedAgainst(SentenceView v, Matcher m, List<Actor> actors, boolean negated, Records records) {
        String accuser = v.claimantCountry();
        if (negated || v.background() || accuser == null || !v.article().isParty(accuser)) {
            return;
        }
        for (Actor a : actors) {
            if ("initiator".equals(a.role()) && a.country() != null && !a.country().equals(accuser)
                    && v.article().isParty(a.country())) {
                add(v, m, accuser, a.country(), Clauses.clip(v.text(), 120), records);
                return;
            }
        }
    }

    private static void add(SentenceView v, Matcher m, String accuser, String accused, String summary, Records records) {
        List<Actor> actors = List.of(new Actor("initiator", accuser, "state", accuser, null),
                new Actor("target", accused, "state", accused, null));
        records.record(EventType.ACCUSATION, v, m.start(), FactKey.accusation(accuser, accused)).actors(actors)
                .confidence(CONFIDENCE).summary(summary).add();
    }
}
