package org.borderwatch.engine.context;

import java.util.ArrayList;
import java.util.List;
import org.borderwatch.contract.EventRecord.Location;
import org.borderwatch.engine.gazetteer.CountryMention;
import org.borderwatch.engine.gazetteer.OrganizationMention;
import org.borderwatch.engine.text.Sentence;
import org.borderwatch.engine.time.DateResolver;

/**
 * One sentence of an article as the rules see it: its date, whether it is background, who claims it, and its
 * mentions (sliced from the article's, no re-scan). The claim is settled before the rules run (a quoted paragraph
 * takes the speaker named after the quote).
 */
public final class SentenceView {

    private final Article article;
    private final Sentence sentence;
    private final DateResolver.Resolved date;
    private final boolean background;
    private Claim claim;
    private List<CountryMention> countryMentions;
    private List<String> countries;
    private List<OrganizationMention> organizations;
    private List<Location> locations;
    private Background.YearMentions yearMentions;

    SentenceView(Article article, Sentence sentence, DateResolver.Resolved date, boolean background) {
        this.article = article;
        this.sentence = sentence;
        this.date = date;
        this.background = background;
    }

    public Article article() {
        return article;
    }

    public Sentence sentence() {
        return sentence;
    }

    public String text() {
        return sentence.text();
    }

    /** Where the sentence starts in the article: mention offsets minus this are offsets in {@link #text()}. */
    public int start() {
        return sentence.start();
    }

    public DateResolver.Resolved date() {
        return date;
    }

    public boolean background() {
        return background;
    }

    /** Who claims what the sentence says, or null (the outlet's own narration). */
    public Claim claim() {
        return claim;
    }

    void claim(Claim claim) {
        this.claim = claim;
    }

    /** The claimant's state, or null. */
    public String claimantCountry() {
        return claim == null ? null : claim.country();
    }

    public List<CountryMention> countryMentions() {
        if (countryMentions == null) {
            List<CountryMention> in = new ArrayList<>(4);
            for (CountryMention c : article.countryMentions()) {
                if (c.start() >= sentence.start() && c.end() <= sentence.end()) {
                    in.add(c);
                }
            }
            countryMentions = List.copyOf(in);
        }
        return countryMentions;
    }

    /** The states named in the sentence, each once, in text order. */
    public List<String> countries() {
        if (countries == null) {
            List<String> out = new ArrayList<>(4);
            for (CountryMention c : countryMentions()) {
                if (!out.contains(c.country())) {
                    out.add(c.country());
                }
            }
            countries = List.copyOf(out);
        }
        return countries;
    }

    public List<OrganizationMention> organizations() {
        if (organizations == null) {
            List<OrganizationMention> in = new ArrayList<>(2);
            for (OrganizationMention o : article.organizationMentions()) {
                if (o.start() >= sentence.start() && o.end() <= sentence.end()) {
                    in.add(o);
                }
            }
            organizations = List.copyOf(in);
        }
        return organizations;
    }

    /** The places of the sentence, each once. */
    public List<Location> locations() {
        if (locations == null) {
            List<Location> out = new ArrayList<>(2);
            for (Places.Located l : article.places()) {
                if (l.match().start() >= sentence.start() && l.match().end() <= sentence.end()) {
                    Location loc = l.place().toLocation();
                    if (!out.contains(loc)) {
                        out.add(loc);
                    }
                }
            }
            locations = List.copyOf(out);
        }
        return locations;
    }

    Background.YearMentions yearMentions() {
        if (yearMentions == null) {
            yearMentions = Background.YearMentions.of(sentence.text());
        }
        return yearMentions;
    }
}
