package org.borderwatch.engine.rules;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.borderwatch.contract.ArticleIds;
import org.borderwatch.contract.CloudEventTypes;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.EventType;
import org.borderwatch.contract.RawArticle;
import org.borderwatch.engine.context.Article;
import org.borderwatch.engine.context.DeFactoAuthorities;
import org.borderwatch.engine.context.Leaders;
import org.borderwatch.engine.context.ReadingState;
import org.borderwatch.engine.context.SentenceView;
import org.borderwatch.engine.context.SentenceViews;
import org.borderwatch.engine.context.Speakers;
import org.borderwatch.engine.gazetteer.Gazetteer;

/**
 * Runs only the given rules over an invented text, as the analyzer does (same context, same order), so a rule's
 * test sees its own records and nothing another rule added.
 */
final class RuleHarness {

    private static final Gazetteer GAZETTEER = Gazetteer.load();
    private static final DeFactoAuthorities DE_FACTO = DeFactoAuthorities.load();
    private static final Speakers SPEAKERS = new Speakers(GAZETTEER, Leaders.load());

    private RuleHarness() {
    }

    static List<EventRecord> run(String text, Rule... rules) {
        String normalized = ArticleIds.normalize(text);
        RawArticle raw = new RawArticle(CloudEventTypes.SCHEMA_VERSION, ArticleIds.of(normalized), null, normalized,
                null, null, null, null, "invented.txt", "text/plain", Instant.EPOCH.toString(), normalized.length());
        Article article = Article.read(raw, GAZETTEER, DE_FACTO);
        ReadingState reading = new ReadingState(article);
        Records records = new Records(article, "test");
        for (SentenceView v : SentenceViews.read(article, SPEAKERS)) {
            reading.enter(v);
            for (Rule rule : rules) {
                rule.apply(v, reading, records);
            }
        }
        return List.copyOf(records.list());
    }

    static List<EventRecord> of(List<EventRecord> records, EventType type) {
        return records.stream().filter(r -> r.type() == type).toList();
    }

    static boolean has(List<EventRecord> records, EventType type, Predicate<EventRecord> p) {
        return records.stream().anyMatch(r -> r.type() == type && p.test(r));
    }

    static boolean actor(EventRecord r, String role, String country) {
        return r.actors().stream().anyMatch(a -> role.equals(a.role()) && country.equals(a.country()));
    }

    static boolean organization(EventRecord r, String role, String organization) {
        return r.actors().stream().anyMatch(a -> role.equals(a.role()) && organization.equals(a.organization()));
    }
}
