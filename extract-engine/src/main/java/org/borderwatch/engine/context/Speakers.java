package org.borderwatch.engine.context;

import java.util.Locale;
import java.util.regex.Matcher;
import org.borderwatch.contract.EventRecord.Claimant;
import org.borderwatch.engine.gazetteer.CountryMention;
import org.borderwatch.engine.gazetteer.Gazetteer;
import org.borderwatch.engine.gazetteer.OrganizationMention;
import org.borderwatch.engine.text.GatedPattern;

/**
 * Who claims what a sentence says: "according to X", "X said", "“...,” said X", "he said" (the last named speaker).
 * People are remembered by their normalized last name (Pashinian = Pashinyan) with the country or organization their
 * title gave them, so a later bare "Zas said" still speaks for the CSTO.
 */
public final class Speakers {

    // Compiled once: String.replaceAll/matches compile their expression on every call (per word here).
    private static final GatedPattern LEADING_ARTICLE = GatedPattern.compile("^(?i)(the|a|an)\\s+");
    private static final GatedPattern TRAILING_PUNCTUATION = GatedPattern.compile("[,.;:]+$");
    private static final GatedPattern POSSESSIVE_AND_AFTER = GatedPattern.compile("[’']s\\b.*");
    private static final GatedPattern BODY_WORD = GatedPattern.compile(".*\\b(secretariat|council|organization|alliance|spokesman)\\b.*");

    private static final String NAME = "[A-Z][a-zà-ÿ’'-]+";
    private static final GatedPattern TITLED_PERSON = GatedPattern.compile("\\b(?:Prime Minister|President|Secretary[- ]General|Foreign Minister"
            + "|Defen[cs]e Minister|[Mm]inister|[Ss]pokes(?:man|woman|person)|Gen\\.|General|Colonel-General|Colonel|Lieutenant"
            + "|Commander|Ambassador|[Rr]epresentative|[Ss]ecretary|Chief|Chairman|Governor|Mayor|Premier|King|Major)"
            + "(?:\\s+of\\s+[A-Z][\\w’'-]+(?:\\s+[A-Z][\\w’'-]+)?)?,?\\s+(" + NAME + "(?:\\s+" + NAME + "){1,2})");
    private static final GatedPattern ACCORDING = GatedPattern.compile("(?i)\\baccording to (?:the )?([^,.;“”\"]{2,80})(?:,\\s+((?-i:[A-Z][\\w’'-]+(?:\\s+[A-Z][\\w’'-]+){1,2})),)?");
    private static final GatedPattern AFTER_QUOTE = GatedPattern.compile("[”\"’],?\\s+(said|added|says|stated|stressed|noted|wrote|explained|claimed|warned|insisted)\\s+(?:the\\s+)?([A-Z][\\w’'-]*(?:\\s+[A-Z][\\w’'-]*){0,4})");
    private static final GatedPattern SUBJECT_VERB = GatedPattern.compile("\\b(said|says|stated|told|claimed|claims|reported|reports|added|stressed|noted|announced|declared|insisted|confirmed|alleged|explained|warned|accused|cited)\\b");
    private static final GatedPattern RELATIVE = GatedPattern.compile("^(?:who|which|whose|where|when)\\b");
    private static final GatedPattern DESCRIPTION = GatedPattern.compile("^(?:a|an)\\s");
    private static final GatedPattern POSSESSIVE_BODY = GatedPattern.compile("^(?:Its|Their)\\s+[A-Z]");
    private static final GatedPattern PRONOUN = GatedPattern.compile("(?i)^(he|she|they)$");
    /** A title without a name ("the secretary general said"). */
    private static final GatedPattern ROLE_ONLY = GatedPattern.compile("(?i)^(?:secretary[- ]general|spokes(?:man|woman|person)|chairman|chairwoman|chair|president|commander|envoy|ambassador|minister|foreign minister|defen[cs]e minister)$");
    /** "U.S. ambassador to the United Nations": the envoy speaks for his state, not for the body he is sent to. */
    private static final GatedPattern ENVOY_TO = GatedPattern.compile("(?i)\\b(?:ambassadors?|envoys?|representatives?|delegates?|delegations?|missions?) (?:\\w+ )?to (?:the )?$");
    /** "... of the organization", "... of the alliance": a body named before. */
    private static final GatedPattern OF_THE_BODY = GatedPattern.compile("(?i)\\bof the (?:organization|organisation|alliance|bloc)\\b");
    private static final GatedPattern GENERIC = GatedPattern.compile("(?i)^(it|this|that|which|who|reports?|media|sources?|officials|the report|a statement|the statement)$");

