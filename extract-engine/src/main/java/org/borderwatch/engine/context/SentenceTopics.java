package org.borderwatch.engine.context;

import java.util.regex.Pattern;
import org.borderwatch.engine.text.GatedPattern;

/** What a sentence is about: the border, the military. Parties, rules and the incident test read the same words. */
public final class SentenceTopics {

    private static final int F = Pattern.CASE_INSENSITIVE;

    public static final GatedPattern BORDER = GatedPattern.compile("(?i)\\b(border|frontier|boundary|line of control|line of actual control|blue line|LAC|LoC|demarcat)");
    /**
     * Where two states' forces meet away from a land border: at sea, in the air, in a buffer zone ("fired water
     * cannon near the shoal", "violated its airspace", "in its territorial waters"). A border word for the incident
     * test, not for the parties' weights (a strait or an airspace is also named in trade and travel news).
     */
    public static final GatedPattern FRONTIER_ZONE = GatedPattern.compile("(?i)\\b(airspace|air space|territorial waters|(?:disputed|contested) (?:waters|islands?|islets?|sea)|exclusive economic zone|EEZ|demilitari[sz]ed zone|DMZ|buffer zone|no man's land|strait|shoal|atoll|reef|maritime|across the line|ceasefire line)");
    public static final GatedPattern MILITARY = GatedPattern.compile("(?i)\\b(troops?|forces|soldiers?|military|army|servicem[ae]n|border guards?|coast ?guards?|navy|naval|warships?|police|shell(ed|ing)|artillery|mortars?|fire|gunfire|killed|wounded|clash(es|ed)?|incursion|ceasefire|truce|drones?|attack(ed|s)?|hostilities|encroach\\w*|breach\\w*|fighting)\\b");
    /** Words that make a sentence military without doubt ("attacked" and "struck" also describe football). */
    public static final GatedPattern MILITARY_STRICT = GatedPattern.compile("(?i)\\b(troops?|forces|soldiers?|military|army|servicem[ae]n|border guards?|border posts?|border police|coast ?guards?|navy|naval|warships?|gunboats?|patrol (?:boats?|ships?|vessels?)|fighter jets?|warplanes?|military aircraft|helicopters?|air force|air ?strikes?|air raids?|shell(ed|ing)|artillery|mortars?|gunfire|open(ed)? fire|exchang\\w* (?:of )?(?:gun)?fire|killed|wounded|incursion|ceasefire|truce|drones?|hostilities|weapons|militia|encroach\\w*|breach\\w*|territory)\\b");
    /** Who takes people across or at a line: forces and authorities ("arrested by Ugandan police"). */
    public static final GatedPattern CAPTORS = GatedPattern.compile("(?i)\\b(troops|forces|soldiers|military|army|border guards?|border (?:police|patrol|service)|coast ?guards?|navy|police|authorities|security (?:service|police|agency|forces)|intelligence|occupants|occupation forces|FSB)\\b");
    /** A sentence about now: it does not inherit its paragraph's background. */
    static final GatedPattern CURRENT_CUE = GatedPattern.compile("\\b(today|tonight|this (?:week|morning|afternoon|evening)|now|currently|yesterday|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\\b");

    private SentenceTopics() {
    }

    public static boolean border(String text) {
        return BORDER.matcher(text).find();
    }

    /** A border word, or a sea, air or buffer zone where two states' forces meet. */
    public static boolean frontier(String text) {
        return border(text) || FRONTIER_ZONE.matcher(text).find();
    }

    public static boolean military(String text) {
        return MILITARY.matcher(text).find();
    }

    public static boolean strictlyMilitary(String text) {
        return MILITARY_STRICT.matcher(text).find();
    }
}
