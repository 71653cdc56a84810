package org.borderwatch.engine.rules;

import org.borderwatch.engine.context.LastSpeaker;
import org.borderwatch.engine.context.SentenceView;
import org.borderwatch.engine.gazetteer.CountryMention;
import org.borderwatch.engine.text.GatedPattern;

/** Clauses of a sentence: the subject of the clause holding a trigger, where a clause ends, a summary's length. */
final class Clauses {

    /** A connective or adverbial between commas that is no subject: "in turn", "meanwhile", "for its part". */
    private static final GatedPattern ADVERBIAL = GatedPattern.compile("(?:in turn|meanwhile|however|also|later|then|(?:for|on) (?:its|their|his|her) part|in response|on \\w+day|in a statement|separately|too|who(?: has| have| had)?),?");
    /** A subject that is a pronoun: it speaks for the claimant (or the last speaker). */
    private static final GatedPattern PRONOUN_SUBJECT = GatedPattern.compile("(?i)(it|he|she|they|its \\w+|his \\w+)");

    private Clauses() {
    }

    /** The state named as subject of the clause that holds {@code rel}; for a pronoun, the speaker's state. */
    static String subject(SentenceView v, LastSpeaker lastSpeaker, int rel) {
        String t = v.text();
        int cut = -1;
        for (String b : new String[] {", ", " and ", "; ", " but ", "“", "\""}) {
            int i = t.lastIndexOf(b, rel - 1);
            if (i >= 0 && i + b.length() <= rel) {
                cut = Math.max(cut, i + b.length());
            }
        }
        int from = Math.max(0, cut);
        int to = rel;
        String piece = t.substring(from, rel).strip();
        while (from > 0 && (piece.isEmpty() || ADVERBIAL.anchoredMatcher(piece).matches())) {
            // "X rejected that account and accused Y", "Israel, in turn, accused": the subject is further left
            int prev = -1;
            for (String b : new String[] {", ", "; ", "“", "\""}) {
                int i = t.lastIndexOf(b, from - 3);
                if (i >= 0 && i + b.length() < from) {
                    prev = Math.max(prev, i + b.length());
                }
            }
            to = from;
            from = Math.max(0, prev);
            piece = t.substring(from, to).strip();
        }
        for (CountryMention c : v.countryMentions()) {
            int r = c.start() - v.start();
            if (r >= from && r < to && !Mentions.insideOrganization(v, c)) {
                return c.country();
            }
        }
        if (piece.isEmpty() || PRONOUN_SUBJECT.anchoredMatcher(piece).matches()) {
            return v.claimantCountry() != null ? v.claimantCountry() : lastSpeaker.country();
        }
        return v.claimantCountry();
    }

    /** Where the clause that goes on at {@code from} ends: at "for help", a sentence or clause stop, "after", ... */
    static int endOfClause(String t, int from) {
        int end = t.length();
        for (String stop : new String[] {" for help", ". ", "; ", " after ", " which ", " shortly", " when "}) {
            int i = t.indexOf(stop, from);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        return end;
    }

    /** {@code s} stripped, cut at {@code max} characters: a record's summary. */
    static String clip(String s, int max) {
        String x = s.strip();
        return x.length() <= max ? x : x.substring(0, max);
    }
}
