package org.borderwatch.engine;

import org.borderwatch.engine.text.GatedPattern;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.contract.ArticleAnalysis;
import org.borderwatch.contract.CloudEventTypes;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.EventRecord.Actor;
import org.borderwatch.contract.EventRecord.Claimant;
import org.borderwatch.contract.EventRecord.Counts;
import org.borderwatch.contract.EventRecord.Location;
import org.borderwatch.contract.EventType;
import org.borderwatch.contract.Extractor;
import org.borderwatch.contract.RawArticle;
import org.borderwatch.engine.gazetteer.CountryMention;
import org.borderwatch.engine.gazetteer.CountryMentionType;
import org.borderwatch.engine.gazetteer.Gazetteer;
import org.borderwatch.engine.gazetteer.OrganizationMention;
import org.borderwatch.engine.gazetteer.Place;
import org.borderwatch.engine.gazetteer.PlaceMatch;
import org.borderwatch.engine.text.Sentence;
import org.borderwatch.engine.text.Sentences;
import org.borderwatch.engine.time.DateResolver;

/**
 * The rule-based extraction engine ("borderwatch-rules"): sentences, dates, parties, then one pass of precompiled
 * trigger rules per sentence. Stateless between articles and thread-safe; per-article state lives in {@link Doc}.
 */
public final class BorderwatchAnalyzer implements ArticleAnalyzer {

    // Compiled once: String.matches compiles its expression on every call (per casualty mention here).
    private static final Pattern WHICH = Pattern.compile("(?s).*\\bwhich\\b.*");
    private static final Pattern CAPTURE_LEAD = Pattern.compile("detain\\w*|captur\\w*|abduct\\w*|seized|arrest\\w*");
    private static final Pattern TOOK_LEAD = Pattern.compile("took|taking");
    private static final Pattern CAPTIVE_TAIL = Pattern.compile("(?is).*\\b(prisoner|captive|hostage)s?\\b.*");
    private static final Pattern DEAD_TAIL = Pattern.compile("(?is).*\\b(dead)\\b.*");
    private static final Pattern WOUNDED_TAIL = Pattern.compile("(?is).*\\b(wounded|injured)\\b.*");
    private static final Pattern PRONOUN_PIECE = Pattern.compile("(?i)(it|he|she|they|its \\w+|his \\w+)");

    public static final String NAME = "borderwatch-rules";
    public static final String VERSION = "0.4.0";

    private final Extractor extractor;
    private final Gazetteer gazetteer;
    private final Speakers speakers;

    private BorderwatchAnalyzer(String version, Gazetteer gazetteer) {
        this.extractor = new Extractor(NAME, version);
        this.gazetteer = gazetteer;
        this.speakers = new Speakers(gazetteer);
    }

    public static BorderwatchAnalyzer create() {
        return create(VERSION);
    }

    /** An engine that writes {@code version} on its output (replay tests simulate a newer extractor). */
    public static BorderwatchAnalyzer create(String version) {
        return new BorderwatchAnalyzer(version, Gazetteer.load());
    }

    @Override
    public Extractor extractor() {
        return extractor;
    }

    // ------------------------------------------------------------------ rules

    private static final int F = Pattern.CASE_INSENSITIVE;

    static final GatedPattern BORDER = GatedPattern.compile("(?i)\\b(border|frontier|boundary|line of control|line of actual control|blue line|LAC|LoC|demarcat)");
    static final GatedPattern MILITARY = GatedPattern.compile("(?i)\\b(troops?|forces|soldiers?|military|army|servicem[ae]n|border guards?|shell(ed|ing)|artillery|mortars?|fire|gunfire|killed|wounded|clash(es|ed)?|incursion|ceasefire|truce|drones?|attack(ed|s)?|hostilities|encroach\\w*|breach\\w*|fighting)\\b");

    /** Words that make a sentence military without doubt ("attacked" and "struck" also describe football). */
    static final GatedPattern MILITARY_STRICT = GatedPattern.compile("(?i)\\b(troops?|forces|soldiers?|military|army|servicem[ae]n|border guards?|border posts?|shell(ed|ing)|artillery|mortars?|gunfire|open(ed)? fire|killed|wounded|incursion|ceasefire|truce|drones?|hostilities|weapons|militia|encroach\\w*|breach\\w*|territory)\\b");

    private static final GatedPattern INCURSION = GatedPattern.compile("\\b(crossed (?:into|over|the)|crossing (?:into|the)|breach(?:ed|ing)?\\b(?! of (?:the )?(?:ceasefire|truce|agreement))|advanced|advance (?:their|its) positions|advance positions|pushed (?:their |its )?positions|infringed|encroach\\w*|incursions?|intrusions?|intruded|entered (?:the )?(?:territory|zone)|violated (?:the )?(?:state )?border|trespass\\w*|invaded|occupied)", F);
    private static final GatedPattern ATTACK = GatedPattern.compile("\\b(opened (?:\\w+ )?fire|opened “?(?:intensive )?fire|shell(?:ed|ing|s)|struck|drone strikes?|air ?strikes?|fired (?:\\w+ly |first |back )?(?:at|on|upon|rockets|mortars|artillery|shells)|(?:side|forces|troops|soldiers|guards) fired (?:indiscriminately|first)|attack(?:ed|s)? (?:on|against)?|bombard\\w*|rocket (?:fire|attacks?)|used (?:armed |combat |attack |heavy )?(?:drones|artillery|mortars|rockets|missiles|heavy weapons)|launched (?:an? )?(?:attack|assault|offensive)|ambush\\w*)", F);
    private static final GatedPattern CLASH = GatedPattern.compile("\\b(clash(?:es|ed)?|exchange(?:s|d)? (?:of )?fire|hostilities broke out|skirmish\\w*|fighting|firefights?|gunfights?|shootouts?|exchanged gunfire|shooting)", F);
    private static final GatedPattern CASUALTY_VERB = GatedPattern.compile("\\b(killed|died|dead|deaths|wounded|injured|hurt|captured|taken (?:hostage|prisoner|captive)|detained|missing|abducted)\\b", F);
    private static final GatedPattern KILLING_N = GatedPattern.compile("\\b(killing|killed|leaving|left|wounding|injuring|detained|detaining|captured|capturing|abducted|abducting|seized|arrested|arresting|took|taking|death toll (?:rose |climbed |reached )?(?:to |at )?)\\s+(?:(" + Quantities.QUALIFIERS + ")\\s+)?(\\d{1,3}(?:,\\d{3})+|\\d+|" + Quantities.NUMBER_WORDS + ")\\b((?:\\s+(?!and\\b)[\\w’'-]+){0,4})", F);
    private static final GatedPattern NO_CASUALTIES = GatedPattern.compile("\\b(no|zero) (casualties|deaths|victims|fatalities|one was (?:killed|hurt|injured))\\b|\\bnobody was (killed|hurt|injured)", F);
    private static final GatedPattern TROOPS = GatedPattern.compile("\\b(troops|soldiers|servicemen|military personnel|personnel|forces|border guards|fighters)\\b", F);
    private static final GatedPattern PRESENCE = GatedPattern.compile("\\b(keep|keeps|maintain\\w*|moved|sent|reinforce\\w*|camped|stationed|deployed|massed|amassed|concentrated|present|gathered|remain(?:ed|s)?|currently|positioned|on (?:\\w+[’']s )?(?:sovereign )?territory|in (?:\\w+[’']s )?territory)\\b", F);
    private static final GatedPattern EVACUATION = GatedPattern.compile("\\b(evacuat\\w+|fled|displaced|relocated)\\b", F);
    private static final GatedPattern APPEAL = GatedPattern.compile("\\b(appeal(?:ed|s)? (?:to|from)|appeal of|an appeal(?! from| of)|turned to|request(?:ed|s)? (?:\\w+ )?(?:assistance|help|support) from|asked (?:the )?[A-Z]?\\w* (?:for (?:help|assistance)|to invoke)|asked the alliance|asked (?:the )?(?:[A-Z]\\w+ ){1,5}to (?:help|intervene|mediate|send|deploy)|sought (?:help|assistance) from|upon (?:the )?request of|at the request of|invoke Article|complaint (?:with|to)|complained to|[’']s (?:request|appeal))\\b", F);
    private static final GatedPattern INSTRUMENT = GatedPattern.compile("\\bArticle (\\d+)\\b");
    private static final GatedPattern CONSULTATION = GatedPattern.compile("\\b(in (?:close )?contact with|consultations?|consulting|consult(?:ed)?|telephone (?:conversations?|calls?)|phone (?:conversations?|calls?)|spoke by (?:tele)?phone|contacted)\\b", F);
    private static final GatedPattern MEETING = GatedPattern.compile("\\b(meeting|session|summit|talks|met|gathered|discussion)\\b", F);
    private static final GatedPattern SAY = GatedPattern.compile("\\b(said|says|say|stated|told|claimed|claims|claim|reported|reports|added|stressed|noted|announced|declared|insisted|confirmed|alleged|explained|warned|wrote|tweeted|cited|quoted)\\b");
    private static final GatedPattern STATEMENT_NOUN = GatedPattern.compile("\\b(statement|expressed (?:\\w+ )?concern|announced|declared)\\b", F);
    private static final GatedPattern ACCUSE = GatedPattern.compile("\\b(accus(?:ed|ing|es|ation)|blam(?:ed|ing|es)|provocations?|provoking|encroachment|aggression|aggressor|aggressive)\\b", F);
    private static final GatedPattern DEMAND = GatedPattern.compile("\\b(demand(?:s|ed|ing)?|called on|calls on|urged|urges|presented a demand)\\b", F);
    private static final GatedPattern THREAT = GatedPattern.compile("\\b(threaten(?:ed|s|ing)?)\\b", F);
    private static final GatedPattern REJECT = GatedPattern.compile("\\b(reject(?:ed|s|ing)?|refused|declined|turned down|dismissed)\\b", F);
    /** A mission, or a group sent to watch ("a monitoring group was not formed" is a mission not sent). */
    private static final GatedPattern MISSION = GatedPattern.compile("\\b(mission|(?:monitoring|observer) (?:group|team)|(?:send|sent|sending|deploy|deployed|deploying|dispatch|dispatched|dispatching)(?: \\w+)? (?:observers|monitors|peacekeepers))\\b", F);
    private static final GatedPattern MISSION_ACT = GatedPattern.compile("\\b(lead|led|dispatch\\w*|send|sent|deploy\\w*|form\\w*|create\\w*|establish\\w*|includ\\w*)\\b", F);
    private static final GatedPattern MODAL = GatedPattern.compile("\\b(should|consider\\w*|would|could|might|asked|request\\w*|urged|proposed|calls? for)\\b", F);
    /**
     * Watching the situation. "Closely following the developments" is what a statement says, not an act of
     * monitoring; "monitoring" before mission/group/team names the mission (MISSION), not a monitoring.
     */
    private static final GatedPattern MONITOR = GatedPattern.compile("\\b(monitor(?:ing|ed|s)?(?! (?:mission|group|team)\\b)|observers?(?! (?:mission|group|team)\\b))\\b", F);
    private static final GatedPattern CEASEFIRE = GatedPattern.compile("\\b(cease-?fire|truce|armistice)\\b", F);
    private static final GatedPattern CEASEFIRE_ACT = GatedPattern.compile("\\b(negotiat\\w+|held|holds|holding|agreed|agree|brokered|reached|announced|declared|restored|established|holding|took effect|signed|in effect|accord)\\b", F);
    private static final GatedPattern VIOLATION = GatedPattern.compile("\\b(violat\\w+|broke|breach\\w*|broken)\\b", F);
    private static final GatedPattern MEDIATION = GatedPattern.compile("\\b(mediat\\w+|brokered|facilitat\\w+ talks)\\b", F);
    private static final GatedPattern NEGATION = GatedPattern.compile("\\b(no|not|never|without|nor|neither|denied|den(?:y|ies)|didn[’']t|wasn[’']t|weren[’']t|no one|nobody|rejected claims)\\b", F);
    private static final GatedPattern NEGATION_AFTER = GatedPattern.compile("^[^.;,]{0,40}\\b(was not|were not|has not been|have not been|was never|not made|not recorded)\\b", F);
    private static final GatedPattern BACKGROUND_PHRASE = GatedPattern.compile("\\b(last year|years ago|in the past|previous(?:ly)?|since the end of|a similar|earlier clash(?:es)?|the first (?:\\w+ )?war|the second war|this second war|during the conflict)\\b", F);
    private static final GatedPattern DISTANCE = GatedPattern.compile("(\\d+(?:[.,]\\d+)?)\\s*(?:-\\s*)?(km|kilomet(?:er|re)s?|miles?)\\b", F);
    private static final GatedPattern WEAPON = GatedPattern.compile("\\b(artillery|mortars?|drones?|small arms|large-caliber|large-calibre|rockets?|air ?strikes?|tanks?|missiles?|grenades?|machine guns?|sniper|howitzers?|heavy weapons|rifles?)\\b", F);
    private static final GatedPattern CIVILIAN_NOUN = GatedPattern.compile("\\b(civilians?|residents?|villagers?|children|women|farmers?|shepherds?|locals|inhabitants|passengers|miners|fishermen|herders?|labou?rers|workers|traders|truck drivers)\\b", F);
    private static final GatedPattern MILITARY_NOUN = GatedPattern.compile("\\b(soldiers?|troops?|servicem[ae]n|military|border guards?|guards?|officers?|militants?|fighters?|personnel|army|policem[ae]n|police|conscripts?)\\b", F);
    private static final GatedPattern CONFLICT = GatedPattern.compile("\\b(escalation|conflict|hostilities|violence|border|war|citizens|people|persons)\\b", F);
    private static final GatedPattern OTHERS = GatedPattern.compile("\\bothers?\\b", F);
    private static final GatedPattern ALLIANCE = GatedPattern.compile("\\b(the alliance|the organization|the organisation|the bloc|the body|the council|the regional bloc)\\b", F);

