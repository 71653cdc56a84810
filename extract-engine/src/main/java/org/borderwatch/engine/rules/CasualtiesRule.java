package org.borderwatch.engine.rules;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.contract.EventRecord.Counts;
import org.borderwatch.contract.EventType;
import org.borderwatch.engine.context.LastSpeaker;
import org.borderwatch.engine.context.ReadingState;
import org.borderwatch.engine.context.SentenceTopics;
import org.borderwatch.engine.context.SentenceView;
import org.borderwatch.engine.text.GatedPattern;
import org.borderwatch.engine.text.Quantities;

/**
 * CASUALTIES: one record per (category, count) with the party and whether civilians. Three forms: a noun phrase
 * before a verb ("an officer and two soldiers were killed": coordinated phrases of one party summed), a verb before
 * a number ("killing four officers and wounding more than 20 soldiers"), and a denial ("there are no casualties":
 * killed 0, negated, claimed by the speaker; consumers must not add it to counts).
 */
public final class CasualtiesRule implements Rule {

    private static final int F = Pattern.CASE_INSENSITIVE;
    private static final double CONFIDENCE = 0.7;
    private static final double DENIAL_CONFIDENCE = 0.6;

    static final GatedPattern CASUALTY_VERB = GatedPattern.compile("\\b(" + String.join("|",
            "killed",
            "died",
            "dead",
            "deaths",
            "wounded",
            "injured",
            "hurt",
            "captured",
            "taken (?:hostage|prisoner|captive)",
            "detained",
            "missing",
            "abducted",
            "kidnapped",
            "arrested",
            "executed") + ")\\b", F);
    static final GatedPattern VERB_THEN_NUMBER = GatedPattern.compile("\\b(killing of|deaths? of|killing|killed|executed|executing|shot|leaving|left|wounding|injuring|detained|detaining|captured|capturing|abducted|abducting|kidnapped|kidnapping|seized|arrested|arresting|took|taking|death toll (?:rose |climbed |reached )?(?:to |at )?)[”\"]?\\s+(?:(" + Quantities.QUALIFIERS + ")\\s+)?(\\d{1,3}(?:,\\d{3})+|\\d+|" + Quantities.NUMBER_WORDS + "|an?(?=\\s))\\b((?:\\s+(?!and\\b)[\\w’'-]+){0,4})", F);
    /** A second count coordinated after the first: "executed seven soldiers and a civilian". */
    static final GatedPattern AND_NUMBER = GatedPattern.compile("(?i)^\\s*(?:,\\s*)?and\\s+(?:(" + Quantities.QUALIFIERS + ")\\s+)?(\\d{1,3}(?:,\\d{3})+|\\d+|" + Quantities.NUMBER_WORDS + "|an?(?=\\s))\\b((?:\\s+(?!and\\b)[\\w’'-]+){0,4})");
    /** Between a state and a killing verb, words that make the state the agent: "X of", "X forces opened fire, ". */
    static final GatedPattern AGENT_BEFORE_VERB = GatedPattern.compile("(?i)^(?:[’']s)?\\s*(?:(?:army|armed forces|forces|troops|soldiers|military|militants|militia|border guards|guards|drones?|side|jets?)\\s+)?(?:(?:of|for)\\s*$|(?:had |has |have )?(?:opened fire|fired|shelled|attacked|struck|raided)\\b[^,;]{0,40},?\\s*(?:and\\s+)?$)");
    /** "violations by Pakistani forces, resulting in the death of four": a state after "by" is the agent. */
    static final GatedPattern BY_AT_END = GatedPattern.compile("(?i)\\bby\\s+(?:the\\s+)?$");
    /** Armed non-state people: their casualties belong to neither state ("17 rebels were killed"). */
    static final GatedPattern NON_STATE = GatedPattern.compile("(?i)\\b(rebels?|guerrill?as?|insurgents?|gunmen|militants?|terrorists?|smugglers?)\\b");
    static final GatedPattern NO_CASUALTIES = GatedPattern.compile("\\b(no|zero) (casualties|deaths|victims|fatalities|one was (?:killed|hurt|injured))\\b|\\bnobody was (killed|hurt|injured)", F);
    /** Words of a conflict: "two players were injured" has none and is no casualty of a border event. */
    static final GatedPattern CONFLICT = GatedPattern.compile("\\b(escalation|conflict|hostilities|violence|border|war|citizens|people|persons|coast ?guards?|police|shot|shooting|sniper|gunmen)\\b", F);
    /** A noun a count can count as people. Without one the number is bare ("and 3 others", "two were killed"). */
    static final GatedPattern PERSON_NOUN = GatedPattern.compile("(?i)\\b(people|persons|civilians?|soldiers?|troops|servicem[ae]n|guards?|officers?|residents?|villagers?|members|personnel|fighters|militants|police\\w*|children|women|captain|officer|private|citizens?|nationals?|tourists?|fisherm[ae]n|sailors?|rebels?)\\b");
    static final GatedPattern POSSESSIVE_PRONOUN = GatedPattern.compile("(?i)\\b(its|our|their)\\b");
    static final GatedPattern OTHERS = GatedPattern.compile("\\bothers?\\b", F);
    /** People words after "killing N": "killing 3 people", "leaving 2 dead". */
    static final GatedPattern PEOPLE_WORD = GatedPattern.compile("(?i)\\b(people|persons|others|dead|wounded|injured)\\b");
    /** Auxiliaries between the noun phrase and the verb: "were", "have been", "reportedly". */
    static final GatedPattern AUXILIARY_AT_END = GatedPattern.compile("(?i)\\s+(?:were|was|have been|has been|had been|are|is|got|reportedly|also|been|had|have|allegedly|later|being)\\s*$");
    /** The wounded of the clause died after all. */
    static final GatedPattern SUCCUMBED = GatedPattern.compile("\\bsuccumbed\\b", F);
    /** A number right after a month name is a day of that month, not a count. */
    static final GatedPattern MONTH_BEFORE = GatedPattern.compile("\\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?\\s*$");
    /** An unnamed body of a state reporting: "The army initially said that ...". */
    static final GatedPattern STATE_BODY_SAYS = GatedPattern.compile("^\\W*(?:the )?(?:army|military|armed forces|defen[cs]e ministry|ministry|government|border (?:guard|service)s?|officials)(?: \\w+)? (?:said|says|reported|announced|stated|confirmed)\\b", F);
    static final GatedPattern CAPTURE_LEAD = GatedPattern.compile("detain\\w*|captur\\w*|abduct\\w*|kidnap\\w*|seized|arrest\\w*");
    static final GatedPattern TOOK_LEAD = GatedPattern.compile("took|taking");
    static final GatedPattern CAPTIVE_TAIL = GatedPattern.compile("(?is).*\\b(prisoner|captive|hostage)s?\\b.*");
    static final GatedPattern DEAD_TAIL = GatedPattern.compile("(?is).*\\b(dead)\\b.*");
    static final GatedPattern WOUNDED_TAIL = GatedPattern.compile("(?is).*\\b(wounded|injured)\\b.*");