    private final Gazetteer gazetteer;
    private final Leaders leaders;

    public Speakers(Gazetteer gazetteer, Leaders leaders) {
        this.gazetteer = gazetteer;
        this.leaders = leaders;
    }

    /** A reading of one article: the people it names and the speaker met last, sentence by sentence. */
    SpeakerReading reading(Article article) {
        return new SpeakerReading(this, article);
    }

    /** Normalized key of a name's last token: Pashinian = Pashinyan, Zelenskiy = Zelensky. */
    public static String key(String name) {
        String n = name.strip();
        int sp = Math.max(n.lastIndexOf(' '), n.lastIndexOf('\n'));
        String last = n.substring(sp + 1).toLowerCase(Locale.ROOT);
        if (last.endsWith("’s") || last.endsWith("'s")) {
            last = last.substring(0, last.length() - 2);
        }
        while (!last.isEmpty() && (last.endsWith("’") || last.endsWith("'"))) {
            last = last.substring(0, last.length() - 1);
        }
        if (last.endsWith("ian")) {
            last = last.substring(0, last.length() - 3) + "yan"; // Pashinian = Pashinyan
        } else if (last.endsWith("iy")) {
            last = last.substring(0, last.length() - 2) + "y"; // Zelenskiy = Zelensky
        }
        return last.equals("sarkissyan") ? "sarkisyan" : last;
    }

    /** The claim of {@code v}, or null; {@code r} has entered the sentence. */
    Claim claim(SpeakerReading r, SentenceView v) {
        String t = v.text();
        registerPersons(r, v);
        Matcher m = ACCORDING.matcher(t);
        if (m.find()) {
            if (m.group(2) != null) {
                return resolve(r, v, m.group(2).strip(), m.start(2));
            }
            return resolve(r, v, clauseCut(m.group(1)).strip(), m.start(1));
        }
        m = AFTER_QUOTE.matcher(t);
        if (m.find()) {
            return resolve(r, v, m.group(2).strip(), m.start(2));
        }
        m = SUBJECT_VERB.matcher(t);
        while (m.find()) {
            if (insideQuote(t, m.start())) {
                continue;
            }
            String before = t.substring(0, m.start());
            int cut = -1;
            for (String b : new String[] {", ", "“", "”", "\"", " that ", "; ", " and ", " as ", " which "}) {
                int i = before.lastIndexOf(b);
                if (i >= 0 && i + b.length() <= before.length()) {
                    cut = Math.max(cut, i + b.length());
                }
            }
            String subject = (cut >= 0 ? before.substring(cut) : before).strip();
            if (subject.isEmpty() && before.endsWith(", ")) {
                // an appositive right before the verb: "A Thai army spokesman, Colonel X, said"
                String head = before.substring(0, before.length() - 2);
                int c2 = Math.max(head.lastIndexOf(", "), -2);
                cut = c2 + 2;
                subject = head.substring(cut).strip();
                if ((RELATIVE.matcher(subject).find() || DESCRIPTION.matcher(subject).find() && orgIn(v, 0, c2)) && c2 >= 0) {
                    // "The CSTO, a Moscow-led alliance to which both states belong, said": the name, not the description
                    // "Minister X, who addressed the council on Monday, said": the speaker is before the relative clause
                    String first = head.substring(0, c2);
                    int c3 = Math.max(first.lastIndexOf(", "), -2);
                    cut = c3 + 2;
                    subject = first.substring(cut).strip();
                }
            }
            if (subject.isEmpty()) {
                continue;
            }
            String[] words = subject.split(" ");
            if (words.length > 8) {
                continue;
            }
            int at = cut >= 0 ? cut + (before.substring(cut).length() - before.substring(cut).stripLeading().length()) : 0;
            return resolve(r, v, subject, at);
        }
        return null;
    }