    private static final GatedPattern INLINE_1 = GatedPattern.compile("\\b(19[5-9]\\d|20\\d\\d)\\b");
    private static final GatedPattern INLINE_2 = GatedPattern.compile("(?i)calling it (?:an? )?[“\"]?([^”\",.]+)");
    private static final GatedPattern INLINE_3 = GatedPattern.compile("(?i)calling it (?:an? )?[“\"]?([^”\",.]+)");
    private static final GatedPattern INLINE_4 = GatedPattern.compile("(?i)\\b(was not made|no decision|not decided|were not|decided against)\\b");
    private static final GatedPattern INLINE_5 = GatedPattern.compile("(?i)\\b(people|persons|civilians?|soldiers?|troops|servicem[ae]n|guards?|officers?|residents?|villagers?|members|personnel|fighters|militants|police\\w*|children|women|captain|officer|private)\\b");
    private static final GatedPattern INLINE_6 = GatedPattern.compile("(?i)\\b(its|our|their)\\b");
    private static final GatedPattern INLINE_7 = GatedPattern.compile("(?i)\\b(people|persons|others|dead|wounded|injured)\\b");
    private static final GatedPattern INLINE_8 = GatedPattern.compile("(?i)^\\s+(?:[A-Z][\\w-]+\\s+)?(?:\\w+\\s+)?(soldier|serviceman|officer|civilian|villager|resident|guard|border guard|child|woman|man|captain|policeman|member|fighter|person|shepherd|farmer)\\b");
    private static final GatedPattern INLINE_9 = GatedPattern.compile("(?i)\\b(" + Quantities.QUALIFIERS + ")\\s+$");
    private static final GatedPattern INLINE_10 = GatedPattern.compile("(?i)\\s+and\\s*$");
    private static final GatedPattern INLINE_11 = GatedPattern.compile("(?i)\\b(" + Quantities.QUALIFIERS + ")\\s+$");
    private static final GatedPattern INLINE_12 = GatedPattern.compile("(?i)(?:\\b(" + Quantities.QUALIFIERS + ")\\s+)?\\b(\\d{1,3}(?:,\\d{3})+|\\d+|" + Quantities.NUMBER_WORDS
                    + ")\\b(\\s+thousand)?((?:\\s+[A-Z][\\w’'-]*|\\s+(?:more|additional|armed|military|regular|border|extra|of|its|their))*)\\s*$");
    private static final GatedPattern INLINE_13 = GatedPattern.compile("(?i)\\b(killing|wounding|injuring|killed|wounded|of|lost)\\s+(?:" + Quantities.QUALIFIERS + ")?\\s*$");
    private static final GatedPattern INLINE_14 = GatedPattern.compile("(?i)^\\s*(?:[\\w’']+\\s+){0,4}?(killed|died|dead|wounded|injured|captured|detained|missing|taken|succumbed|hurt)\\b");
    private static final GatedPattern INLINE_15 = GatedPattern.compile("(?i)\\beach\\b|\\bboth\\b");
    private static final GatedPattern INLINE_16 = GatedPattern.compile("(?i)\\beach\\b|\\bboth (?:sides|countries|armies)\\b");
    private static final GatedPattern INLINE_17 = GatedPattern.compile("(?i)\\b(each other|one another|mutually|blamed the other|accused the other)\\b");
    private static final GatedPattern INLINE_18 = GatedPattern.compile("^(?:It|He|She|They)\\b");
    private static final GatedPattern INLINE_19 = GatedPattern.compile("(?i)^\\s*(he|she|they|it)\\b");

    private static final GatedPattern REPLACE_1 = GatedPattern.compile("\\s+(?:people|residents|civilians|villagers|families)\\s+(?:were|have been|had been)\\s*$");
    private static final GatedPattern REPLACE_2 = GatedPattern.compile("(?i)\\s+(?:were|was|have been|has been|had been|are|is|got|reportedly|also|been|had|have|allegedly|later|being)\\s*$");
    private static final GatedPattern REPLACE_3 = GatedPattern.compile("(?i)\\s+(?:were|was|have been|has been|had been|are|is|got|reportedly|also|been|had|have|allegedly|later|being)\\s*$");
    private static final GatedPattern REPLACE_4 = GatedPattern.compile("(?i)\\b(" + Quantities.QUALIFIERS + ")\\s+$");

    // ------------------------------------------------------------------ analysis

    @Override
    public ArticleAnalysis analyze(RawArticle article) {
        String text = article.text() == null ? "" : article.text();
        Doc doc = new Doc(article, text);
        doc.articleDate = DateResolver.articleDate(article.published(), text);
        doc.sentences = Sentences.split(text);
        doc.countryMentions = withDeFactoAuthorities(gazetteer.findCountries(text), text);
        doc.orgMentions = gazetteer.findOrganizations(text);
        doc.parties = parties(doc);
        doc.places = places(doc);
        doc.referenceYear = doc.articleDate != null ? doc.articleDate.getYear() : latestYear(doc);

        boolean previousBackground = false;
        int previousParagraph = -1;
        List<SentenceView> views = new ArrayList<>(doc.sentences.size());
        for (Sentence s : doc.sentences) {
            doc.cursor = s.end();
            SentenceView v = new SentenceView(doc, s);
            v.date = DateResolver.resolve(withoutInstrumentYears(s.text()), doc.articleDate);
            v.background = isBackground(doc, v, previousBackground && previousParagraph == s.paragraph());
            previousBackground = v.background;
            previousParagraph = s.paragraph();
            v.claimant = speakers.claimant(doc, v);
            views.add(v);
        }
        attributeQuotedParagraphs(views);
        doc.lastOrg = null;
        doc.lastSpeaker = null;
        for (SentenceView v : views) {
            doc.cursor = v.s.end();
            List<OrganizationMention> o = v.orgs();
            if (!o.isEmpty()) {
                doc.lastOrg = o.get(o.size() - 1).organization();
            }
            if (v.claimant != null) {
                doc.lastSpeaker = v.claimant;
                if (v.claimant.country() != null && doc.parties.contains(v.claimant.country())) {
                    doc.lastCountrySpeaker = v.claimant.country();
                }
            }
            extract(doc, v);
        }
        mergeInstruments(doc.events);
        attachSceneLocations(doc, views);

        List<String> countries = new ArrayList<>(doc.parties);
        boolean incident = countries.size() >= 2 && isIncident(doc);
        String published = doc.articleDate == null ? null : doc.articleDate.toString();
        return new ArticleAnalysis(CloudEventTypes.SCHEMA_VERSION, article.articleId(), extractor, Instant.now().toString(),
                published, incident, countries, List.copyOf(doc.events), List.copyOf(doc.warnings), article.title(),
                article.outlet(), article.fileName(), article.ingestedAt());
    }

    /** De facto governments named by movement ("the Taliban") speak and act for their state. */
    private static final GatedPattern DE_FACTO = GatedPattern.compile("\\bTaliban\\b");

    private static List<CountryMention> withDeFactoAuthorities(List<CountryMention> found, String text) {
        Matcher m = DE_FACTO.matcher(text);
        if (!m.find()) {
            return found;
        }
        List<CountryMention> out = new ArrayList<>(found);
        do {
            out.add(new CountryMention("AF", m.group(), m.start(), m.end(), CountryMentionType.NAME));
        } while (m.find());
        out.sort(java.util.Comparator.comparingInt(CountryMention::start));
        return out;
    }

    /**
     * A quotation that runs over several sentences ("“... Thank God, there are no casualties. ...,” said Zas.")
     * belongs to the speaker named after it: sentences of a paragraph that opens a quote take that claimant.
     */
    private static void attributeQuotedParagraphs(List<SentenceView> views) {
        int i = 0;
        while (i < views.size()) {
            int p = views.get(i).s.paragraph();
            int j = i;
            while (j < views.size() && views.get(j).s.paragraph() == p) {
                j++;
            }
            String first = views.get(i).s.text();
            if (j - i > 1 && (first.startsWith("“") || first.startsWith("\""))) {
                SentenceView last = null;
                for (int k = i; k < j; k++) {
                    String t = views.get(k).s.text();
                    if (views.get(k).claimant != null && (t.contains("”") || t.contains("\""))) {
                        last = views.get(k);
                        break;
                    }
                }
                if (last != null) {
                    for (int k = i; k < j; k++) {
                        SentenceView v = views.get(k);
                        if (v.claimant == null) {
                            v.claimant = last.claimant;
                            v.claimantIsPerson = last.claimantIsPerson;
                            v.claimantIsOrganization = last.claimantIsOrganization;
                        }
                    }
                }
            }
            i = j;
        }
    }

