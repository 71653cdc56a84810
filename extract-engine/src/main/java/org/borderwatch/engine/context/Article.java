package org.borderwatch.engine.context;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.contract.RawArticle;
import org.borderwatch.engine.gazetteer.CountryMention;
import org.borderwatch.engine.gazetteer.Gazetteer;
import org.borderwatch.engine.gazetteer.OrganizationMention;
import org.borderwatch.engine.text.Sentence;
import org.borderwatch.engine.text.Sentences;
import org.borderwatch.engine.time.DateResolver;

/**
 * What is known of an article before any rule runs, read once: its date, sentences, the mentions of states,
 * organizations and places (one gazetteer scan, sliced per sentence later), and its parties. Immutable.
 *
 * @param date the article's date, or null
 * @param referenceYear the article's year, else the latest year it names, else 0: years before it are background
 */
public record Article(RawArticle raw, String text, LocalDate date, int referenceYear, List<Sentence> sentences,
        List<CountryMention> countryMentions, List<OrganizationMention> organizationMentions, List<String> parties,
        List<Places.Located> places) {

    public static Article read(RawArticle raw, Gazetteer gazetteer, DeFactoAuthorities deFacto) {
        String text = raw.text() == null ? "" : raw.text();
        LocalDate date = DateResolver.articleDate(raw.published(), text);
        List<Sentence> sentences = Sentences.split(text);
        List<CountryMention> countries = deFacto.addTo(gazetteer.findCountries(text), text);
        List<OrganizationMention> organizations = gazetteer.findOrganizations(text);
        List<String> parties = Parties.choose(sentences, countries);
        List<Places.Located> places = Places.of(gazetteer, text, countries, parties);
        int referenceYear = date != null ? date.getYear() : Background.latestYear(text);
        return new Article(raw, text, date, referenceYear, List.copyOf(sentences), List.copyOf(countries),
                List.copyOf(organizations), parties, places);
    }

    public boolean isParty(String country) {
        return parties.contains(country);
    }
}
