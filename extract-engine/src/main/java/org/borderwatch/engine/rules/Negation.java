package org.borderwatch.engine.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.engine.text.GatedPattern;

/** Whether a trigger is denied: "there were no exchange of fire", "a decision was not made". */
public final class Negation {

    private static final int F = Pattern.CASE_INSENSITIVE;

    static final GatedPattern NEGATION = GatedPattern.compile("\\b(no|not|never|without|nor|neither|denied|den(?:y|ies)|didn[’']t|wasn[’']t|weren[’']t|no one|nobody|rejected claims)\\b", F);
    static final GatedPattern NEGATION_AFTER = GatedPattern.compile("^[^.;,]{0,40}\\b(was not|were not|has not been|have not been|was never|not made|not recorded)\\b", F);

    private Negation() {
    }

    /** A negation in the clause before the trigger (30 characters), or right after it. */
    public static boolean negated(String t, Matcher trigger) {
        int from = Math.max(0, trigger.start() - 30);
        String before = t.substring(from, trigger.start());
        int cut = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')), Math.max(before.lastIndexOf(" and "), before.lastIndexOf(" but ")));
        if (cut >= 0) {
            before = before.substring(cut + 1);
        }
        if (NEGATION.matcher(before).find()) {
            return true;
        }
        return NEGATION_AFTER.matcher(t.substring(trigger.end())).find();
    }
}
