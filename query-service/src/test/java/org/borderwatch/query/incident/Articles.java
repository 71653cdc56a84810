package org.borderwatch.query.incident;

import java.util.ArrayList;
import java.util.List;
import org.borderwatch.contract.ArticleAnalysis;
import org.borderwatch.contract.CloudEventTypes;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.Extractor;
import org.borderwatch.contract.RawArticle;
import org.borderwatch.query.testing.Ev;

/** Small synthetic articles for the unit tests of the fold's rules. */
final class Articles {
    private Articles() {
    }

    static String id(String name) {
        return String.format("%064x", name.hashCode() & 0xffffffffL);
    }

    /** An analyzed AM-AZ article: its text, publication day (or null), ingest time and events over that text. */
    static ArticleState article(String name, String text, String published, String ingestedAt, String version,
            java.util.function.Function<String, List<Ev>> events) {
        return article(List.of("AM", "AZ"), name, text, published, ingestedAt, version, events);
    }

    /** An analyzed article about the two states {@code countries}. */
    static ArticleState article(List<String> countries, String name, String text, String published,
            String ingestedAt, String version, java.util.function.Function<String, List<Ev>> events) {
        String id = id(name);
        RawArticle raw = new RawArticle(1, id, name, text, published, null, null, null, name + ".txt", "text/plain",
                ingestedAt, text.length());
        List<Ev> evs = events.apply(text);
        List<EventRecord> records = new ArrayList<>();
        for (int n = 0; n < evs.size(); n++) {
            records.add(evs.get(n).build(id, version, n));
        }
        ArticleAnalysis a = new ArticleAnalysis(CloudEventTypes.SCHEMA_VERSION, id, new Extractor("unit", version),
                ingestedAt, published, true, countries, records, List.of(), name, null, name + ".txt",
                ingestedAt);
        return new ArticleState(id, raw, a, null);
    }
}
