package org.borderwatch.engine.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.contract.EventRecord.Counts;
import org.borderwatch.contract.EventType;
import org.borderwatch.engine.context.ReadingState;
import org.borderwatch.engine.context.SentenceView;
import org.borderwatch.engine.text.GatedPattern;
import org.borderwatch.engine.text.Quantities;

/**
 * TROOP_PRESENCE: "N troops/soldiers/servicemen" with a word of presence (camped, stationed, deployed, massed, on
 * territory). Party from the demonym, else the claimant's state; "each/both sides" gives one record per party.
 */
public final class TroopsRule implements Rule {

    private static final int F = Pattern.CASE_INSENSITIVE;
    private static final double CONFIDENCE = 0.65;

    static final GatedPattern TROOPS = GatedPattern.compile("\\b(" + String.join("|",
            "troops",
            "soldiers",
            "servicemen",
            "military personnel",
            "personnel",
            "forces",
            "border guards",
            "fighters") + ")\\b", F);
    static final GatedPattern PRESENCE = GatedPattern.compile("\\b(" + String.join("|",
            "keep",
            "keeps",
            "maintain\\w*",
            "moved",
            "sent",
            "reinforce\\w*",
            "camped",
            "stationed",
            "deployed",
            "massed",
            "amassed",
            "concentrated",
            "present",
            "gathered",
            "remain(?:ed|s)?",
            "currently",
            "positioned",
            "appeared",
            "landed",
            "standing",
            "on patrol",
            "patrolling",
            "faced",
            "facing",
            "confront\\w*",
            "stand-?off",
            "separated",
            "(?:have|has) left",
            "moving",
            "on (?:\\w+[’']s )?(?:sovereign )?territory",
            "in (?:\\w+[’']s )?territory") + ")\\b", F);
    /** The upper end of a range, "150-200 troops", "five to six personnel": the lower end is the count. */
    private static final String RANGE_END = "(?:\\s*(?:-|–|to)\\s*(?:\\d{1,3}(?:,\\d{3})+|\\d+|" + Quantities.NUMBER_WORDS + ")\\b)?";
    /** "the two forces", "two sides": the armies themselves, not a count of people. */
    static final GatedPattern TWO_SIDES = GatedPattern.compile("(?i)(?:forces|sides|armies)\\b");
    /** "armored personnel carriers" are vehicles, not people. */
    static final GatedPattern VEHICLE_AFTER = GatedPattern.compile("(?i)^\\s*carriers?\\b");
    /** The owner named after the noun: "30 armed personnel belonging to the armed forces of Venezuela". */
    static final GatedPattern OWNER_AFTER = GatedPattern.compile("(?i)^\\s+(?:belonging to|from|of)\\b");
    /** "Guatemala has sent 3,000 troops": the state named as the clause's subject before the count owns them. */
    static final GatedPattern CLAUSE_BREAK = GatedPattern.compile("[;:“”\"]|,\\s+(?:while|but|and|as|after|prompting|when|which|who)\\b|\\b(?:said|says|stated|claimed|claims|reported|accused|alleged|that)\\b");
    /** A number right after a month name is a day of that month, not a count. */
    static final GatedPattern MONTH_BEFORE = GatedPattern.compile("\\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?\\s*$");
    /** The count right before the noun, with a demonym or adjectives between: "6,000 Armenian border troops". */
    static final GatedPattern NUMBER_BEFORE_TROOPS = GatedPattern.compile("(?i)(?:\\b(" + Quantities.QUALIFIERS + ")\\s+)?\\b(\\d{1,3}(?:,\\d{3})+|\\d+|" + Quantities.NUMBER_WORDS
            + ")\\b(\\s+thousand)?" + RANGE_END + "((?:\\s+(?-i:[A-Z])[\\w’'.-]*|\\s+(?:more|additional|armed|military|regular|border|extra|security|army|navy|naval|special|elite|combat|paramilitary|police|government|federal|national|reserve|infantry|force|forces|of|its|our|their|and))*)\\s*$");
    /** "killing 3 soldiers", "of 20 troops": the count is of casualties, not of a presence. */
    static final GatedPattern CASUALTY_WORD_BEFORE_NUMBER = GatedPattern.compile("(?i)\\b(killing|wounding|injuring|killed|wounded|of|lost|victims (?:are|were|include\\w*))\\s+(?:" + Quantities.QUALIFIERS + ")?\\s*$");
    /** "5 soldiers were killed": casualties, not a presence. */
    static final GatedPattern CASUALTY_VERB_AFTER = GatedPattern.compile("(?i)^\\s*(?:[\\w’']+\\s+){0,4}?(killed|died|dead|wounded|injured|captured|detained|missing|taken|succumbed|hurt)\\b");
    /** Several owners: the claimant's state is not the owner. */
    static final GatedPattern EACH_OR_BOTH = GatedPattern.compile("(?i)\\beach\\b|\\bboth\\b");
    /** "each side keeps ...", "both armies": one record per party. */
    static final GatedPattern EACH_OR_BOTH_SIDES = GatedPattern.compile("(?i)\\beach\\b|\\bboth (?:sides|countries|armies)\\b");