    @Override
    public void apply(SentenceView v, ReadingState reading, Records records) {
        String t = v.text();
        Matcher none = NO_CASUALTIES.matcher(t);
        if (none.find()) {
            records.record(EventType.CASUALTIES, v, none.start(), FactKey.casualtiesDenied()).negated(true)
                    .party(Mentions.firstParty(v)).counts(new Counts(0, null, null, null, null, null, null, null))
                    .confidence(DENIAL_CONFIDENCE).summary("denial: no casualties").add();
        }
        if (!CASUALTY_VERB.mayMatch(t) && !VERB_THEN_NUMBER.mayMatch(t)) {
            return; // no casualty words: spare the topic test below (most sentences)
        }
        if (!SentenceTopics.military(t) && !CasualtyPhrases.CIVILIAN_NOUN.matcher(t).find()
                && !CONFLICT.matcher(t).find()) {
            return; // "two players were injured": not a casualty of a border event
        }
        Set<Integer> counted = new HashSet<>();
        // counts after a verb first: "executed seven soldiers and a civilian taken prisoner" were killed, not captured
        numbersAfterVerbs(v, reading.speaker(), counted, records);
        phrasesBeforeVerbs(v, reading.speaker(), counted, records);
    }

    /** "an officer and two soldiers were killed", "3 Armenian soldiers died and 2 others were wounded". */
    private static void phrasesBeforeVerbs(SentenceView v, LastSpeaker speaker, Set<Integer> counted, Records records) {
        String t = v.text();
        Matcher m = CASUALTY_VERB.matcher(t);
        int clauseFloor = 0;
        String lastParty = null;
        Boolean lastCivilian = null;
        while (m.find()) {
            String verb = m.group(1).toLowerCase(Locale.ROOT);
            int from = Math.max(clauseFloor, m.start() - 90);
            String window = t.substring(from, m.start());
            // the noun phrase: cut at the last clause boundary
            int cut = Math.max(Math.max(window.lastIndexOf(';'), window.lastIndexOf(':')), window.lastIndexOf(" while "));
            int comma = window.lastIndexOf(", ");
            if (comma > cut && window.length() - comma > 3) {
                cut = Math.max(cut, comma);
            }
            if (cut >= 0) {
                window = window.substring(cut + 1);
                from = from + cut + 1;
            }
            // twice: "were reportedly", "have also been"
            String np = AUXILIARY_AT_END.matcher(window).replaceAll(" ");
            np = AUXILIARY_AT_END.matcher(np).replaceAll(" ").stripTrailing();
            String category = switch (verb) {
                case "killed", "died", "dead", "deaths", "executed" -> "killed";
                case "wounded", "injured", "hurt" -> "wounded";
                case "missing" -> "missing";
                default -> "captured";
            };
            if (category.equals("wounded") && SUCCUMBED.matcher(t.substring(m.end())).find()) {
                continue; // "troops who were critically injured ... have succumbed to their injuries": they died
            }
            List<int[]> chain = CasualtyPhrases.numberChain(np);
            String phraseText = np;
            chain.removeIf(c -> MONTH_BEFORE.matcher(phraseText.substring(0, c[0])).find()); // "began on February 4, killed"
            if (chain.isEmpty()) {
                continue;
            }
            clauseFloor = m.end();
            // coordinated phrases ("an officer and two soldiers"): one record per (party, civilian), summed
            Map<String, int[]> sums = new LinkedHashMap<>();
            Map<String, Object[]> meta = new LinkedHashMap<>();
            for (int[] c : chain) {
                int numberPos = from + c[0];
                if (!counted.add(numberPos)) {
                    continue;
                }
                String phrase = np.substring(c[0], c[1]);
                String party = Mentions.countryIn(v, numberPos, from + c[1]);
                Boolean civilian = CasualtyPhrases.civilianOf(phrase);
                boolean bare = !PERSON_NOUN.matcher(phrase).find();
                if (party == null && POSSESSIVE_PRONOUN.matcher(phrase).find()) {
                    party = v.claimantCountry();
                }
                if ((bare || OTHERS.matcher(phrase).find()) && party == null && lastParty != null) {
                    party = lastParty;
                    civilian = civilian == null ? lastCivilian : civilian;
                } else if (bare && civilian == null) {
                    civilian = lastCivilian;
                }
                boolean nonState = party == null && NON_STATE.matcher(phrase).find();
                if (party == null && !nonState) {
                    party = partyFromContext(v, speaker);
                }
                if (party == null && Boolean.TRUE.equals(civilian)) {
                    party = victimBefore(v, numberPos); // "the shelling of a Turkish town in which five civilians"
                }
                lastParty = party;
                lastCivilian = civilian;
                String k = party + "|" + civilian;
                int[] sum = sums.computeIfAbsent(k, x -> new int[] {0, numberPos});
                sum[0] += c[2];
                meta.putIfAbsent(k, new Object[] {party, civilian,
                        c[3] == 1 ? Quantities.qualifier(CasualtyPhrases.qualifierAt(np, c[0])) : null});
            }
            for (var e : sums.entrySet()) {
                Object[] mm = meta.get(e.getKey());
                add(v, e.getValue()[1], category, e.getValue()[0], (String) mm[2], (String) mm[0], (Boolean) mm[1],
                        Negation.negated(t, m), records);
            }
        }
    }

