package org.borderwatch.engine.context;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import org.borderwatch.engine.gazetteer.CountryMention;
import org.borderwatch.engine.gazetteer.Place;
import org.borderwatch.engine.gazetteer.PlaceKind;
import org.borderwatch.engine.gazetteer.PlaceMatch;
import org.borderwatch.engine.text.GatedPattern;

/**
 * Places no gazetteer holds, recognised by how news language names them: a capitalized name with a kind word after
 * it ("Kaigara island", "the Dunmore checkpoint", "the Varsk pumping station", "the Ostrel-Bayan road", "Tolsk and
 * Merin sectors") or before it ("the village of Karsu", "Lake Ombre", "Mount Kessel", "Post 7"). The state is the
 * one the text puts right next to the place ("the Pakistani village of X", "X, Chad"), else unknown: a small place
 * is never guessed into a country, and never dropped silently either.
 */
final class NamedPlaces {

    /** One to three capitalized words (hyphenated names included): "Second Thomas", "Kerben-Ala-Buka". */
    private static final String NAME = "(?:al-|el-|as-|ad-)?\\p{Lu}[\\p{L}'’–-]*(?:(?: [–-])? \\p{Lu}[\\p{L}'’–-]*){0,3}";

    /** What kind of place a name before it is ("island", "checkpoint"). Group 1: the kind word. */
    static final GatedPattern KIND_WORD = GatedPattern.compile("\\b(?i:(islands?|islets?|island group|shoals?|reefs?"
            + "|atoll|strait|temple(?: complex)?|pagoda|oil ?field|oil well|gas field|border (?:post|outpost|checkpoint"
            + "|crossing)|check ?post|checkpoint|outpost|pumping station|national park|sectors?|valley|road|bridge"
            + "|dam))\\b");
    /** The name right before a kind word (searched in a short window, so the article is scanned only for kinds). */
    private static final GatedPattern NAME_BEFORE = GatedPattern.compile("(?<![\\p{L}'’–-])(" + NAME + ") $");
    /** A kind word, then the name. Group 1: kind; group 2: name. */
    static final GatedPattern KIND_BEFORE = GatedPattern.compile("\\b(village of|town of|hamlet of|Lake|Mount"
            + "|Ras) (" + NAME + ")");
    /** "Post 7", "Outpost 12": numbered posts. */
    static final GatedPattern NUMBERED_POST = GatedPattern.compile("\\b(?:Post|Outpost|Pillar) \\d{1,4}\\b");
    private static final GatedPattern DASHED = GatedPattern.compile("\\p{L} ?[–-] ?\\p{Lu}");
    /** "Uri, Nowgam, Keran and": the other names of a list that ends in a plural kind word ("... Gurez sectors"). */
    private static final GatedPattern LIST_BEFORE = GatedPattern.compile("((?:" + NAME + ", )*" + NAME
            + ",? and )$");

    /** Between a state and its place: "’s ", " border village of ", " ". */
    private static final GatedPattern STATE_BEFORE = GatedPattern.compile("^(?:['’]s)? (?:(?:border|frontier|remote"
            + "|small) )?(?:(?:village|town|hamlet) of )?$");
    /** Between a place and its state: ", " or " in ". */
    private static final GatedPattern STATE_AFTER = GatedPattern.compile("^(?:, | in )$");

    /** Capitalized words that name an institution or a generic place, not a place of its own. */
    private static final Set<String> NOT_A_NAME = Set.of("the", "a", "an", "army", "border", "security", "force",
            "forces", "police", "guard", "guards", "military", "navy", "naval", "coast", "government", "national",
            "main", "new", "old", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
            "central", "this", "that", "its", "their", "his", "her", "our", "in", "on", "at", "near", "from", "by",
            "one", "two", "three", "several", "some", "friendship", "frontier", "state", "federal", "interior",
            "defence", "defense", "ministry", "president", "he", "she", "they", "we", "it", "but", "and", "after",
            "when", "while", "officials", "local", "international", "rural", "top", "hindu", "buddhist", "muslim",
            "christian", "ancient", "sacred", "holy", "historic", "mediterranean", "official", "disputed");

    private NamedPlaces() {
    }