    @Override
    public void apply(SentenceView v, ReadingState reading, Records records) {
        String t = v.text();
        Matcher m = TROOPS.matcher(t);
        while (m.find()) {
            String before = t.substring(Math.max(0, m.start() - 60), m.start());
            Matcher q = NUMBER_BEFORE_TROOPS.matcher(before);
            if (!q.find()) {
                continue;
            }
            Integer n = Quantities.value(q.group(2));
            if (n == null || n < 2) {
                continue;
            }
            if (q.group(3) != null) {
                n = n * 1000;
            }
            if (CASUALTY_WORD_BEFORE_NUMBER.matcher(before.substring(0, q.start(2))).find()
                    || MONTH_BEFORE.matcher(t.substring(0, m.start() - before.length() + q.start(2))).find()
                    || n <= 3 && TWO_SIDES.matcher(t.substring(m.start())).lookingAt()
                    || VEHICLE_AFTER.matcher(t.substring(m.end())).find()) {
                continue; // "killing 3 soldiers", "on November 21 ... troops", "armored personnel carriers"
            }
            String after = t.substring(m.end(), Math.min(t.length(), m.end() + 60));
            if (CASUALTY_VERB_AFTER.matcher(after).find() || !PRESENCE.matcher(t).find()) {
                continue;
            }
            int numPos = m.start() - before.length() + q.start(2);
            List<String> named = partiesIn(v, numPos, m.end());
            String party = named.isEmpty() ? null : named.get(0);
            if (party == null && OWNER_AFTER.matcher(t.substring(m.end())).find()) {
                party = Mentions.countryIn(v, m.end(), Math.min(t.length(), m.end() + 80));
            }
            if (party == null && !EACH_OR_BOTH.matcher(t).find()) {
                party = clauseSubject(v, numPos);
            }
            String claimant = v.claimantCountry();
            if (party == null && claimant != null && v.article().isParty(claimant) && !EACH_OR_BOTH.matcher(t).find()) {
                party = claimant;
            }
            Counts counts = new Counts(null, null, null, null, n, null, null, Quantities.qualifier(q.group(1)));
            List<String> owners = new ArrayList<>();
            if (named.size() > 1) {
                owners.addAll(named); // "150-200 Indian and Chinese troops each"
            } else if (named.isEmpty() && EACH_OR_BOTH_SIDES.matcher(t).find()) {
                owners.addAll(v.article().parties());
            } else {
                owners.add(party);
            }
            for (String owner : owners) {
                records.record(EventType.TROOP_PRESENCE, v, numPos, FactKey.troops(n, owner))
                        .negated(Negation.negated(t, m)).party(owner).civilian(false).counts(counts).placed()
                        .confidence(CONFIDENCE).add();
            }
        }
    }

    /** The parties named (by demonym) inside the phrase "150-200 Indian and Chinese Army troops", in order. */
    private static List<String> partiesIn(SentenceView v, int fromRel, int toRel) {
        List<String> out = new ArrayList<>();
        for (var c : v.countryMentions()) {
            int r = c.start() - v.start();
            if (r >= fromRel && r < toRel && v.article().isParty(c.country()) && !Mentions.insideOrganization(v, c)
                    && !out.contains(c.country())) {
                out.add(c.country());
            }
        }
        return out;
    }

    /** The first party named in the clause that ends at the count: "Uzbekistan deployed ... 40 troops". */
    private static String clauseSubject(SentenceView v, int numPos) {
        String head = v.text().substring(0, numPos);
        int from = 0;
        Matcher b = CLAUSE_BREAK.matcher(head);
        while (b.find()) {
            from = b.end();
        }
        for (var c : v.countryMentions()) {
            int r = c.start() - v.start();
            if (r >= from && r < numPos && v.article().isParty(c.country()) && !Mentions.insideOrganization(v, c)) {
                return c.country();
            }
        }
        return null;
    }
}