    /** Where a clause starts inside an "according to" phrase: "Armenian officials | there are 1,000 soldiers". */
    private static final GatedPattern CLAUSE_START = GatedPattern.compile(
            "\\s+(?:there|that|which|who|it|they|some|about|around|nearly|more|at least|up to|\\d[\\d,.]*|is|are|was|were|has|have|had|will|would)\\b.*$");

    /** The speaker part of an "according to" phrase, without the clause that follows it. */
    static String clauseCut(String phrase) {
        return CLAUSE_START.matcher(phrase).replaceFirst("");
    }

    private static boolean insideQuote(String t, int pos) {
        return insideQuote(t, pos, false);
    }

    /** Inside a quote; straight quotes count only on request (a sentence may hold just one end of a quote). */
    private static boolean insideQuote(String t, int pos, boolean straightQuotes) {
        int open = 0;
        boolean straight = false;
        for (int i = 0; i < pos; i++) {
            char c = t.charAt(i);
            if (c == '“') {
                open++;
            } else if (c == '”' && open > 0) {
                open--;
            } else if (c == '"') {
                straight = !straight;
            }
        }
        return open > 0 || straightQuotes && straight && t.indexOf('"', pos) >= 0;
    }

    private void registerPersons(SpeakerReading r, SentenceView v) {
        Matcher m = TITLED_PERSON.matcher(v.text());
        while (m.find()) {
            String name = m.group(1);
            if (gazetteer.countryCode(name).isPresent() || gazetteer.organizationCode(name).isPresent()) {
                continue;
            }
            String k = key(name);
            if (r.people().knows(k) && r.people().get(k).name().contains(" ")) {
                continue;
            }
            int rel = m.start();
            String country = null;
            String org = null;
            for (OrganizationMention o : v.organizations()) {
                int at = o.start() - v.start();
                if (at < m.start(1) && at >= rel - 30 && !sentTo(v, o)) {
                    org = o.organization();
                }
            }
            for (CountryMention c : v.countryMentions()) {
                int at = c.start() - v.start();
                if (at < m.start(1) && at >= rel - 45 && !insideQuote(v.text(), at, true)) { // a quote is no affiliation
                    country = c.country();
                }
            }
            if (country == null && org == null) {
                country = leaders.countryOf(k);
            }
            r.people().put(k, new Claimant(name, country, org));
        }
    }

    private static boolean sentTo(SentenceView v, OrganizationMention o) {
        int at = o.start() - v.start();
        return ENVOY_TO.matcher(v.text().substring(Math.max(0, at - 40), Math.max(0, at))).find();
    }

