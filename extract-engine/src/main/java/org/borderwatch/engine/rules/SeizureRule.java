package org.borderwatch.engine.rules;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.contract.EventRecord.Actor;
import org.borderwatch.contract.EventType;
import org.borderwatch.engine.context.ReadingState;
import org.borderwatch.engine.context.SentenceTopics;
import org.borderwatch.engine.context.SentenceView;
import org.borderwatch.engine.text.GatedPattern;

/**
 * A seizure of people at or across the line, an ATTACK (PLOVER's ASSAULT covers abductions) with summary
 * "seizure of people": one party's forces or authorities detain, arrest or abduct the other party's citizens or
 * officers ("Russian troops detained a Georgian villager", "three Kenyan officers were arrested by Ugandan police").
 * The captor is the state after "by", else the party whose forces are named, else the party before the verb; the
 * other party must be named in the sentence too (a state arresting its own smugglers is no border incident).
 * Counts of the captured stay with {@code CasualtiesRule}.
 */
public final class SeizureRule implements Rule {

    private static final int F = Pattern.CASE_INSENSITIVE;
    private static final double CONFIDENCE = 0.6;
    public static final String SUMMARY = "seizure of people";

    static final GatedPattern SEIZED = GatedPattern.compile("\\b(" + String.join("|",
            "detain(?:ed|s|ing)",
            "arrest(?:ed|s|ing)",
            "abduct(?:ed|s|ing|ion)",
            "kidnapp(?:ed|ing)",
            "taken into custody",
            "took (?:\\w+ ){0,3}into custody",
            "taken (?:\\w+ ){0,2}prisoners?") + ")\\b", F);
    /** "... arrested by Ugandan police": the captor follows. */
    static final GatedPattern BY_AFTER = GatedPattern.compile("^\\s+(?:\\w+ ){0,2}?by\\b", F);

    @Override
    public void apply(SentenceView v, ReadingState reading, Records records) {
        String t = v.text();
        Matcher m = SEIZED.matcher(t);
        if (!m.find() || !SentenceTopics.CAPTORS.matcher(t).find()) {
            return;
        }
        String captor = null;
        Matcher by = BY_AFTER.anchoredMatcher(t.substring(m.end()));
        if (by.lookingAt()) {
            captor = Mentions.countryIn(v, m.end() + by.end(), m.end() + by.end() + 40);
        }
        if (captor == null) {
            captor = Mentions.forcesOwner(v);
        }
        if (captor == null) {
            captor = Mentions.partyBefore(v, m.start());
        }
        if (captor == null || !v.article().isParty(captor)) {
            return;
        }
        String taken = null;
        for (String c : v.countries()) {
            if (!c.equals(captor) && v.article().isParty(c)) {
                taken = c;
            }
        }
        if (taken == null) {
            return;
        }
        List<Actor> actors = List.of(new Actor("initiator", captor, "armed_forces", captor, null),
                new Actor("target", taken, "state", taken, null));
        records.record(EventType.ATTACK, v, m.start(), FactKey.onePerSentence(EventType.ATTACK.name()))
                .negated(Negation.negated(t, m)).actors(actors).summary(SUMMARY).placed().confidence(CONFIDENCE)
                .add();
    }
}