    /** "killing four officers and wounding more than 20 soldiers", "took two soldiers prisoner". */
    private static void numbersAfterVerbs(SentenceView v, LastSpeaker speaker, Set<Integer> counted, Records records) {
        String t = v.text();
        Matcher k = VERB_THEN_NUMBER.matcher(t);
        while (k.find()) {
            Integer count = Quantities.value(k.group(3));
            int pos = k.start(3);
            if (count == null || counted.contains(pos)) {
                continue;
            }
            String lead = k.group(1).toLowerCase(Locale.ROOT);
            String tail = k.group(4) == null ? "" : k.group(4);
            String category;
            if (lead.startsWith("kill") || lead.startsWith("death") || lead.startsWith("execut")) {
                category = "killed";
            } else if (lead.equals("shot")) {
                category = DEAD_TAIL.anchoredMatcher(tail).matches() ? "killed" : "wounded"; // "shot two soldiers (dead)"
            } else if (lead.startsWith("wound") || lead.startsWith("injur")) {
                category = "wounded";
            } else if (CAPTURE_LEAD.anchoredMatcher(lead).matches()
                    || TOOK_LEAD.anchoredMatcher(lead).matches() && CAPTIVE_TAIL.anchoredMatcher(tail).matches()) {
                category = "captured"; // "detained three Guyanese miners", "took two soldiers prisoner"
            } else if (TOOK_LEAD.anchoredMatcher(lead).matches()) {
                continue;
            } else if (DEAD_TAIL.anchoredMatcher(tail).matches()) {
                category = "killed";
            } else if (WOUNDED_TAIL.anchoredMatcher(tail).matches()) {
                category = "wounded";
            } else {
                continue;
            }
            if (!CasualtyPhrases.MILITARY_NOUN.matcher(tail).find() && !CasualtyPhrases.CIVILIAN_NOUN.matcher(tail).find()
                    && !PEOPLE_WORD.matcher(tail).find()) {
                continue;
            }
            if (isArticle(k.group(3)) && !CasualtyPhrases.onePerson(" " + tail.strip())) {
                continue; // "killed a stray dog"
            }
            counted.add(pos);
            String party = Mentions.countryIn(v, pos, k.end());
            boolean nonState = party == null && NON_STATE.matcher(tail).find();
            if (party == null && !nonState) {
                party = POSSESSIVE_PRONOUN.matcher(tail).find() ? v.claimantCountry() : null; // "one of its troops"
            }
            if (party == null && !nonState) {
                party = victimBefore(v, k.start()); // "ambushed a Sudanese patrol, killing four officers"
            }
            if (party == null && !nonState) {
                party = partyFromContext(v, speaker);
            }
            boolean negated = Negation.negated(t, k);
            add(v, pos, category, count, Quantities.qualifier(k.group(2)), party, CasualtyPhrases.civilianOf(tail),
                    negated, records);
            coordinatedCount(v, k.end(), category, party, negated, counted, records);
        }
    }

