package org.borderwatch.engine;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.borderwatch.contract.ArticleAnalysis;
import org.borderwatch.contract.CloudEventTypes;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.EventType;
import org.borderwatch.contract.Extractor;
import org.borderwatch.contract.RawArticle;
import org.borderwatch.engine.context.Article;
import org.borderwatch.engine.context.DeFactoAuthorities;
import org.borderwatch.engine.context.Leaders;
import org.borderwatch.engine.context.ReadingState;
import org.borderwatch.engine.context.SentenceTopics;
import org.borderwatch.engine.context.SentenceView;
import org.borderwatch.engine.context.SentenceViews;
import org.borderwatch.engine.context.Speakers;
import org.borderwatch.engine.gazetteer.CountryMention;
import org.borderwatch.engine.gazetteer.Gazetteer;
import org.borderwatch.engine.rules.AccusationRule;
import org.borderwatch.engine.rules.AppealInstruments;
import org.borderwatch.engine.rules.AppealRule;
import org.borderwatch.engine.rules.AttackAndClashRule;
import org.borderwatch.engine.rules.CasualtiesRule;
import org.borderwatch.engine.rules.CeasefireRule;
import org.borderwatch.engine.rules.DemandAndThreatRule;
import org.borderwatch.engine.rules.EvacuationRule;
import org.borderwatch.engine.rules.IncursionRule;
import org.borderwatch.engine.rules.OrganizationContactRule;
import org.borderwatch.engine.rules.OrganizationDecisionRule;
import org.borderwatch.engine.rules.Records;
import org.borderwatch.engine.rules.Rule;
import org.borderwatch.engine.rules.SceneLocations;
import org.borderwatch.engine.rules.SeizureRule;
import org.borderwatch.engine.rules.TroopsRule;

/**
 * The rule-based extraction engine ("borderwatch-rules"): reads an article (date, sentences, mentions, parties),
 * settles each sentence's date, background and claimant, runs the rules sentence by sentence, then shares appeal
 * instruments and scene places and decides whether the article reports a border incident. Stateless between
 * articles and thread-safe: the rules hold only precompiled patterns; per-article state lives in the context.
 */
public final class BorderwatchAnalyzer implements ArticleAnalyzer {

    public static final String NAME = "borderwatch-rules";
    public static final String VERSION = "0.5.0";

    /**
     * In this order: a sentence's records appear in the output in the order their rules run, and of two records
     * with one id the first is kept.
     */
    private static final List<Rule> RULES = List.of(new IncursionRule(), new AttackAndClashRule(), new SeizureRule(),
            new CasualtiesRule(), new TroopsRule(), new EvacuationRule(), new AppealRule(),
            new OrganizationContactRule(), new AccusationRule(), new DemandAndThreatRule(),
            new OrganizationDecisionRule(), new CeasefireRule());

    private final Extractor extractor;
    private final Gazetteer gazetteer;
    private final DeFactoAuthorities deFactoAuthorities;
    private final Speakers speakers;

    private BorderwatchAnalyzer(String version, Gazetteer gazetteer) {
        this.extractor = new Extractor(NAME, version);
        this.gazetteer = gazetteer;
        this.deFactoAuthorities = DeFactoAuthorities.load();
        this.speakers = new Speakers(gazetteer, Leaders.load());
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

    @Override
    public ArticleAnalysis analyze(RawArticle raw) {
        Article article = Article.read(raw, gazetteer, deFactoAuthorities);
        List<SentenceView> sentences = SentenceViews.read(article, speakers);
        ReadingState reading = new ReadingState(article);
        Records records = new Records(article, extractor.version());
        for (SentenceView v : sentences) {
            reading.enter(v);
            for (Rule rule : RULES) {
                rule.apply(v, reading, records);
            }
        }
        List<EventRecord> events = records.list();
        AppealInstruments.share(events);
        SceneLocations.attach(events, sentences);

        List<String> countries = article.parties();
        boolean incident = countries.size() >= 2 && reportsBorderIncident(article, events);
        String published = article.date() == null ? null : article.date().toString();
        return new ArticleAnalysis(CloudEventTypes.SCHEMA_VERSION, raw.articleId(), extractor, Instant.now().toString(),
                published, incident, List.copyOf(countries), List.copyOf(events), List.of(), raw.title(),
                raw.outlet(), raw.fileName(), raw.ingestedAt());
    }

    /**
     * A current, asserted event of fighting, presence, appeal or ceasefire told in a sentence with military words,
     * in an article that names a border, a sea or air zone where forces meet ("territorial waters", "airspace"), or
     * whose event sets one party's forces against the other's ("Israel struck nine Syrian army positions"): a
     * border incident need not say "border". An event of both parties told with a sea or air word ("Bangladesh
     * accuses Myanmar of violating its airspace"), fire of both told with a border word (goods "crossing the
     * border" are no incursion) and a seizure of one party's people by the other's
     * forces or authorities count too.
     */
    private static boolean reportsBorderIncident(Article article, List<EventRecord> events) {
        boolean frontier = SentenceTopics.frontier(article.text());
        for (EventRecord e : events) {
            if (e.background() || e.negated()) {
                continue;
            }
            switch (e.type()) {
                case INCURSION, ATTACK, CASUALTIES, TROOP_PRESENCE, APPEAL, CEASEFIRE, CEASEFIRE_VIOLATION, CLASH -> {
                    String sentence = e.evidence().sentence();
                    boolean meet = betweenParties(article, e);
                    if (SentenceTopics.strictlyMilitary(sentence) && (frontier || meet)
                            || meet && SentenceTopics.FRONTIER_ZONE.matcher(sentence).find()
                            || meet && e.type() != EventType.INCURSION && SentenceTopics.border(sentence)
                            || meet && frontier && SeizureRule.SUMMARY.equals(e.summary())
                            || frontier && seizedByTheOtherParty(article, e)) {
                        return true;
                    }
                }
                default -> {
                }
            }
        }
        return false;
    }

    /**
     * People of one party taken by the other's forces or authorities ("Ugandan police arrested three Kenyan
     * officers"): a captured count whose party is one party, told in a sentence that names the other party's
     * forces or authorities.
     */
    private static boolean seizedByTheOtherParty(Article article, EventRecord e) {
        if (e.type() != EventType.CASUALTIES || e.counts() == null || e.counts().captured() == null
                || e.counts().captured() <= 0 || e.party() == null || !article.isParty(e.party())) {
            return false;
        }
        String sentence = e.evidence().sentence();
        if (!SentenceTopics.CAPTORS.matcher(sentence).find()) {
            return false;
        }
        for (CountryMention m : article.countryMentions()) {
            if (m.start() >= e.evidence().start() && m.end() <= e.evidence().end() && article.isParty(m.country())
                    && !m.country().equals(e.party())) {
                return true;
            }
        }
        return false;
    }

    /** An attack or incursion of one party on the other, or a clash of both: the parties' forces meet. */
    private static boolean betweenParties(Article article, EventRecord e) {
        if (e.type() != EventType.ATTACK && e.type() != EventType.INCURSION && e.type() != EventType.CLASH) {
            return false;
        }
        Set<String> sides = new HashSet<>();
        for (EventRecord.Actor a : e.actors()) {
            if (a != null && a.country() != null && article.isParty(a.country())
                    && ("initiator".equals(a.role()) || "target".equals(a.role()) || "member".equals(a.role()))) {
                sides.add(a.country());
            }
        }
        return sides.size() >= 2;
    }
}
