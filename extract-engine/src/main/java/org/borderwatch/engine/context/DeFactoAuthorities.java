package org.borderwatch.engine.context;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.borderwatch.engine.gazetteer.CountryMention;
import org.borderwatch.engine.gazetteer.CountryMentionType;
import org.borderwatch.engine.text.GatedPattern;
import org.borderwatch.engine.text.ReferenceTable;

/**
 * De facto governments named by their movement ("the Taliban") speak and act for their state: each mention joins
 * the article's country mentions as a name of that state. The table is {@code /reference/de-facto-authorities.tsv}.
 */
public final class DeFactoAuthorities {

    private final Map<String, String> countryByName;
    private final GatedPattern names;

    DeFactoAuthorities(Map<String, String> countryByName) {
        for (String name : countryByName.keySet()) {
            if (name.isBlank() || !name.chars().allMatch(c -> Character.isLetter(c) || c == ' ')) {
                throw new IllegalArgumentException("a de facto authority is a plain name (letters, spaces): " + name);
            }
        }
        this.countryByName = Map.copyOf(countryByName);
        // plain names, so the expression is their alternatives as written (GatedPattern reads its gate from them)
        this.names = GatedPattern.compile("\\b(?:" + String.join("|", countryByName.keySet()) + ")\\b");
    }

    public static DeFactoAuthorities load() {
        return new DeFactoAuthorities(ReferenceTable.load("de-facto-authorities.tsv", 2).asMap());
    }

    /** {@code found} with a country mention added for every authority named in {@code text}, in text order. */
    public List<CountryMention> addTo(List<CountryMention> found, String text) {
        Matcher m = names.matcher(text);
        if (!m.find()) {
            return found;
        }
        List<CountryMention> out = new ArrayList<>(found);
        do {
            out.add(new CountryMention(countryByName.get(m.group()), m.group(), m.start(), m.end(),
                    CountryMentionType.NAME));
        } while (m.find());
        out.sort(Comparator.comparingInt(CountryMention::start));
        return out;
    }
}
