package org.borderwatch.engine;

import java.time.Instant;
import java.util.List;
import org.borderwatch.contract.ArticleAnalysis;
import org.borderwatch.contract.CloudEventTypes;
import org.borderwatch.contract.EventRecord;
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
import org.borderwatch.engine.rules.TroopsRule;

/**
 * The rule-based extraction engine ("borderwatch-rules"): reads an article (date, sentences, mentions, parties),
 * settles each sentence's date, background and claimant, runs the rules sentence by sentence, then shares appeal
 * instruments and scene places and decides whether the article reports a border incident. Stateless between
 * articles and thread-safe: the rules hold only precompiled patterns; per-article state lives in the context.
 */
public final class BorderwatchAnalyzer implements ArticleAnalyzer {

    public static final String NAME = "borderwatch-rules";
    public static final String VERSION = "0.4.0";

    /**
     * In this order: a sentence's records appear in the output in the order their rules run, and of two records
     * with one id the first is kept.
     */
    private static final List<Rule> RULES = List.of(new IncursionRule(), new AttackAndClashRule(),
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
     * A border word in the text and a current, asserted event of fighting, presence, appeal or ceasefire told in a
     * sentence with military words.
     */
    private static boolean reportsBorderIncident(Article article, List<EventRecord> events) {
        if (!SentenceTopics.border(article.text())) {
            return false;
        }
        for (EventRecord e : events) {
            if (e.background() || e.negated()) {
                continue;
            }
            switch (e.type()) {
                case INCURSION, ATTACK, CASUALTIES, TROOP_PRESENCE, APPEAL, CEASEFIRE, CEASEFIRE_VIOLATION, CLASH -> {
                    if (SentenceTopics.strictlyMilitary(e.evidence().sentence())) {
                        return true;
                    }
                }
                default -> {
                }
            }
        }
        return false;
    }
}