    private static int latestYear(Doc doc) {
        int max = 0;
        Matcher m = INLINE_1.matcher(doc.text);
        while (m.find()) {
            max = Math.max(max, Integer.parseInt(m.group(1)));
        }
        return max;
    }

    /** States involved: pairs named together in border/military sentences win; passing mentions do not. */
    private List<String> parties(Doc doc) {
        Map<String, Double> pairScore = new HashMap<>();
        Map<String, Double> single = new HashMap<>();
        int ci = 0;
        List<CountryMention> cms = doc.countryMentions;
        for (Sentence s : doc.sentences) {
            while (ci < cms.size() && cms.get(ci).start() < s.start()) {
                ci++;
            }
            LinkedHashSet<String> in = new LinkedHashSet<>();
            for (int j = ci; j < cms.size() && cms.get(j).start() < s.end(); j++) {
                in.add(cms.get(j).country());
            }
            if (in.isEmpty()) {
                continue;
            }
            boolean border = BORDER.matcher(s.text()).find();
            boolean military = MILITARY.matcher(s.text()).find();
            double w = border ? 2 : military ? 1 : 0.25;
            for (String c : in) {
                single.merge(c, w, Double::sum);
            }
            {
                List<String> l = new ArrayList<>(in);
                for (int a = 0; a < l.size(); a++) {
                    for (int b = a + 1; b < l.size(); b++) {
                        String key = l.get(a).compareTo(l.get(b)) < 0 ? l.get(a) + "|" + l.get(b) : l.get(b) + "|" + l.get(a);
                        pairScore.merge(key, (border ? 2.0 : military ? 1.0 : 0.25) / (l.size() - 1), Double::sum);
                    }
                }
            }
        }
        String best = null;
        double bestScore = 0;
        for (var e : pairScore.entrySet()) {
            String[] p = e.getKey().split("\\|");
            double score = e.getValue() + 0.1 * (single.getOrDefault(p[0], 0.0) + single.getOrDefault(p[1], 0.0));
            if (score > bestScore || (score == bestScore && best != null && e.getKey().compareTo(best) < 0)) {
                best = e.getKey();
                bestScore = score;
            }
        }
        List<String> out = new ArrayList<>();
        if (best != null) {
            String[] p = best.split("\\|");
            // order: the one named first in the text first
            int i0 = firstMention(cms, p[0]);
            int i1 = firstMention(cms, p[1]);
            if (i0 <= i1) {
                out.add(p[0]);
                out.add(p[1]);
            } else {
                out.add(p[1]);
                out.add(p[0]);
            }
        } else if (!single.isEmpty()) {
            single.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue())).limit(1)
                    .forEach(e -> out.add(e.getKey()));
        }
        return out;
    }

    private static int firstMention(List<CountryMention> cms, String code) {
        for (CountryMention m : cms) {
            if (m.country().equals(code)) {
                return m.start();
            }
        }
        return Integer.MAX_VALUE;
    }

    private List<Located> places(Doc doc) {
        Set<String> involved = new LinkedHashSet<>(doc.parties);
        List<Located> out = new ArrayList<>();
        for (PlaceMatch m : gazetteer.findPlaces(doc.text)) {
            if (overlapsCapitalMetonym(doc, m.start(), m.end()) || notWhereItHappened(doc.text, m.start(), m.end())) {
                continue;
            }
            gazetteer.resolve(m, involved).ifPresent(p -> out.add(new Located(m, p)));
        }
        return out;
    }

    /** "the Isfara river", "the Helmand River": a river named like a town or province, not the place. */
    private static final GatedPattern RIVER_AFTER = GatedPattern.compile("^\\s+[Rr]iver\\b");
    /**
     * Places named as elsewhere: a destination of flight ("several families left the town for Quetta", "taken to a
     * hospital in ..."), a contrast ("that are not related to Nagorno-Karabakh"), another front ("pulled north to
     * fight in Tigray").
     */
    private static final GatedPattern ELSEWHERE_BEFORE = GatedPattern.compile("(?:\\bnot (?:related to|part of|near)|\\boutside(?: of)?|\\bfar from|\\brather than|\\binstead of|\\baway from|\\bfled to|\\bleft (?:the |their )?\\w+ for|\\bevacuated to|\\brelocated to|\\btaken to(?: a)? hospitals? in|\\bto fight in)\\s+(?:the )?(?:[A-Z][\\w-]+[’']s\\s+)?$", F);

    static boolean notWhereItHappened(String text, int start, int end) {
        if (RIVER_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 8))).find()) {
            return true;
        }
        return ELSEWHERE_BEFORE.matcher(text.substring(Math.max(0, start - 48), start)).find();
    }

    private static boolean overlapsCapitalMetonym(Doc doc, int start, int end) {
        for (CountryMention c : doc.countryMentions) {
            if (c.start() < end && start < c.end()) {
                return true; // "Baku claims", or a place named like a country
            }
        }
        return false;
    }

    record Located(PlaceMatch match, Place place) {
    }

    private static final java.util.EnumSet<EventType> ON_THE_GROUND = java.util.EnumSet.of(EventType.ATTACK,
            EventType.CLASH, EventType.INCURSION, EventType.CASUALTIES, EventType.CEASEFIRE_VIOLATION,
            EventType.TROOP_PRESENCE, EventType.EVACUATION);

    /**
     * Places named in a current, military sentence that made no record of its own ("gunfire was reported near the
     * exclave of Vorukh") are places of the incident: they join the nearest current record on the ground.
     */
    private static final GatedPattern SCENE = GatedPattern.compile("\\b(gunfire|opened fire|fire|shell\\w*|mortars?|clash\\w*|fighting|skirmish\\w*|border guards|guards|troops|soldiers|forces|(?:out)?posts?|positions|killed|wounded|injured|hurt|treated|patrol\\w*|standoff|friction points?|disengagement|withdraw\\w*|pull back|crossing|checkpoints?|exclave|stranded|incursion|talks were held)\\b", F);
    private static final GatedPattern WHOLE_LINE = GatedPattern.compile("\\bLine\\b");

    private static void attachSceneLocations(Doc doc, List<SentenceView> views) {
        for (SentenceView v : views) {
            if (v.background || v.locations().isEmpty()) {
                continue;
            }
            String t = v.s.text();
            if (!SCENE.matcher(t).find() || THREAT.matcher(t).find()) {
                continue;
            }
            boolean placed = false;
            int nearest = -1;
            int best = Integer.MAX_VALUE;
            for (int i = 0; i < doc.events.size(); i++) {
                EventRecord e = doc.events.get(i);
                if (e.evidence() != null && e.evidence().start() == v.s.start() && !e.locations().isEmpty()) {
                    placed = true;
                    break;
                }
                if (e.background() || e.negated() || !ON_THE_GROUND.contains(e.type()) || e.evidence() == null) {
                    continue;
                }
                int d = Math.abs(e.evidence().start() - v.s.start());
                if (d < best) {
                    best = d;
                    nearest = i;
                }
            }
            if (placed || nearest < 0) {
                continue;
            }
            EventRecord e = doc.events.get(nearest);
            List<Location> merged = new ArrayList<>(e.locations());
            for (Location l : v.locations()) {
                if (l.country() != null && !doc.parties.contains(l.country()) || WHOLE_LINE.matcher(l.name()).find()) {
                    continue; // a venue abroad ("New York"), or the whole boundary ("Durand Line") is no scene
                }
                if (!merged.contains(l)) {
                    merged.add(l);
                }
            }
            doc.events.set(nearest, new EventRecord(e.id(), e.type(), e.plover(), e.date(), e.datePrecision(),
                    e.negated(), e.party(), e.civilian(), e.counts(), e.actors(), e.appeal(), e.weapons(),
                    List.copyOf(merged), e.claimedBy(), e.quote(), e.evidence(), e.confidence(), e.background(),
                    e.summary(), e.extractorVersion(), e.dateHint()));
        }
    }

    /** An earlier event named by its year: "the 2022 clashes", "the 2020 war". */
    private static final GatedPattern YEAR_NAMED_EVENT = GatedPattern.compile("\\b(?:the|a|its|their) ((?:19|20)\\d\\d) (?:border |deadly |brief |short |bloody |\\w+-day )?(clash(?:es)?|war|conflict|fighting|hostilities|escalation|skirmish(?:es)?|violence|incursions?|offensive|standoff|crisis)\\b", F);
    /** A year that names an instrument, not when something happened: "the 2003 ceasefire agreement", "a 1973 treaty". */
    private static final GatedPattern INSTRUMENT_YEAR = GatedPattern.compile("\\b(?:19|20)\\d\\d(?=(?:\\s+[\\w-]+)?\\s+(?:treaty|agreement|accord|deal|protocol|convention|constitution|resolution|declaration|memorandum|truce|ceasefire agreement|peace deal|pact)\\b)", F);
    /** A sentence about now: it does not inherit its paragraph's background. */
    private static final GatedPattern CURRENT_CUE = GatedPattern.compile("\\b(today|tonight|this (?:week|morning|afternoon|evening)|now|currently|yesterday|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\\b");

    /** The year of an earlier event named before {@code rel} in the same clause, or 0. */
    private static int earlierEventBefore(Doc doc, String t, int rel) {
        if (doc.referenceYear <= 0) {
            return 0;
        }
        YearMentions years = doc.yearMentions(t);
        int[] in = years.instruments();
        for (int k = 0; k < in.length; k += 3) {
            // "the 2020 truce brokered by Russia, which ended six weeks of war in which 6,500 people died"
            int start = in[k];
            int end = in[k + 1];
            int year = in[k + 2];
            if (year < doc.referenceYear && start <= rel && rel - start < 160
                    && WHICH.matcher(t.substring(end, Math.max(end, rel))).matches()) {
                return year;
            }
        }
        int[] named = years.namedEvents();
        for (int k = 0; k < named.length; k += 2) {
            int start = named[k];
            int year = named[k + 1];
            if (year < doc.referenceYear && start <= rel && t.substring(start, Math.max(start, rel)).indexOf(';') < 0
                    && rel - start < 120) {
                return year;
            }
        }
        return 0;
    }

    /**
     * A sentence's instrument years (start, end, year) and year-named events (start, year), in text order. Found
     * once per sentence: {@link #earlierEventBefore} asks for every event of the sentence, and scanning the
     * sentence each time was ~5% of the engine.
     */
    record YearMentions(String sentence, int[] instruments, int[] namedEvents) {
        static YearMentions of(String t) {
            List<Integer> in = new ArrayList<>();
            Matcher i = INSTRUMENT_YEAR.matcher(t);
            while (i.find()) {
                in.add(i.start());
                in.add(i.end());
                in.add(Integer.parseInt(i.group()));
            }
            List<Integer> named = new ArrayList<>();
            Matcher m = YEAR_NAMED_EVENT.matcher(t);
            while (m.find()) {
                named.add(m.start());
                named.add(Integer.parseInt(m.group(1)));
            }
            return new YearMentions(t, in.stream().mapToInt(Integer::intValue).toArray(),
                    named.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    /** The sentence with years of instruments blanked, so that they date nothing. */
    static String withoutInstrumentYears(String t) {
        Matcher m = INSTRUMENT_YEAR.matcher(t);
        if (!m.find()) {
            return t;
        }
        StringBuilder b = new StringBuilder(t);
        do {
            for (int i = m.start(); i < m.end(); i++) {
                b.setCharAt(i, ' ');
            }
        } while (m.find());
        return b.toString();
    }

    private static boolean isBackground(Doc doc, SentenceView v, boolean previousInParagraphWasBackground) {
        DateResolver.Resolved d = v.date;
        if (d.date() != null && d.year() > 0 && doc.referenceYear > 0) {
            if (d.year() < doc.referenceYear) {
                return true;
            }
            if (doc.articleDate != null && "day".equals(d.precision())
                    && LocalDate.parse(d.date()).isBefore(doc.articleDate.minusDays(45))) {
                return true;
            }
            if (doc.articleDate != null && "month".equals(d.precision())
                    && java.time.YearMonth.parse(d.date()).isBefore(java.time.YearMonth.from(doc.articleDate))) {
                return true; // "last month", "in April" told in July: an earlier episode
            }
            return false; // a current date of its own
        }
        if (BACKGROUND_PHRASE.matcher(v.s.text()).find()) {
            return true;
        }
        return previousInParagraphWasBackground && !CURRENT_CUE.matcher(v.s.text()).find();
    }

    private boolean isIncident(Doc doc) {
        if (!BORDER.matcher(doc.text).find()) {
            return false;
        }
        for (EventRecord e : doc.events) {
            if (e.background() || e.negated()) {
                continue;
            }
            switch (e.type()) {
                case INCURSION, ATTACK, CASUALTIES, TROOP_PRESENCE, APPEAL, CEASEFIRE, CEASEFIRE_VIOLATION, CLASH -> {
                    if (MILITARY_STRICT.matcher(e.evidence().sentence()).find()) {
                        return true;
                    }
                }
                default -> {
                }
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ per sentence

    /** Cheap keyword gate before a rule's regex: most sentences fire no rule at all. */
    private static boolean has(String lowerCase, String... keys) {
        for (String k : keys) {
            if (lowerCase.contains(k)) {
                return true;
            }
        }
        return false;
    }

    private void extract(Doc doc, SentenceView v) {
        String t = v.s.text();
        String lc = t.toLowerCase(Locale.ROOT);
        Matcher m;
        m = INCURSION.matcher(t);
        if (has(lc, "cross", "breach", "advance", "pushed", "infring", "encroach", "incursion", "intru", "entered", "violated", "trespass", "invade", "occupied") && m.find() && !insideCeasefireContext(t)) {
            incursion(doc, v, m);
        }
        m = ATTACK.matcher(t);
        if (has(lc, "fire", "shell", "struck", "strike", "attack", "bombard", "rocket", "launched", "ambush", "used") && m.find()) {
            violent(doc, v, EventType.ATTACK, m, 0.7);
        }
        m = CLASH.matcher(t);
        if (has(lc, "clash", "fire", "hostilities", "skirmish", "fighting", "fight", "shootout", "shooting") && m.find() && !t.toLowerCase(Locale.ROOT).contains("football")) {
            violent(doc, v, EventType.CLASH, m, 0.7);
        }
        if (has(lc, "kill", "die", "dead", "death", "wound", "injur", "hurt", "captur", "taken", "detain", "missing", "abduct", "casualt", "left", "leaving", "nobody")) {
            casualties(doc, v);
        }
        if (has(lc, "troops", "soldiers", "servicemen", "personnel", "forces", "guards", "fighters")) {
            troops(doc, v);
        }
        m = EVACUATION.matcher(t);
        if (has(lc, "evacuat", "fled", "displaced", "relocated") && m.find()) {
            EventRecord.Counts counts = null;
            Quantities.Quantity q = Quantities.trailing(REPLACE_1.matcher(t.substring(0, m.start())).replaceAll(""));
            if (q != null && q.value() > 1) {
                counts = new Counts(null, null, null, null, null, q.value(), null, q.qualifier());
            }
            add(doc, v, EventType.EVACUATION, m.start(), "ev", negated(t, m), firstParty(doc, v), true, counts,
                    List.of(), null, List.of(), true, 0.6, null);
        }
        if (has(lc, "appeal", "turned to", "request", "asked", "sought", "invoke", "complain")) {
            appeals(doc, v);
        }
        m = CONSULTATION.matcher(t);
        if (has(lc, "contact", "consult", "phone") && m.find()) {
            orgAction(doc, v, EventType.CONSULTATION, m, 0.6, null);
        }
        m = MEETING.matcher(t);
        if (has(lc, "meeting", "session", "summit", "talks", "met", "gathered", "discussion") && m.find() && !t.substring(m.start()).toLowerCase(Locale.ROOT).startsWith("talks about")
                && !FUTURE_MEETING.matcher(t).find()) {
            orgAction(doc, v, EventType.MEETING, m, 0.55, null);
        }
        statement(doc, v);
        if (has(lc, "accus", "blam", "provoc", "provok", "encroach", "aggress", "block", "obstruct", "instigat", "first",
                "started")) {
            accusations(doc, v);
        }
        m = DEMAND.matcher(t);
        if (has(lc, "demand", "called on", "calls on", "urge") && m.find()) {
            List<Actor> actors = new ArrayList<>();
            String by = v.claimantCountry();
            if (by != null) {
                actors.add(new Actor("initiator", by, "state", by, null));
            }
            String of = otherParty(doc, v, by, m.end());
            if (of != null) {
                actors.add(new Actor("target", of, "state", of, null));
            }
            add(doc, v, EventType.DEMAND, m.start(), "dm", negated(t, m), null, null, null, actors, null, List.of(),
                    false, 0.6, clip(t.substring(m.end()), 120));
        }
        m = THREAT.matcher(t);
        if (lc.contains("threaten") && m.find()) {
            List<Actor> actors = new ArrayList<>();
            String by = countryBefore(v, m.start());
            if (by != null) {
                actors.add(new Actor("initiator", by, "state", by, null));
                String of = otherParty(doc, v, by, m.end());
                if (of != null) {
                    actors.add(new Actor("target", of, "state", of, null));
                }
            }
            add(doc, v, EventType.THREAT, m.start(), "th", negated(t, m), null, null, null, actors, null, List.of(),
                    false, 0.6, clip(t.substring(m.end()), 120));
        }
        m = REJECT.matcher(t);
        if (m.find()) {
            String reason = null;
            Matcher calling = INLINE_2.matcher(t);
            if (calling.find()) {
                reason = calling.group(1).strip();
            } else {
                reason = clip(t.substring(m.end()), 120);
            }
            orgAction(doc, v, EventType.REJECTION, m, 0.65, reason);
        } else if ((m = NOT_COVERED.matcher(t)).find()) {
            // "is a border incident and does not fall under the provisions of the CSTO charter": the request is refused
            Matcher calling = INLINE_2.matcher(t);
            Matcher label = QUOTED_LABEL.matcher(t);
            String reason = calling.find() ? calling.group(1).strip()
                    : label.find() ? label.group(1).strip() : clip(t.substring(m.end()), 120);
            orgAction(doc, v, EventType.REJECTION, m, 0.55, reason, false);
        } else {
            Matcher calling = INLINE_3.matcher(t);
            if (calling.find() && doc.hasAppeal) {
                orgAction(doc, v, EventType.REJECTION, calling, 0.5, calling.group(1).strip());
            }
        }
        int missionStart = -1;
        int missionEnd = -1;
        m = MISSION.matcher(t);
        if (has(lc, "mission", "group", "team", "observers", "monitors", "peacekeepers") && m.find()
                && !DIPLOMATIC_MISSION.matcher(t).find()) {
            missionStart = m.start();
            missionEnd = m.end();
            boolean act = MISSION_ACT.matcher(t).find();
            boolean modal = MODAL.matcher(t).find() && !OWN_INTENT.matcher(t).find();
            boolean neg = negated(t, m) || INLINE_4.matcher(t).find();
            if (neg || (act && !modal)) {
                orgAction(doc, v, EventType.MISSION, m, 0.6, clip(t, 120), neg);
            }
        }
        m = MONITOR.matcher(t);
        if (has(lc, "monitor", "observer")) {
            while (m.find()) {
                if (m.start() >= missionStart && m.end() <= missionEnd) {
                    continue; // "to send observers": the mission, not a monitoring
                }
                orgAction(doc, v, EventType.MONITORING, m, 0.55, null);
                break;
            }
        }
        if (has(lc, "cease", "truce", "armistice", "mediat", "brokered", "facilitat")) {
            ceasefire(doc, v);
        }
    }

    /**
     * An organization saying a case is not its business: outside its charter, treaty or collective-defence
     * provisions. The negation is the refusal itself, so the record is asserted.
     */
    /** What the body calls the case: "is a “border incident” and does not fall under ...". */
    private static final GatedPattern QUOTED_LABEL = GatedPattern.compile("\\b(?:is|was|are|were|as) (?:an? |the )?[“\"]([^”\"]{3,60})[”\"]", F);
    private static final GatedPattern NOT_COVERED = GatedPattern.compile("\\b(?:does not|doesn[’']t|did not|didn[’']t|do not|would not|will not) fall (?:under|within)\\b(?=[^.;]{0,80}\\b(?:charter|treaty|provisions?|mandate|article|collective (?:defen[cs]e|security)|obligations))|\\bfalls? outside (?:the )?(?:scope|remit|provisions?|charter|mandate)\\b|\\bis not covered by (?:the )?(?:charter|treaty|provisions?|mandate|article)\\b", F);

    /** A meeting still to come ("raise the question at the next summit") is no event. */
    private static final GatedPattern FUTURE_MEETING = GatedPattern.compile("\\b(?:next|upcoming|planned|proposed|future|forthcoming) (?:summit|meeting|session|round of talks|talks)\\b|\\bwill (?:meet|hold talks)\\b", F);

    /** A state's diplomatic mission ("Lebanon's mission in New York", "its mission to the UN") sends no one. */
    private static final GatedPattern DIPLOMATIC_MISSION = GatedPattern.compile("(?:[’']s|\\bits|\\btheir|\\bpermanent) mission\\b|\\bmission (?:in New York|in Geneva|to the (?:United Nations|UN)\\b)");

    /** The body announces its own dispatch ("said it would send a fact-finding mission"): a decision, not a request. */
    private static final GatedPattern OWN_INTENT = GatedPattern.compile("\\b(?:it|they|the (?:alliance|organization|organisation|bloc|council|body)) (?:would|will|is to|was to|plans? to|planned to|decided to|agreed to) (?:\\w+ )?(?:send|dispatch|deploy)\\b", F);

    private static boolean insideCeasefireContext(String t) {
        return false;
    }

    private static final GatedPattern FORCES_AFTER = GatedPattern.compile("^[’']?s?\\s*(?:armed |army |military |border |regular |federal )?(forces|troops|military|army|soldiers|servicemen|side|border guards|militia)\\b", F);

    /** The party whose forces act: "Azerbaijani forces", "the Azerbaijani side", "attack of the X side". */
    private static String forcesOwner(Doc doc, SentenceView v) {
        for (CountryMention c : v.countryMentions()) {
            int rel = c.end() - v.s.start();
            if (doc.parties.contains(c.country()) && FORCES_AFTER.matcher(v.s.text().substring(rel)).find()) {
                return c.country();
            }
        }
        return null;
    }

    private void incursion(Doc doc, SentenceView v, Matcher m) {
        String t = v.s.text();
        String by = forcesOwner(doc, v);
        if (by == null) {
            by = countryBefore(v, m.start());
        }
        if (by == null) {
            by = firstPartyIn(doc, v);
        }
        String into = otherParty(doc, v, by, m.end());
        List<Actor> actors = new ArrayList<>();
        if (by != null) {
            actors.add(new Actor("initiator", by, "armed_forces", by, null));
        }
        if (into != null) {
            actors.add(new Actor("target", into, "state", into, null));
        }
        Double km = null;
        Matcher d = DISTANCE.matcher(t);
        if (d.find(m.start())) {
            double val = Double.parseDouble(d.group(1).replace(',', '.'));
            km = d.group(2).toLowerCase(Locale.ROOT).startsWith("mile") ? Math.round(val * 1.609 * 10) / 10.0 : val;
        }
        Counts counts = km == null ? null : new Counts(null, null, null, null, null, null, km, null);
        add(doc, v, EventType.INCURSION, m.start(), "in", negated(t, m), null, null, counts, actors, null, List.of(),
                true, 0.7, null);
        reportedAgainst(doc, v, m, actors, negated(t, m));
    }

    private void violent(Doc doc, SentenceView v, EventType type, Matcher m, double confidence) {
        String t = v.s.text();
        if (!MILITARY_STRICT.matcher(t).find() && !BORDER.matcher(t).find()) {
            return; // "Kyrgyzstan struck back just before half-time"
        }
        List<Actor> actors = new ArrayList<>();
        if (type == EventType.ATTACK) {
            String by = countryBefore(v, m.start());
            String forces = forcesOwner(doc, v);
            if (forces != null && (by == null || !subjectIsCountry(v, by, m.start()))) {
                by = forces;
            }
            if (by != null) {
                actors.add(new Actor("initiator", by, "armed_forces", by, null));
                String target = otherParty(doc, v, by, m.end());
                if (target != null) {
                    actors.add(new Actor("target", target, "state", target, null));
                }
            }
        } else {
            for (String c : v.countries()) {
                if (doc.parties.contains(c)) {
                    actors.add(new Actor("member", c, "armed_forces", c, null));
                }
            }
        }
        List<String> weapons = new ArrayList<>();
        Matcher w = WEAPON.matcher(t);
        while (w.find()) {
            String weapon = normalizeWeapon(w.group(1));
            if (!weapons.contains(weapon)) {
                weapons.add(weapon);
            }
        }
        add(doc, v, type, m.start(), type.name(), negated(t, m), null, null, null, actors, null, weapons, true,
                confidence, null);
        reportedAgainst(doc, v, m, actors, negated(t, m));
    }

    /**
     * A party's official saying the other party's forces attacked or crossed is an accusation of that party
     * ("Pakistan's military said Afghan forces had opened fire"): the labels and the read model treat it so.
     */
    private void reportedAgainst(Doc doc, SentenceView v, Matcher m, List<Actor> actors, boolean negated) {
        String accuser = v.claimantCountry();
        if (negated || v.background || accuser == null || !doc.parties.contains(accuser)) {
            return;
        }
        for (Actor a : actors) {
            if ("initiator".equals(a.role()) && a.country() != null && !a.country().equals(accuser)
                    && doc.parties.contains(a.country())) {
                accusation(doc, v, m, accuser, a.country(), clip(v.s.text(), 120));
                return;
            }
        }
    }

    private static String normalizeWeapon(String w) {
        String s = w.toLowerCase(Locale.ROOT);
        if (s.startsWith("large-cal")) {
            return "large-caliber arms";
        }
        if (s.startsWith("air")) {
            return "airstrike";
        }
        if (s.startsWith("mortar")) {
            return "mortars";
        }
        if (s.startsWith("drone")) {
            return "drones";
        }
        if (s.startsWith("rocket")) {
            return "rockets";
        }
        if (s.startsWith("missile")) {
            return "missiles";
        }
        if (s.startsWith("tank")) {
            return "tanks";
        }
        return s;
    }

    private void casualties(Doc doc, SentenceView v) {
        String t = v.s.text();
        Matcher none = NO_CASUALTIES.matcher(t);
        if (none.find()) {
            add(doc, v, EventType.CASUALTIES, none.start(), "none", true, firstPartyIn(doc, v), null,
                    new Counts(0, null, null, null, null, null, null, null), List.of(), null, List.of(), false, 0.6,
                    "denial: no casualties");
        }
        if (!MILITARY.matcher(t).find() && !CIVILIAN_NOUN.matcher(t).find() && !CONFLICT.matcher(t).find()) {
            return; // "two players were injured": not a casualty of a border event
        }
        Matcher m = CASUALTY_VERB.matcher(t);
        int clauseFloor = 0;
        String lastParty = null;
        Boolean lastCivilian = null;
        Set<Integer> used = new java.util.HashSet<>();
        while (m.find()) {
            String verb = m.group(1).toLowerCase(Locale.ROOT);
            if (verb.equals("dead") && m.start() > 5 && t.substring(Math.max(0, m.start() - 8), m.start()).toLowerCase(Locale.ROOT).contains("left")) {
                // "left 3 dead" handled by KILLING_N
            }
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
            String np = REPLACE_2.matcher(window).replaceAll(" ");
            np = REPLACE_3.matcher(np).replaceAll(" ").stripTrailing();
            String category = switch (verb) {
                case "killed", "died", "dead", "deaths" -> "killed";
                case "wounded", "injured", "hurt" -> "wounded";
                case "missing" -> "missing";
                default -> "captured";
            };
            if (category.equals("wounded") && SUCCUMBED.matcher(t.substring(m.end())).find()) {
                continue; // "troops who were critically injured ... have succumbed to their injuries": they died
            }
            List<int[]> chain = numberChain(np);
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
                if (used.contains(numberPos)) {
                    continue;
                }
                used.add(numberPos);
                String phrase = np.substring(c[0], c[1]);
                int phraseEnd = from + c[1];
                String party = countryIn(v, numberPos, phraseEnd);
                Boolean civilian = civilianOf(phrase);
                boolean bare = !INLINE_5.matcher(phrase).find();
                if (party == null && INLINE_6.matcher(phrase).find()) {
                    party = v.claimantCountry();
                }
                if ((bare || OTHERS.matcher(phrase).find()) && party == null && lastParty != null) {
                    party = lastParty;
                    civilian = civilian == null ? lastCivilian : civilian;
                } else if (bare && civilian == null) {
                    civilian = lastCivilian;
                }
                if (party == null) {
                    party = partyFromContext(doc, v, m.end());
                }
                lastParty = party;
                lastCivilian = civilian;
                String k = party + "|" + civilian;
                int[] sum = sums.computeIfAbsent(k, x -> new int[] {0, numberPos});
                sum[0] += c[2];
                meta.putIfAbsent(k, new Object[] {party, civilian, c[3] == 1 ? Quantities.qualifier(qualifierAt(np, c[0])) : null});
            }
            for (var e : sums.entrySet()) {
                Object[] mm = meta.get(e.getKey());
                addCasualty(doc, v, e.getValue()[1], category, e.getValue()[0], (String) mm[2], (String) mm[0],
                        (Boolean) mm[1], negated(t, m));
            }
        }
        Matcher k = KILLING_N.matcher(t);
        while (k.find()) {
            Integer count = Quantities.value(k.group(3));
            int pos = k.start(3);
            if (count == null || used.contains(pos)) {
                continue;
            }
            String lead = k.group(1).toLowerCase(Locale.ROOT);
            String tail = k.group(4) == null ? "" : k.group(4);
            String category;
            if (lead.startsWith("kill") || lead.startsWith("death")) {
                category = "killed";
            } else if (lead.startsWith("wound") || lead.startsWith("injur")) {
                category = "wounded";
            } else if (CAPTURE_LEAD.matcher(lead).matches()
                    || TOOK_LEAD.matcher(lead).matches() && CAPTIVE_TAIL.matcher(tail).matches()) {
                category = "captured"; // "detained three Guyanese miners", "took two soldiers prisoner"
            } else if (TOOK_LEAD.matcher(lead).matches()) {
                continue;
            } else if (DEAD_TAIL.matcher(tail).matches()) {
                category = "killed";
            } else if (WOUNDED_TAIL.matcher(tail).matches()) {
                category = "wounded";
            } else {
                continue;
            }
            if (!MILITARY_NOUN.matcher(tail).find() && !CIVILIAN_NOUN.matcher(tail).find()
                    && !INLINE_7.matcher(tail).find()) {
                continue;
            }
            used.add(pos);
            String party = countryIn(v, pos, k.end());
            if (party == null) {
                party = countryBeforeAny(v, k.start()); // "ambushed a Sudanese patrol, killing four officers"
            }
            if (party == null) {
                party = partyFromContext(doc, v, k.end());
            }
            addCasualty(doc, v, pos, category, count, Quantities.qualifier(k.group(2)), party, civilianOf(tail), negated(t, k));
        }
    }

    private static final GatedPattern NUMBER_TOKEN = GatedPattern.compile("(?i)\\b(\\d{1,3}(?:,\\d{3})+|\\d+|" + Quantities.NUMBER_WORDS
            + "|an?)\\b(?:\\s+(?:thousand|hundred))?");
    private static final GatedPattern BAD_NOUN = GatedPattern.compile("(?i)\\b(km|kilomet\\w*|percent|years?|days?|hours?|weeks?|months?|times|am|pm|villages?|districts?|positions?|directions?|sections?|areas?|posts?|points?|decades?|round|of the|shells?|rounds?)\\b");

    /**
     * The number phrases that end a noun phrase before a casualty verb, right to left through "and":
     * each {start, end, value, hasQualifierFlag} relative to np.
     */
    private static List<int[]> numberChain(String np) {
        List<int[]> out = new ArrayList<>();
        int end = np.length();
        while (true) {
            String part = np.substring(0, end);
            Matcher n = NUMBER_TOKEN.matcher(part);
            int bestStart = -1;
            int bestEnd = -1;
            while (n.find()) {
                String rest = part.substring(n.end());
                if (rest.isBlank() || rest.strip().split(" ").length <= 5 && !rest.contains(" and ")) {
                    bestStart = n.start();
                    bestEnd = n.end();
                    break;
                }
            }
            if (bestStart < 0) {
                break;
            }
            String token = part.substring(bestStart, bestEnd);
            String rest = part.substring(bestEnd);
            Integer value = numberValue(token);
            if (token.length() == 4 && value != null && value >= 1900 && value <= 2099) {
                break; // a year ("clashes in 2008 and 2009 killed several soldiers")
            }
            boolean article = token.equalsIgnoreCase("a") || token.equalsIgnoreCase("an");
            if (value == null || BAD_NOUN.matcher(rest).find() || (article && rest.isBlank())
                    || (article && !INLINE_8.matcher(rest).find())) {
                break;
            }
            String before = part.substring(0, bestStart);
            boolean qualified = INLINE_9.matcher(before).find();
            out.add(new int[] {bestStart, end, value, qualified ? 1 : 0});
            Matcher and = INLINE_10.matcher(REPLACE_4.matcher(before).replaceAll(""));
            if (!and.find()) {
                break;
            }
            end = and.start();
        }
        return out;
    }

    private static String qualifierAt(String np, int numberStart) {
        Matcher q = INLINE_11.matcher(np.substring(0, numberStart));
        return q.find() ? q.group(1) : null;
    }

    static Integer numberValue(String token) {
        String t = token.strip().toLowerCase(Locale.ROOT);
        int mult = 1;
        if (t.endsWith(" thousand")) {
            mult = 1000;
            t = t.substring(0, t.length() - 9).strip();
        } else if (t.endsWith(" hundred")) {
            mult = 100;
            t = t.substring(0, t.length() - 8).strip();
        }
        Integer v = Quantities.value(t);
        return v == null ? null : v * mult;
    }

    private static Boolean civilianOf(String phrase) {
        if (CIVILIAN_NOUN.matcher(phrase).find()) {
            return Boolean.TRUE;
        }
        if (MILITARY_NOUN.matcher(phrase).find()) {
            return Boolean.FALSE;
        }
        return null;
    }

    private void addCasualty(Doc doc, SentenceView v, int pos, String category, int count, String qualifier,
            String party, Boolean civilian, boolean negated) {
        Integer killed = category.equals("killed") ? count : null;
        Integer wounded = category.equals("wounded") ? count : null;
        Integer captured = category.equals("captured") ? count : null;
        Integer missing = category.equals("missing") ? count : null;
        Counts counts = new Counts(killed, wounded, captured, missing, null, null, null, qualifier);
        add(doc, v, EventType.CASUALTIES, pos, category + count, negated, party, civilian, counts, List.of(), null,
                List.of(), true, 0.7, null);
    }

    /** The wounded of the clause died after all. */
    private static final GatedPattern SUCCUMBED = GatedPattern.compile("\\bsuccumbed\\b", F);
    /** A number right after a month name is a day of that month, not a count. */
    private static final GatedPattern MONTH_BEFORE = GatedPattern.compile("\\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?\\s*$");
    /** An unnamed body of a state reporting: "The army initially said that ...". */
    private static final GatedPattern STATE_BODY_SAYS = GatedPattern.compile("^\\W*(?:the )?(?:army|military|armed forces|defen[cs]e ministry|ministry|government|border (?:guard|service)s?|officials)(?: \\w+)? (?:said|says|reported|announced|stated|confirmed)\\b", F);

    /** Whose casualties when the noun phrase names no state: in an article about two parties, the one the sentence's claimant speaks for. */
    private static String partyFromContext(Doc doc, SentenceView v, int after) {
        String c = v.claimantCountry();
        if (c != null && doc.parties.contains(c)) {
            return c;
        }
        // "The army initially said ...": an unnamed body right after a state's named one speaks for that state
        if (v.claimant != null && c == null && doc.lastCountrySpeaker != null) {
            return doc.lastCountrySpeaker;
        }
        if (c == null && doc.lastCountrySpeaker != null && STATE_BODY_SAYS.matcher(v.s.text()).find()) {
            return doc.lastCountrySpeaker; // the same, when the body is not capitalized enough to be a claimant
        }
        return null;
    }

    private void troops(Doc doc, SentenceView v) {
        String t = v.s.text();
        Matcher m = TROOPS.matcher(t);
        while (m.find()) {
            String before = t.substring(Math.max(0, m.start() - 60), m.start());
            // optional demonym/adjectives between the number and the noun
            Matcher q = INLINE_12.matcher(before);
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
            if (INLINE_13.matcher(before.substring(0, q.start(2))).find()) {
                continue;
            }
            String after = t.substring(m.end(), Math.min(t.length(), m.end() + 60));
            if (INLINE_14.matcher(after).find()) {
                continue;
            }
            if (!PRESENCE.matcher(t).find()) {
                continue;
            }
            int numPos = m.start() - before.length() + q.start(2);
            String party = countryIn(v, numPos, m.end());
            if (party == null && v.claimantCountry() != null && doc.parties.contains(v.claimantCountry())
                    && !INLINE_15.matcher(t).find()) {
                party = v.claimantCountry();
            }
            Counts counts = new Counts(null, null, null, null, n, null, null, Quantities.qualifier(q.group(1)));
            List<String> owners = new ArrayList<>();
            if (party == null && INLINE_16.matcher(t).find()) {
                owners.addAll(doc.parties);
            } else {
                owners.add(party);
            }
            for (String owner : owners) {
                add(doc, v, EventType.TROOP_PRESENCE, numPos, "tp" + n + owner, negated(t, m), owner, false, counts,
                        List.of(), null, List.of(), true, 0.65, null);
            }
        }
    }

    private void appeals(Doc doc, SentenceView v) {
        String t = v.s.text();
        Matcher m = APPEAL.matcher(t);
        if (!m.find()) {
            return;
        }
        String trig = m.group(1).toLowerCase(Locale.ROOT);
        // "an appeal from Yerevan", "after the May appeal of Armenia": the country after it appealed
        boolean fromClause = trig.startsWith("appeal from") || trig.startsWith("appeal of") || trig.contains("request of");
        boolean possessive = trig.endsWith("s request") || trig.endsWith("s appeal");
        String from;
        List<String> recipients = new ArrayList<>();
        if (possessive) {
            from = countryBefore(v, m.start() + 1);
            OrganizationMention org = orgBefore(v, m.start());
            if (org != null) {
                recipients.add(org.organization());
            }
        } else if (fromClause) {
            from = countryAfter(v, m.end());
            // "X rejected an appeal from Y": X is the recipient
            OrganizationMention org = orgBefore(v, m.start());
            if (org != null) {
                recipients.add(org.organization());
            } else if (doc.lastOrg != null) {
                recipients.add(doc.lastOrg);
            }
        } else {
            from = countryBefore(v, m.start());
            String subject = clauseSubject(doc, v, m.start());
            if (subject != null && v.countries().contains(subject)) {
                from = subject; // "Georgetown accused Caracas ... and turned to the OAS": the subject appeals
            }
            int end = endOfClause(t, m.end());
            for (OrganizationMention o : v.orgs()) {
                if (o.start() - v.s.start() >= m.start() && o.start() - v.s.start() < end) {
                    recipients.add(o.organization());
                }
            }
            for (CountryMention c : v.countryMentions()) {
                int rel = c.start() - v.s.start();
                if (rel >= m.end() && rel < end && !c.country().equals(from) && !insideOrg(v, c)
                        && c.type() == CountryMentionType.NAME) {
                    recipients.add(c.country());
                }
            }
            if (recipients.isEmpty() && ALLIANCE.matcher(t.substring(m.start(), Math.min(t.length(), end + 20))).find()) {
                String alias = aliasOrg(doc, t.substring(m.start()));
                if (alias != null) {
                    recipients.add(alias);
                }
            }
            if (recipients.isEmpty() && m.group(1).toLowerCase(Locale.ROOT).startsWith("invoke") && doc.lastOrg != null) {
                recipients.add(doc.lastOrg);
            }
        }
        if (from == null) {
            from = v.claimantCountry();
        }
        if (from == null && doc.lastAppealFrom != null && ALLIANCE.matcher(t).find()) {
            from = doc.lastAppealFrom;
        }
        String instrument = null;
        Matcher i = INSTRUMENT.matcher(t);
        if (i.find()) {
            instrument = "Article " + i.group(1);
        }
        for (String to : new LinkedHashSet<>(recipients)) {
            if (to.equals(from)) {
                continue;
            }
            List<Actor> actors = new ArrayList<>();
            if (from != null) {
                actors.add(new Actor("initiator", from, "state", from, null));
            }
            boolean isOrg = to.length() > 2;
            actors.add(new Actor("recipient", to, isOrg ? "organization" : "state", isOrg ? null : to, isOrg ? to : null));
            add(doc, v, EventType.APPEAL, m.start(), "ap" + to, negated(t, m), null, null, null, actors,
                    new EventRecord.Appeal(from, to, instrument), List.of(), false, 0.75, null);
            doc.hasAppeal = true;
            doc.lastAppealFrom = from;
        }
    }

    /** "the council" = the latest organization named ...Council; "the alliance"/"the bloc" = the latest organization. */
    private static String aliasOrg(Doc doc, String text) {
        Matcher a = ALLIANCE.matcher(text);
        if (!a.find()) {
            return doc.lastOrg;
        }
        if (a.group(1).toLowerCase(Locale.ROOT).endsWith("council")) {
            for (int i = doc.orgMentions.size() - 1; i >= 0; i--) {
                OrganizationMention o = doc.orgMentions.get(i);
                if (o.start() < doc.cursor && o.text().toLowerCase(Locale.ROOT).contains("council")) {
                    return o.organization();
                }
            }
        }
        return doc.lastOrg;
    }

    private static boolean insideOrg(SentenceView v, CountryMention c) {
        for (OrganizationMention o : v.orgs()) {
            if (c.start() >= o.start() && c.end() <= o.end()) {
                return true;
            }
        }
        return false;
    }

    private static int endOfClause(String t, int from) {
        int end = t.length();
        for (String stop : new String[] {" for help", ". ", "; ", " after ", " which ", " shortly", " when "}) {
            int i = t.indexOf(stop, from);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        return end;
    }

    /** An action of an organization (or a state speaking for itself); org from the sentence or its claimant. */
    private void orgAction(Doc doc, SentenceView v, EventType type, Matcher m, double confidence, String summary) {
        orgAction(doc, v, type, m, confidence, summary, negated(v.s.text(), m));
    }

    private void orgAction(Doc doc, SentenceView v, EventType type, Matcher m, double confidence, String summary,
            boolean negated) {
        String org = null;
        OrganizationMention near = nearestOrg(v, m.start());
        if (type == EventType.MEETING && !v.orgs().isEmpty() && v.orgs().get(0).start() - v.s.start() < 12) {
            near = v.orgs().get(0); // "The UN Security Council ... declined ..., diplomats said after a meeting": the subject met
        }
        if (near != null && type == EventType.MISSION && near.end() - v.s.start() >= m.start() - 1
                && near.end() - v.s.start() <= m.start() && ALLIANCE.matcher(v.s.text()).find()) {
            // "The council decided that no UN mission would be sent": the UN names the kind of mission, the
            // council is the body that decides it
            near = null;
        }
        if (near != null) {
            org = near.organization();
        } else if (v.claimant != null && v.claimant.organization() != null) {
            org = v.claimant.organization();
        } else if (ALLIANCE.matcher(v.s.text()).find()) {
            org = aliasOrg(doc, v.s.text());
        } else if (startsQuote(v.s.text()) && doc.lastSpeaker != null && doc.lastSpeaker.organization() != null) {
            // a quotation opened without an attribution yet continues the speaker just reported
            org = doc.lastSpeaker.organization();
        }
        List<Actor> actors = new ArrayList<>();
        if (org != null) {
            actors.add(new Actor("initiator", org, "organization", null, org));
        }
        for (String c : v.countries()) {
            if (doc.parties.contains(c)) {
                actors.add(new Actor("member", c, "state", c, null));
            }
        }
        add(doc, v, type, m.start(), type.name(), negated, null, null, null, actors, null, List.of(), false, confidence,
                summary);
    }

    private static boolean startsQuote(String t) {
        String x = t.stripLeading();
        return !x.isEmpty() && (x.charAt(0) == '“' || x.charAt(0) == '"');
    }

    private static OrganizationMention nearestOrg(SentenceView v, int rel) {
        OrganizationMention best = null;
        int bestDist = Integer.MAX_VALUE;
        for (OrganizationMention o : v.orgs()) {
            int d = Math.abs(o.start() - v.s.start() - rel);
            if (d < bestDist) {
                best = o;
                bestDist = d;
            }
        }
        return best;
    }

    private void statement(Doc doc, SentenceView v) {
        String t = v.s.text();
        Matcher say = SAY.matcher(t);
        Matcher noun = STATEMENT_NOUN.matcher(t);
        boolean hasNoun = noun.find();
        if (!say.find() && !hasNoun) {
            return;
        }
        Claimant c = v.claimant;
        if (c == null && !hasNoun) {
            return;
        }
        String org = null;
        if (c != null && c.organization() != null && (v.claimantIsOrganization || hasNoun)) {
            org = c.organization();
        } else if (hasNoun) {
            OrganizationMention o = nearestOrg(v, noun.start());
            org = o == null ? null : o.organization();
            if (org == null && c == null && (ALLIANCE.matcher(t).find() || MEMBER_STATES.matcher(t).find())) {
                // "In a statement read to reporters, the council called on both sides...", "Russia and other member
                // states expressed concern": the body named last speaks
                org = aliasOrg(doc, t);
            }
        }
        if (org != null && c != null && v.claimantIsOrganization && MEDIATION.matcher(t).find()) {
            return; // "The African Union said it had offered to mediate": the offer is the action, not a statement
        }
        String quote = null;
        int q1 = t.indexOf('“');
        int q2 = q1 < 0 ? -1 : t.indexOf('”', q1 + 1);
        if (q1 >= 0 && q2 > q1) {
            quote = t.substring(q1 + 1, q2);
        }
        List<Actor> actors = new ArrayList<>();
        if (c != null || org != null) {
            String name = c != null ? c.name() : org;
            String kind = v.claimantIsPerson ? "person" : org != null && (c == null || c.country() == null) ? "organization" : "government";
            actors.add(new Actor("speaker", name, kind, c == null ? null : c.country(), org));
        }
        int at = hasNoun ? noun.start() : say.start();
        add(doc, v, EventType.STATEMENT, at, "st", false, null, null, null, actors, null, List.of(), false, 0.5, null,
                quote);
    }

    /** The members of the organization named last, speaking together. */
    private static final GatedPattern MEMBER_STATES = GatedPattern.compile("\\b(?:other |its |the |all )?member (?:states|countries|nations)\\b", F);

    /** "where India says Chinese troops are blocking its patrols", "Baku said Armenian forces had provoked". */
    private static final GatedPattern SAYS_HOSTILE = GatedPattern.compile("\\b([A-Z][\\w’'-]+(?:[’']s \\w+)?) (?:says|said|claims|claimed|alleges|alleged|maintains|insists) (?:that )?((?:the )?[A-Z][\\w’'-]+ (?:troops|forces|soldiers|army|side|border guards|guards|military))"
            + " (?:had |have |has |are |were |was |is )?(?:been )?(?:blocking|blocked|obstruct\\w*|provok\\w*|started (?:the )?(?:shooting|firing|clash\\w*|fighting)|opened fire first|fired first|instigat\\w*)\\b");

    private void accusations(Doc doc, SentenceView v) {
        String t = v.s.text();
        Matcher h = SAYS_HOSTILE.matcher(t);
        if (h.find() && !v.background) {
            String accuser = countryIn(v, h.start(1), h.end(1));
            String accused = countryIn(v, h.start(2), h.end(2));
            if (accuser != null && accused != null && !accuser.equals(accused) && doc.parties.contains(accuser)
                    && doc.parties.contains(accused)) {
                accusation(doc, v, h, accuser, accused, clip(t.substring(h.start()), 120));
            }
        }
        Matcher m = ACCUSE.matcher(t);
        if (!m.find()) {
            return;
        }
        if (INLINE_17.matcher(t).find() && doc.parties.size() >= 2) {
            String a = doc.parties.get(0);
            String b = doc.parties.get(1);
            accusation(doc, v, m, a, b, "mutual");
            accusation(doc, v, m, b, a, "mutual");
            return;
        }
        String accuser = v.claimantCountry();
        String verb = m.group(1).toLowerCase(Locale.ROOT);
        if (verb.startsWith("accus") || verb.startsWith("blam")) {
            String subject = clauseSubject(doc, v, m.start());
            if (subject != null) {
                accuser = subject;
            }
        }
        if (accuser == null && doc.lastSpeaker != null && INLINE_18.matcher(t).find()) {
            accuser = doc.lastSpeaker.country();
        }
        if (accuser == null) {
            return;
        }
        String accused = null;
        if (verb.startsWith("accus") || verb.startsWith("blam")) {
            accused = countryAfter(v, m.end());
        }
        if (accused == null || accused.equals(accuser)) {
            accused = otherParty(doc, v, accuser, 0);
        }
        if (accused == null || accused.equals(accuser) || !doc.parties.contains(accuser)) {
            return;
        }
        accusation(doc, v, m, accuser, accused, clip(t.substring(m.start()), 120));
    }

    /** A connective or adverbial between commas that is no subject: "in turn", "meanwhile", "for its part". */
    private static final GatedPattern ADVERBIAL = GatedPattern.compile("(?:in turn|meanwhile|however|also|later|then|for (?:its|their|his|her) part|in response|on \\w+day|in a statement|separately|too),?");

    /** The party named as subject of the clause that holds {@code rel}; null for a pronoun or none. */
    private static String clauseSubject(Doc doc, SentenceView v, int rel) {
        String t = v.s.text();
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
        String subject = null;
        for (CountryMention c : v.countryMentions()) {
            int r = c.start() - v.s.start();
            if (r >= from && r < to && !insideOrg(v, c)) {
                subject = c.country();
                break;
            }
        }
        if (subject != null) {
            return subject;
        }
        if (piece.isEmpty() || PRONOUN_PIECE.matcher(piece).matches()) {
            return v.claimantCountry() != null ? v.claimantCountry()
                    : doc.lastSpeaker == null ? null : doc.lastSpeaker.country();
        }
        return v.claimantCountry();
    }

    private void accusation(Doc doc, SentenceView v, Matcher m, String accuser, String accused, String summary) {
        List<Actor> actors = List.of(new Actor("initiator", accuser, "state", accuser, null),
                new Actor("target", accused, "state", accused, null));
        add(doc, v, EventType.ACCUSATION, m.start(), accuser + ">" + accused, false, null, null, null, actors, null,
                List.of(), false, 0.6, summary);
    }

    private void ceasefire(Doc doc, SentenceView v) {
        String t = v.s.text();
        Matcher m = CEASEFIRE.matcher(t);
        if (!m.find()) {
            Matcher med = MEDIATION.matcher(t);
            if (med.find()) {
                mediation(doc, v, med);
            }
            return;
        }
        Matcher viol = VIOLATION.matcher(t);
        if (viol.find()) {
            add(doc, v, EventType.CEASEFIRE_VIOLATION, m.start(), "cv", negated(t, viol) || negated(t, m), null, null,
                    null, List.of(), null, List.of(), true, 0.65, null);
            return;
        }
        Matcher act = CEASEFIRE_ACT.matcher(t);
        if (!act.find()) {
            return;
        }
        List<Actor> actors = new ArrayList<>();
        String mediator = mediatorOf(doc, v);
        if (mediator != null) {
            boolean isOrg = mediator.length() > 2;
            actors.add(new Actor("mediator", mediator, isOrg ? "organization" : "state", isOrg ? null : mediator,
                    isOrg ? mediator : null));
        }
        for (String c : v.countries()) {
            if (doc.parties.contains(c)) {
                actors.add(new Actor("member", c, "state", c, null));
            }
        }
        add(doc, v, EventType.CEASEFIRE, m.start(), "cf", negated(t, m) && negated(t, act), null, null, null, actors,
                null, List.of(), false, 0.65, null);
    }

    private void mediation(Doc doc, SentenceView v, Matcher m) {
        String mediator = mediatorOf(doc, v);
        if (mediator == null) {
            return;
        }
        boolean isOrg = mediator.length() > 2;
        List<Actor> actors = List.of(new Actor("mediator", mediator, isOrg ? "organization" : "state",
                isOrg ? null : mediator, isOrg ? mediator : null));
        add(doc, v, EventType.MEDIATION, m.start(), "md" + mediator, negated(v.s.text(), m), null, null, null, actors,
                null, List.of(), false, 0.6, null);
    }

    /** A third party (not one of the parties) named as mediator / broker in the sentence. */
    private static String mediatorOf(Doc doc, SentenceView v) {
        String t = v.s.text();
        Matcher med = MEDIATION.matcher(t);
        if (!med.find()) {
            return null;
        }
        String best = null;
        int bestDist = Integer.MAX_VALUE;
        for (CountryMention c : v.countryMentions()) {
            if (doc.parties.contains(c.country()) || insideOrg(v, c)) {
                continue;
            }
            int d = Math.abs(c.start() - v.s.start() - med.start());
            if (d < bestDist) {
                best = c.country();
                bestDist = d;
            }
        }
        for (OrganizationMention o : v.orgs()) {
            int d = Math.abs(o.start() - v.s.start() - med.start());
            if (d < bestDist) {
                best = o.organization();
                bestDist = d;
            }
        }
        return best;
    }

    // ------------------------------------------------------------------ helpers

    /** Negation in the clause before the trigger ("there were no exchange of fire") or right after it ("was not made"). */
    static boolean negated(String t, Matcher m) {
        int from = Math.max(0, m.start() - 30);
        String before = t.substring(from, m.start());
        int cut = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')), Math.max(before.lastIndexOf(" and "), before.lastIndexOf(" but ")));
        if (cut >= 0) {
            before = before.substring(cut + 1);
        }
        if (NEGATION.matcher(before).find()) {
            return true;
        }
        return NEGATION_AFTER.matcher(t.substring(m.end())).find();
    }

    private static String clip(String s, int max) {
        String x = s.strip();
        return x.length() <= max ? x : x.substring(0, max);
    }

    /** The party country named closest before {@code rel} in the sentence (demonyms and metonyms count). */
    private static String countryBefore(SentenceView v, int rel) {
        String best = null;
        for (CountryMention c : v.countryMentions()) {
            int r = c.start() - v.s.start();
            if (r < rel && v.doc.parties.contains(c.country()) && !insideOrg(v, c)) {
                best = c.country();
            }
        }
        if (best == null && INLINE_19.matcher(v.s.text()).find()) {
            return v.claimantCountry();
        }
        return best;
    }

    /** "Armenia shelled": the country named right before the verb (within three words) is its subject. */
    private static boolean subjectIsCountry(SentenceView v, String country, int rel) {
        for (CountryMention c : v.countryMentions()) {
            int end = c.end() - v.s.start();
            if (c.country().equals(country) && end <= rel && rel - end < 25
                    && c.type() != CountryMentionType.DEMONYM) {
                return true;
            }
        }
        return false;
    }

    private static String countryBeforeAny(SentenceView v, int rel) {
        String best = null;
        for (CountryMention c : v.countryMentions()) {
            if (c.start() - v.s.start() < rel && v.doc.parties.contains(c.country()) && !insideOrg(v, c)) {
                best = c.country();
            }
        }
        return best;
    }

    private static String countryAfter(SentenceView v, int rel) {
        for (CountryMention c : v.countryMentions()) {
            int r = c.start() - v.s.start();
            if (r >= rel && !insideOrg(v, c)) {
                return c.country();
            }
        }
        return null;
    }

    private static String countryIn(SentenceView v, int fromRel, int toRel) {
        for (CountryMention c : v.countryMentions()) {
            int r = c.start() - v.s.start();
            if (r >= fromRel && r < toRel && !insideOrg(v, c)) {
                return c.country();
            }
        }
        return null;
    }

    private static OrganizationMention orgBefore(SentenceView v, int rel) {
        OrganizationMention best = null;
        for (OrganizationMention o : v.orgs()) {
            if (o.start() - v.s.start() < rel) {
                best = o;
            }
        }
        return best;
    }

    /** The other party: named after the trigger, else the one of the two parties that is not {@code one}. */
    private static String otherParty(Doc doc, SentenceView v, String one, int rel) {
        for (CountryMention c : v.countryMentions()) {
            int r = c.start() - v.s.start();
            if (r >= rel && !c.country().equals(one) && doc.parties.contains(c.country()) && !insideOrg(v, c)) {
                return c.country();
            }
        }
        if (one != null && doc.parties.size() == 2 && doc.parties.contains(one)) {
            return doc.parties.get(0).equals(one) ? doc.parties.get(1) : doc.parties.get(0);
        }
        return null;
    }

    private static String firstPartyIn(Doc doc, SentenceView v) {
        for (String c : v.countries()) {
            if (doc.parties.contains(c)) {
                return c;
            }
        }
        return null;
    }

    private static String firstParty(Doc doc, SentenceView v) {
        return firstPartyIn(doc, v);
    }

    private static void mergeInstruments(List<EventRecord> events) {
        Map<String, String> instrument = new HashMap<>();
        for (EventRecord e : events) {
            if (e.appeal() != null && e.appeal().instrument() != null) {
                instrument.put(e.appeal().from() + ">" + e.appeal().to(), e.appeal().instrument());
            }
        }
        if (instrument.isEmpty()) {
            return;
        }
        for (int i = 0; i < events.size(); i++) {
            EventRecord e = events.get(i);
            if (e.appeal() == null || e.appeal().instrument() != null) {
                continue;
            }
            String ins = instrument.get(e.appeal().from() + ">" + e.appeal().to());
            if (ins != null) {
                events.set(i, new EventRecord(e.id(), e.type(), e.plover(), e.date(), e.datePrecision(), e.negated(),
                        e.party(), e.civilian(), e.counts(), e.actors(), new EventRecord.Appeal(e.appeal().from(),
                        e.appeal().to(), ins), e.weapons(), e.locations(), e.claimedBy(), e.quote(), e.evidence(),
                        e.confidence(), e.background(), e.summary(), e.extractorVersion(), e.dateHint()));
            }
        }
    }

    private void add(Doc doc, SentenceView v, EventType type, int relStart, String key, boolean negated, String party,
            Boolean civilian, Counts counts, List<Actor> actors, EventRecord.Appeal appeal, List<String> weapons,
            boolean withLocations, double confidence, String summary) {
        add(doc, v, type, relStart, key, negated, party, civilian, counts, actors, appeal, weapons, withLocations,
                confidence, summary, null);
    }

    private void add(Doc doc, SentenceView v, EventType type, int relStart, String key, boolean negated, String party,
            Boolean civilian, Counts counts, List<Actor> actors, EventRecord.Appeal appeal, List<String> weapons,
            boolean withLocations, double confidence, String summary, String quote) {
        boolean placeOfEvent = withLocations || type == EventType.ACCUSATION || type == EventType.DEMAND
                || type == EventType.CEASEFIRE || type == EventType.CEASEFIRE_VIOLATION || type == EventType.MONITORING;
        List<Location> locations = placeOfEvent ? v.locations() : List.of();
        if (!locations.isEmpty() && doc.parties.size() >= 2) {
            // a place in a third state ("the mission in New York") is a venue, not a place of a border incident
            locations = locations.stream().filter(l -> l.country() == null || doc.parties.contains(l.country())).toList();
        }
        String id = id(doc.sha256(), doc.article.articleId(), extractor.version(), type, v.s.start(), key);
        if (!doc.ids.add(id)) {
            return;
        }
        List<Actor> allActors = new ArrayList<>(actors);
        if (v.claimant != null && type != EventType.STATEMENT) {
            allActors.add(new Actor("speaker", v.claimant.name(), v.claimantIsPerson ? "person"
                    : v.claimant.organization() != null ? "organization" : "government", v.claimant.country(),
                    v.claimant.organization()));
        }
        String date = v.date.date();
        String precision = v.date.precision();
        boolean background = v.background;
        int earlier = earlierEventBefore(doc, v.s.text(), relStart);
        if (!background && earlier > 0) {
            // "signed a deal on Friday ..., after the 2022 clashes in which about 100 people were killed"
            background = true;
            date = Integer.toString(earlier);
            precision = "year";
        }
        doc.events.add(new EventRecord(id, type, type.plover(), date, precision, negated, party,
                civilian, counts, List.copyOf(allActors), appeal, List.copyOf(weapons), locations, v.claimant, quote,
                new EventRecord.Evidence(v.s.text(), v.s.start(), v.s.end()), negated ? confidence * 0.9 : confidence,
                background, summary, extractor.version(), v.date.hint()));
    }

    /** @param sha a SHA-256 digest of the calling thread ({@link MessageDigest#digest} leaves it reset) */
    static String id(MessageDigest sha, String articleId, String version, EventType type, int start, String key) {
        String s = articleId + "|" + version + "|" + type + "|" + start + "|" + key;
        return HexFormat.of().formatHex(sha.digest(s.getBytes(StandardCharsets.UTF_8)), 0, 16);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ per-article state

    /** Per-article working state (never shared between threads). */
    static final class Doc {
        final RawArticle article;
        final String text;
        LocalDate articleDate;
        int referenceYear;
        List<Sentence> sentences;
        List<CountryMention> countryMentions;
        List<OrganizationMention> orgMentions;
        List<String> parties;
        List<Located> places;
        final List<EventRecord> events = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        final Set<String> ids = new java.util.HashSet<>();
        final Map<String, Claimant> persons = new LinkedHashMap<>();
        Claimant lastSpeaker;
        String lastCountrySpeaker;
        int cursor;
        boolean lastSpeakerPerson;
        String lastOrg;
        boolean hasAppeal;
        String lastAppealFrom;

        /** One digest per article for the event ids (a provider lookup per event showed in profiles). */
        private MessageDigest sha;

        MessageDigest sha256() {
            if (sha == null) {
                sha = BorderwatchAnalyzer.sha256();
            }
            return sha;
        }

        /** The last sentence's {@link YearMentions}: events are added sentence by sentence. */
        private YearMentions yearMentions;

        Doc(RawArticle article, String text) {
            this.article = article;
            this.text = text;
        }

        YearMentions yearMentions(String sentence) {
            YearMentions y = yearMentions;
            if (y == null || !y.sentence().equals(sentence)) {
                y = YearMentions.of(sentence);
                yearMentions = y;
            }
            return y;
        }
    }

    /** One sentence with its mentions (sliced from the article-wide lists, no re-scan). */
    static final class SentenceView {
        final Doc doc;
        final Sentence s;
        DateResolver.Resolved date = DateResolver.Resolved.NONE;
        boolean background;
        Claimant claimant;
        boolean claimantIsPerson;
        boolean claimantIsOrganization;
        private List<CountryMention> cms;
        private List<OrganizationMention> oms;
        private List<Location> locs;

        SentenceView(Doc doc, Sentence s) {
            this.doc = doc;
            this.s = s;
            List<OrganizationMention> o = orgs();
            if (!o.isEmpty()) {
                doc.lastOrg = o.get(o.size() - 1).organization();
            }
        }

        List<CountryMention> countryMentions() {
            if (cms == null) {
                cms = new ArrayList<>(4);
                for (CountryMention c : doc.countryMentions) {
                    if (c.start() >= s.start() && c.end() <= s.end()) {
                        cms.add(c);
                    }
                }
            }
            return cms;
        }

        List<String> countries() {
            List<String> out = new ArrayList<>(4);
            for (CountryMention c : countryMentions()) {
                if (!out.contains(c.country())) {
                    out.add(c.country());
                }
            }
            return out;
        }

        List<OrganizationMention> orgs() {
            if (oms == null) {
                oms = new ArrayList<>(2);
                for (OrganizationMention o : doc.orgMentions) {
                    if (o.start() >= s.start() && o.end() <= s.end()) {
                        oms.add(o);
                    }
                }
            }
            return oms;
        }

        List<Location> locations() {
            if (locs == null) {
                List<Location> out = new ArrayList<>(2);
                for (Located l : doc.places) {
                    if (l.match().start() >= s.start() && l.match().end() <= s.end()) {
                        Location loc = l.place().toLocation();
                        if (!out.contains(loc)) {
                            out.add(loc);
                        }
                    }
                }
                locs = List.copyOf(out);
            }
            return locs;
        }

        String claimantCountry() {
            return claimant == null ? null : claimant.country();
        }
    }
}
