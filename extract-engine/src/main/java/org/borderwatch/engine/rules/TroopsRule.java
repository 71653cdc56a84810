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
            "on (?:\\w+[’']s )?(?:sovereign )?territory",
            "in (?:\\w+[’']s )?territory") + ")\\b", F);
    /** The count right before the noun, with a demonym or adjectives between: "6,000 Armenian border troops". */
    static final GatedPattern NUMBER_BEFORE_TROOPS = GatedPattern.compile("(?i)(?:\\b(" + Quantities.QUALIFIERS + ")\\s+)?\\b(\\d{1,3}(?:,\\d{3})+|\\d+|" + Quantities.NUMBER_WORDS
            + ")\\b(\\s+thousand)?((?:\\s+[A-Z][\\w’'-]*|\\s+(?:more|additional|armed|military|regular|border|extra|of|its|their))*)\\s*$");
    /** "killing 3 soldiers", "of 20 troops": the count is of casualties, not of a presence. */
    static final GatedPattern CASUALTY_WORD_BEFORE_NUMBER = GatedPattern.compile("(?i)\\b(killing|wounding|injuring|killed|wounded|of|lost)\\s+(?:" + Quantities.QUALIFIERS + ")?\\s*$");
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
            if (CASUALTY_WORD_BEFORE_NUMBER.matcher(before.substring(0, q.start(2))).find()) {
                continue;
            }
            String after = t.substring(m.end(), Math.min(t.length(), m.end() + 60));
            if (CASUALTY_VERB_AFTER.matcher(after).find() || !PRESENCE.matcher(t).find()) {
                continue;
            }
            int numPos = m.start() - before.length() + q.start(2);
            String party = Mentions.countryIn(v, numPos, m.end());
            String claimant = v.claimantCountry();
            if (party == null && claimant != null && v.article().isParty(claimant) && !EACH_OR_BOTH.matcher(t).find()) {
                party = claimant;
            }
            Counts counts = new Counts(null, null, null, null, n, null, null, Quantities.qualifier(q.group(1)));
            List<String> owners = new ArrayList<>();
            if (party == null && EACH_OR_BOTH_SIDES.matcher(t).find()) {
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
}