    /** "executed seven soldiers and a civilian": the second count, of the same category and by default party. */
    private static void coordinatedCount(SentenceView v, int from, String category, String firstParty, boolean negated,
            Set<Integer> counted, Records records) {
        String t = v.text();
        Matcher and = AND_NUMBER.matcher(t.substring(from));
        if (!and.find()) {
            return;
        }
        Integer count = Quantities.value(and.group(2));
        String tail = and.group(3) == null ? "" : and.group(3);
        int pos = from + and.start(2);
        if (count == null || counted.contains(pos)
                || isArticle(and.group(2)) && !CasualtyPhrases.onePerson(" " + tail.strip())
                || !CasualtyPhrases.MILITARY_NOUN.matcher(tail).find() && !CasualtyPhrases.CIVILIAN_NOUN.matcher(tail).find()
                        && !PEOPLE_WORD.matcher(tail).find()) {
            return;
        }
        counted.add(pos);
        String party = Mentions.countryIn(v, pos, from + and.end());
        if (party == null && !NON_STATE.matcher(tail).find()) {
            party = firstParty;
        }
        add(v, pos, category, count, Quantities.qualifier(and.group(1)), party, CasualtyPhrases.civilianOf(tail),
                negated, records);
    }

    /**
     * Whose people a verb's count are, from the party named before the verb: that party, unless it is the agent
     * ("accused Ethiopia of executing seven soldiers", "Afghan forces opened fire, killing two guards"): then the other.
     */
    private static String victimBefore(SentenceView v, int rel) {
        org.borderwatch.engine.gazetteer.CountryMention best = null;
        for (var c : v.countryMentions()) {
            if (c.start() - v.start() < rel && v.article().isParty(c.country()) && !Mentions.insideOrganization(v, c)) {
                best = c;
            }
        }
        if (best == null) {
            return null;
        }
        int end = Math.min(rel, best.end() - v.start());
        if (AGENT_BEFORE_VERB.anchoredMatcher(v.text().substring(end, rel)).lookingAt()
                || BY_AT_END.matcher(v.text().substring(0, Math.max(0, best.start() - v.start()))).find()) {
            return Mentions.otherParty(v, best.country(), rel);
        }
        return best.country();
    }

    private static boolean isArticle(String token) {
        return token.equalsIgnoreCase("a") || token.equalsIgnoreCase("an");
    }

    private static void add(SentenceView v, int pos, String category, int count, String qualifier, String party,
            Boolean civilian, boolean negated, Records records) {
        Counts counts = new Counts(category.equals("killed") ? count : null, category.equals("wounded") ? count : null,
                category.equals("captured") ? count : null, category.equals("missing") ? count : null, null, null,
                null, qualifier);
        records.record(EventType.CASUALTIES, v, pos, FactKey.casualties(category, count)).negated(negated)
                .party(party).civilian(civilian).counts(counts).placed().confidence(CONFIDENCE).add();
    }

    /** Whose casualties when the noun phrase names no state: the party the sentence's claimant speaks for. */
    private static String partyFromContext(SentenceView v, LastSpeaker speaker) {
        String c = v.claimantCountry();
        if (c != null && v.article().isParty(c)) {
            return c;
        }
        // "The army initially said ...": an unnamed body right after a state's named one speaks for that state
        if (v.claim() != null && c == null && speaker.partyCountry() != null) {
            return speaker.partyCountry();
        }
        if (c == null && speaker.partyCountry() != null && STATE_BODY_SAYS.matcher(v.text()).find()) {
            return speaker.partyCountry(); // the same, when the body is not capitalized enough to be a claimant
        }
        return null;
    }
}