    private Claim resolve(SpeakerReading r, SentenceView v, String phrase, int rel) {
        LastSpeaker last = r.lastSpeaker();
        String p = LEADING_ARTICLE.matcher(phrase).replaceAll("").strip();
        if (PRONOUN.anchoredMatcher(p).matches()) {
            return last.claimant() == null ? null : new Claim(last.claimant(), last.person(), false);
        }
        if (GENERIC.anchoredMatcher(p).matches()) {
            return null;
        }
        // "the secretary general said" after "Secretary General ... Stanislav Zas told journalists": that speaker
        if (ROLE_ONLY.anchoredMatcher(p).matches() && last.claimant() != null
                && last.claimant().name().toLowerCase(Locale.ROOT).replace('-', ' ')
                        .contains(p.toLowerCase(Locale.ROOT).replace('-', ' '))) {
            return new Claim(last.claimant(), last.person(), false);
        }
        int absStart = v.start() + rel;
        int absEnd = absStart + phrase.length();
        String country = null;
        String org = null;
        for (CountryMention c : v.countryMentions()) {
            if (c.start() >= absStart && c.end() <= absEnd && !inOrg(v, c)) {
                country = c.country();
                break;
            }
        }
        for (OrganizationMention o : v.organizations()) {
            if (o.start() >= absStart && o.end() <= absEnd && !sentTo(v, o)) {
                org = o.organization();
                break;
            }
        }
        // a known person in the phrase?
        String[] words = p.split(" ");
        for (int i = words.length - 1; i >= 0; i--) {
            String w = TRAILING_PUNCTUATION.matcher(words[i]).replaceAll("");
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                continue;
            }
            String surname = key(w);
            Claimant known = r.people().get(surname);
            if (known == null && country == null && org == null && leaders.countryOf(surname) != null) {
                known = new Claimant(w, leaders.countryOf(surname), null);
                r.people().put(surname, known);
            }
            if (known != null) {
                return new Claim(known, true, false);
            }
        }
        if (org == null && country == null && OF_THE_BODY.matcher(p).find() && r.organizations().last() != null) {
            // "Secretary General of the organization Stanislav Zas": the organization named last
            org = r.organizations().last();
            String lastWord = TRAILING_PUNCTUATION.matcher(words[words.length - 1]).replaceAll("");
            if (!lastWord.isEmpty() && Character.isUpperCase(lastWord.charAt(0)) && !r.people().knows(key(lastWord))) {
                Claimant person = new Claimant(p, null, org);
                r.people().put(key(lastWord), person);
                return new Claim(person, true, false);
            }
        }
        boolean capitalized = Character.isUpperCase(p.isEmpty() ? 'x' : p.charAt(0));
        if (country == null && org == null && POSSESSIVE_BODY.matcher(p).find()) {
            // "Tajikistan gave a different account. Its State Committee ... said": the body of the state named last
            country = lastStateBefore(v.article(), v.start());
        }
        if (country == null && org == null) {
            if (!capitalized) {
                return null;
            }
            // an unknown person ("Zas" before his title was seen) or an unnamed body
            if (words.length <= 3 && !p.toLowerCase(Locale.ROOT).contains("ministry")) {
                return new Claim(new Claimant(p, null, null), true, false);
            }
            String ministry = p.toLowerCase(Locale.ROOT);
            if (ministry.contains("ministry") && v.article().parties().size() >= 1) {
                // "said Defense Ministry": the ministry of the state the article speaks from
                country = last.country() != null ? last.country() : v.article().parties().get(0);
            }
        }
        boolean orgItself = org != null && POSSESSIVE_AND_AFTER.matcher(p).replaceAll("").strip().length() <= org.length() + 2
                || org != null && BODY_WORD.anchoredMatcher(p.toLowerCase(Locale.ROOT)).matches();
        return new Claim(new Claimant(p, country, org), false, orgItself || (org != null && country == null));
    }

    /** An organization named in the sentence between {@code fromRel} and {@code toRel}. */
    private static boolean orgIn(SentenceView v, int fromRel, int toRel) {
        for (OrganizationMention o : v.organizations()) {
            int r = o.start() - v.start();
            if (r >= fromRel && r < toRel) {
                return true;
            }
        }
        return false;
    }

    private static String lastStateBefore(Article article, int pos) {
        String found = null;
        for (CountryMention c : article.countryMentions()) {
            if (c.start() >= pos) {
                break;
            }
            boolean inOrg = false;
            for (OrganizationMention o : article.organizationMentions()) {
                if (c.start() >= o.start() && c.end() <= o.end()) {
                    inOrg = true;
                }
            }
            if (!inOrg && article.isParty(c.country())) {
                found = c.country();
            }
        }
        return found;
    }

    private static boolean inOrg(SentenceView v, CountryMention c) {
        for (OrganizationMention o : v.organizations()) {
            if (c.start() >= o.start() && c.end() <= o.end()) {
                return true;
            }
        }
        return false;
    }
}