    static List<Places.Located> find(String text, List<CountryMention> countries) {
        List<Places.Located> out = new ArrayList<>();
        Matcher kinds = KIND_WORD.matcher(text);
        while (kinds.find()) {
            String kindWord = kinds.group(1).toLowerCase(Locale.ROOT);
            int from = Math.max(0, kinds.start() - 80);
            Matcher m = NAME_BEFORE.matcher(text.substring(from, kinds.start()));
            if (!m.find()) {
                continue;
            }
            int nameStart = from + m.start(1);
            int nameEnd = from + m.end(1);
            int start = firstNameWord(text, nameStart, nameEnd);
            if (start < 0) {
                continue;
            }
            if (kindWord.startsWith("sector")) {
                // "Uri sector": the sector is named by the place ("Uri"), a border section of it
                addList(out, text, countries, start, nameEnd, kindWord.endsWith("s"));
                continue;
            }
            if (kindWord.equals("road") && !DASHED.matcher(text.substring(start, nameEnd)).find()) {
                continue; // "the X-Y road" between two places; a lone "Main road" is no place
            }
            PlaceKind kind = kindWord.equals("valley") ? PlaceKind.REGION : PlaceKind.LANDMARK;
            if (kindWord.contains("post") || kindWord.contains("check") || kindWord.contains("crossing")) {
                // "the Varsk border post" is also called "Varsk": both names, as the gazetteer writes aliases
                String name = text.substring(start, kinds.end()) + " (" + text.substring(start, nameEnd) + ")";
                add(out, text, countries, start, kinds.end(), name, kind, false);
                continue;
            }
            add(out, text, countries, start, kinds.end(), kind, false);
        }
        Matcher m = KIND_BEFORE.matcher(text);
        while (m.find()) {
            String kindWord = m.group(1);
            boolean settlement = kindWord.endsWith(" of");
            int nameStart = firstNameWord(text, m.start(2), m.end(2));
            if (nameStart != m.start(2)) {
                continue;
            }
            add(out, text, countries, settlement ? m.start(2) : m.start(), m.end(2),
                    settlement ? PlaceKind.SETTLEMENT : PlaceKind.LANDMARK, settlement);
        }
        m = NUMBERED_POST.matcher(text);
        while (m.find()) {
            add(out, text, countries, m.start(), m.end(), PlaceKind.LANDMARK, false);
        }
        return out;
    }

    /** "Uri, Nowgam, Keran and Gurez sectors": each name a border section. */
    private static void addList(List<Places.Located> out, String text, List<CountryMention> countries, int start,
            int end, boolean plural) {
        add(out, text, countries, start, end, PlaceKind.BORDER_SECTION, false);
        if (!plural) {
            return;
        }
        int from = Math.max(0, start - 80);
        Matcher list = LIST_BEFORE.matcher(text.substring(from, start));
        if (!list.find()) {
            return;
        }
        int at = from + list.start(1);
        for (String part : list.group(1).split(",? and $|, ")) {
            int s = text.indexOf(part, at);
            if (s >= 0 && !part.isBlank()) {
                int first = firstNameWord(text, s, s + part.length());
                if (first >= 0) {
                    add(out, text, countries, first, s + part.length(), PlaceKind.BORDER_SECTION, false);
                }
                at = s + part.length();
            }
        }
    }

    private static void add(List<Places.Located> out, String text, List<CountryMention> countries, int start,
            int end, PlaceKind kind, boolean countryFromText) {
        add(out, text, countries, start, end, text.substring(start, end), kind, countryFromText);
    }

    private static void add(List<Places.Located> out, String text, List<CountryMention> countries, int start,
            int end, String name, PlaceKind kind, boolean countryFromText) {
        for (CountryMention c : countries) {
            if (c.start() < end && start < c.end()) {
                return; // "the Turkish border post": a state's post, not a named place
            }
        }
        for (Places.Located l : out) {
            if (l.match().start() < end && start < l.match().end()) {
                return;
            }
        }
        String country = countryFromText || kind == PlaceKind.REGION ? countryNextTo(countries, text, start, end)
                : null;
        Place place = new Place(name, kind, country, null, null, null, 0, false);
        out.add(new Places.Located(new PlaceMatch(text.substring(start, end), start, end, List.of(place)), place));
    }

    /**
     * The start of the name once leading generic words are cut ("The Varsk" -> "Varsk"), or -1 when nothing of a
     * name is left ("Border checkpoint", "Army outpost").
     */
    private static int firstNameWord(String text, int start, int end) {
        int s = start;
        while (s < end) {
            int e = text.indexOf(' ', s);
            if (e < 0 || e > end) {
                e = end;
            }
            if (!NOT_A_NAME.contains(text.substring(s, e).toLowerCase(Locale.ROOT))) {
                return s;
            }
            s = e + 1;
        }
        return -1;
    }

    /** A state named right before ("the Chadian village of", "Chad's") or right after (", Chad") the place. */
    private static String countryNextTo(List<CountryMention> countries, String text, int start, int end) {
        for (CountryMention c : countries) {
            if (c.end() <= start && start - c.end() <= 32
                    && STATE_BEFORE.matcher(text.substring(c.end(), start)).find()) {
                return c.country();
            }
            if (c.start() >= end && c.start() - end <= 5 && STATE_AFTER.matcher(text.substring(end, c.start()))
                    .find()) {
                return c.country();
            }
        }
        return null;
    }
}
