package org.borderwatch.engine.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.contract.EventRecord.Counts;
import org.borderwatch.contract.EventType;
import org.borderwatch.engine.context.ReadingState;
import org.borderwatch.engine.context.SentenceView;
import org.borderwatch.engine.text.GatedPattern;
import org.borderwatch.engine.text.Quantities;

/** EVACUATION: civilians evacuated, fled, displaced; the number of people when one ends the phrase before. */
public final class EvacuationRule implements Rule {

    private static final double CONFIDENCE = 0.6;

    static final GatedPattern EVACUATION = GatedPattern.compile("\\b(" + String.join("|",
            "evacuat\\w+",
            "fled",
            "displaced",
            "relocated") + ")\\b", Pattern.CASE_INSENSITIVE);
    /** "2,000 people were evacuated": the words between the count and the verb. */
    static final GatedPattern DISPLACED_PEOPLE_WERE = GatedPattern.compile("\\s+(?:people|residents|civilians|villagers|families)\\s+(?:were|have been|had been)\\s*$");

    @Override
    public void apply(SentenceView v, ReadingState reading, Records records) {
        String t = v.text();
        Matcher m = EVACUATION.matcher(t);
        if (!m.find()) {
            return;
        }
        Counts counts = null;
        Quantities.Quantity q = Quantities.trailing(DISPLACED_PEOPLE_WERE.matcher(t.substring(0, m.start())).replaceAll(""));
        if (q != null && q.value() > 1) {
            counts = new Counts(null, null, null, null, null, q.value(), null, q.qualifier());
        }
        records.record(EventType.EVACUATION, v, m.start(), FactKey.evacuation()).negated(Negation.negated(t, m))
                .party(Mentions.firstParty(v)).civilian(true).counts(counts).placed().confidence(CONFIDENCE).add();
    }
}
