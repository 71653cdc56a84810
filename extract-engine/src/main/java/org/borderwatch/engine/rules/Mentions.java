package org.borderwatch.engine.rules;

import java.util.regex.Pattern;
import org.borderwatch.engine.context.Article;
import org.borderwatch.engine.context.SentenceView;
import org.borderwatch.engine.gazetteer.CountryMention;
import org.borderwatch.engine.gazetteer.CountryMentionType;
import org.borderwatch.engine.gazetteer.OrganizationMention;
import org.borderwatch.engine.text.GatedPattern;

/**
 * Who is named where in a sentence: the state before or after a trigger, the other party, the nearest organization.
 * Offsets ({@code rel}) are offsets in the sentence's text. A state named inside an organization's name ("the
 * Armenian Red Cross") is not the state.
 */
final class Mentions {

    /** "he said ...": a sentence opened by a pronoun speaks of its claimant's state. */
    private static final GatedPattern STARTS_WITH_PRONOUN = GatedPattern.compile("(?i)^\\s*(he|she|they|it)\\b");
    /** Armed forces after a state's name: "Azerbaijani forces", "the Azerbaijani side", "Armenia's army". */
    private static final GatedPattern FORCES_AFTER = GatedPattern.compile("^[’']?s?\\s*(?:armed |army |military |border |regular |federal )?(forces|troops|military|army|soldiers|servicemen|side|border guards|militia)\\b", Pattern.CASE_INSENSITIVE);

    private Mentions() {
    }

    /** The party named closest before {@code rel} (demonyms and metonyms count); for "He/They ..." the claimant's. */
    static String partyBefore(SentenceView v, int rel) {
        String best = partyBeforeAny(v, rel);
        if (best == null && STARTS_WITH_PRONOUN.matcher(v.text()).find()) {
            return v.claimantCountry();
        }
        return best;
    }

    /** The party named closest before {@code rel}, or null. */
    static String partyBeforeAny(SentenceView v, int rel) {
        String best = null;
        for (CountryMention c : v.countryMentions()) {
            if (c.start() - v.start() < rel && v.article().isParty(c.country()) && !insideOrganization(v, c)) {
                best = c.country();
            }
        }
        return best;
    }

    /** "Armenia shelled": the country named right before the verb (within 25 characters, not a demonym) is its subject. */
    static boolean subjectIsCountry(SentenceView v, String country, int rel) {
        for (CountryMention c : v.countryMentions()) {
            int end = c.end() - v.start();
            if (c.country().equals(country) && end <= rel && rel - end < 25
                    && c.type() != CountryMentionType.DEMONYM) {
                return true;
            }
        }
        return false;
    }

    /** The first state named at or after {@code rel}, or null. */
    static String countryAfter(SentenceView v, int rel) {
        for (CountryMention c : v.countryMentions()) {
            if (c.start() - v.start() >= rel && !insideOrganization(v, c)) {
                return c.country();
            }
        }
        return null;
    }

    /** The first state named between {@code fromRel} and {@code toRel}, or null. */
    static String countryIn(SentenceView v, int fromRel, int toRel) {
        for (CountryMention c : v.countryMentions()) {
            int r = c.start() - v.start();
            if (r >= fromRel && r < toRel && !insideOrganization(v, c)) {
                return c.country();
            }
        }
        return null;
    }

    /** The other party: named after {@code rel}, else the one of the two parties that is not {@code one}. */
    static String otherParty(SentenceView v, String one, int rel) {
        Article article = v.article();
        for (CountryMention c : v.countryMentions()) {
            if (c.start() - v.start() >= rel && !c.country().equals(one) && article.isParty(c.country())
                    && !insideOrganization(v, c)) {
                return c.country();
            }
        }
        if (one != null && article.parties().size() == 2 && article.isParty(one)) {
            return article.parties().get(0).equals(one) ? article.parties().get(1) : article.parties().get(0);
        }
        return null;
    }

    /** The first party named in the sentence, or null. */
    static String firstParty(SentenceView v) {
        for (String c : v.countries()) {
            if (v.article().isParty(c)) {
                return c;
            }
        }
        return null;
    }

    /** The party whose forces act: "Azerbaijani forces", "the Azerbaijani side", "attack of the X side". */
    static String forcesOwner(SentenceView v) {
        for (CountryMention c : v.countryMentions()) {
            int rel = c.end() - v.start();
            if (v.article().isParty(c.country()) && FORCES_AFTER.matcher(v.text().substring(rel)).find()) {
                return c.country();
            }
        }
        return null;
    }

    static boolean insideOrganization(SentenceView v, CountryMention c) {
        for (OrganizationMention o : v.organizations()) {
            if (c.start() >= o.start() && c.end() <= o.end()) {
                return true;
            }
        }
        return false;
    }

    /** The last organization named before {@code rel}, or null. */
    static OrganizationMention organizationBefore(SentenceView v, int rel) {
        OrganizationMention best = null;
        for (OrganizationMention o : v.organizations()) {
            if (o.start() - v.start() < rel) {
                best = o;
            }
        }
        return best;
    }

    /** The organization named nearest to {@code rel}, or null. */
    static OrganizationMention nearestOrganization(SentenceView v, int rel) {
        OrganizationMention best = null;
        int bestDist = Integer.MAX_VALUE;
        for (OrganizationMention o : v.organizations()) {
            int d = Math.abs(o.start() - v.start() - rel);
            if (d < bestDist) {
                best = o;
                bestDist = d;
            }
        }
        return best;
    }
}
