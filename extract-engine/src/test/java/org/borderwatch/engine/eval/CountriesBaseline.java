package org.borderwatch.engine.eval;

import org.borderwatch.contract.ArticleAnalysis;
import org.borderwatch.contract.CloudEventTypes;
import org.borderwatch.contract.Extractor;
import org.borderwatch.contract.RawArticle;
import org.borderwatch.engine.ArticleAnalyzer;
import org.borderwatch.engine.gazetteer.CountryMention;
import org.borderwatch.engine.gazetteer.Gazetteer;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A deliberately naive reference point for the judge: the two most mentioned countries, and "incident" when the
 * text speaks of a border and of violence. No events. Whatever the engine scores must be measured against this
 * floor ({@code tools/score --analyzer=org.borderwatch.engine.eval.CountriesBaseline}).
 */
public final class CountriesBaseline implements ArticleAnalyzer {

    private static final Pattern VIOLENCE = Pattern.compile("\\b(killed|wounded|clash(es)?|shell(s|ing|ed)|fired|troops)\\b");
    private final Gazetteer gazetteer = Gazetteer.load();

    public static CountriesBaseline create() {
        return new CountriesBaseline();
    }

    @Override
    public Extractor extractor() {
        return new Extractor("countries-baseline", "1");
    }

    @Override
    public ArticleAnalysis analyze(RawArticle article) {
        String text = article.text();
        Map<String, Long> counts = gazetteer.findCountries(text).stream()
                .collect(Collectors.groupingBy(CountryMention::country, Collectors.counting()));
        List<String> top = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(2).map(Map.Entry::getKey).sorted().toList();
        boolean incident = top.size() == 2 && text.toLowerCase().contains("border") && VIOLENCE.matcher(text).find();
        return new ArticleAnalysis(CloudEventTypes.SCHEMA_VERSION, article.articleId(), extractor(),
                Instant.now().toString(), null, incident, top, List.of(), List.of(), article.title(),
                article.outlet(), article.fileName(), article.ingestedAt());
    }
}
