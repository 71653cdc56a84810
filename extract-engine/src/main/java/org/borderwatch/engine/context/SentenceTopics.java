package org.borderwatch.engine.context;

import java.util.regex.Pattern;
import org.borderwatch.engine.text.GatedPattern;

/** What a sentence is about: the border, the military. Parties, rules and the incident test read the same words. */
public final class SentenceTopics {

    private static final int F = Pattern.CASE_INSENSITIVE;

    public static final GatedPattern BORDER = GatedPattern.compile("(?i)\\b(border|frontier|boundary|line of control|line of actual control|blue line|LAC|LoC|demarcat)");
    public static final GatedPattern MILITARY = GatedPattern.compile("(?i)\\b(troops?|forces|soldiers?|military|army|servicem[ae]n|border guards?|shell(ed|ing)|artillery|mortars?|fire|gunfire|killed|wounded|clash(es|ed)?|incursion|ceasefire|truce|drones?|attack(ed|s)?|hostilities|encroach\\w*|breach\\w*|fighting)\\b");
    /** Words that make a sentence military without doubt ("attacked" and "struck" also describe football). */
    public static final GatedPattern MILITARY_STRICT = GatedPattern.compile("(?i)\\b(troops?|forces|soldiers?|military|army|servicem[ae]n|border guards?|border posts?|shell(ed|ing)|artillery|mortars?|gunfire|open(ed)? fire|killed|wounded|incursion|ceasefire|truce|drones?|hostilities|weapons|militia|encroach\\w*|breach\\w*|territory)\\b");
    /** A sentence about now: it does not inherit its paragraph's background. */
    static final GatedPattern CURRENT_CUE = GatedPattern.compile("\\b(today|tonight|this (?:week|morning|afternoon|evening)|now|currently|yesterday|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\\b");

    private SentenceTopics() {
    }

    public static boolean border(String text) {
        return BORDER.matcher(text).find();
    }

    public static boolean military(String text) {
        return MILITARY.matcher(text).find();
    }

    public static boolean strictlyMilitary(String text) {
        return MILITARY_STRICT.matcher(text).find();
    }
}
