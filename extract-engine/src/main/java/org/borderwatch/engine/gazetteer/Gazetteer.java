package org.borderwatch.engine.gazetteer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.borderwatch.engine.gazetteer.GazetteerLoader.CountryEntry;
import org.borderwatch.engine.gazetteer.GazetteerLoader.OrgEntry;

/**
 * Countries, international organizations and places, loaded once from the classpath ({@code /gazetteer/*}).
 * Immutable and thread-safe: share the instance of {@link #load()}.
 *
 * <p>Matching is case-insensitive and accent-insensitive over whole words; the longest match wins and matches do not
 * overlap. Places additionally need an initial capital in the text, are never common English words (stop list, not
 * applied to curated entries) and never country names or demonyms (those are {@link #findCountries countries}).
 */
public final class Gazetteer {

    static final String BASE = "/gazetteer/";
    private static volatile Gazetteer instance;

    private final PhraseIndex<CountryEntry> countries;
    private final PhraseIndex<OrgEntry> organizations;
    private final SpanIndex places;
    private final PlaceTable placeTable;
    private final Map<String, String> countryNames;
    private final Map<String, String> organizationNames;
    private final Set<String> stopWords;
    private final Set<String> honorifics;
    private final long loadMillis;

    private Gazetteer(GazetteerLoader l, long loadStartNanos) {
        long loadMillis = loadStartNanos;
        this.countries = new PhraseIndex<>(l.countryKeys);
        this.organizations = new PhraseIndex<>(l.orgKeys);
        this.placeTable = l.places;
        this.places = new SpanIndex(l.placeKeys);
        this.countryNames = Collections.unmodifiableMap(l.countryNames);
        this.organizationNames = Collections.unmodifiableMap(l.orgNames);
        this.stopWords = Collections.unmodifiableSet(l.stopWords);
        this.honorifics = Set.of("mr", "mrs", "ms", "dr", "president", "minister", "general", "gen", "colonel",
                "col", "lieutenant", "lt", "major", "maj", "captain", "capt", "secretary", "prime", "sir", "lord",
                "ambassador", "spokesman", "spokeswoman", "spokesperson", "mayor", "governor", "commander", "chief",
                "deputy", "senator", "premier", "chancellor", "king", "queen", "prince", "sheikh", "emir");
        this.loadMillis = (System.nanoTime() - loadMillis) / 1_000_000;
    }

    /** The shared gazetteer, loaded from the classpath on first use. */
    public static Gazetteer load() {
        Gazetteer g = instance;
        if (g == null) {
            synchronized (Gazetteer.class) {
                g = instance;
                if (g == null) {
                    long t0 = System.nanoTime();
                    GazetteerLoader l = new GazetteerLoader();
                    l.loadAll();
                    g = new Gazetteer(l, t0);
                    instance = g;
                }
            }
        }
        return g;
    }

    // ---------------------------------------------------------------- countries

    /** Countries named, described by demonym/adjective, or referred to by their capital. By offset. */
    public List<CountryMention> findCountries(String text) {
        char[] folded = TextFold.fold(text);
        List<PhraseIndex.Hit<CountryEntry>> hits = new ArrayList<>();
        for (PhraseIndex.Hit<CountryEntry> h : countries.findAll(text, folded)) {
            CountryEntry e = h.value();
            if (e.exactCase() && !text.regionMatches(h.start(), e.alias(), 0, e.alias().length())) {
                continue;
            }
            if (!Character.isUpperCase(text.charAt(h.start())) && !e.exactCase()) {
                continue; // "turkey", "chad", "china" (porcelain) in lower case are not countries
            }
            hits.add(h);
        }
        List<CountryMention> out = new ArrayList<>();
        for (PhraseIndex.Hit<CountryEntry> h : PhraseIndex.longestNonOverlapping(hits)) {
            if (h.value().type() == CountryMentionType.IGNORE) {
                continue;
            }
            String code = h.value().code();
            if (BARE_CONGO_CODE.equals(code) && bareCongoMeansDrCongo(text, h.start(), h.end())) {
                code = DR_CONGO_CODE;
            }
            out.add(new CountryMention(code, text.substring(h.start(), h.end()), h.start(), h.end(),
                    h.value().type()));
        }
        return out;
    }

    private static final String BARE_CONGO_CODE = "CG";
    private static final String DR_CONGO_CODE = "CD";

    /**
     * A bare "Congo" is ISO's name of the Republic of the Congo, but news calls the Democratic Republic "Congo" far
     * more often ("eastern Congo", "Uganda and Congo"): it is the Republic only when the text says so ("Republic of
     * Congo", Brazzaville).
     */
    private static boolean bareCongoMeansDrCongo(String text, int start, int end) {
        if (!text.regionMatches(true, start, "Congo", 0, end - start) || end - start != "Congo".length()) {
            return false;
        }
        String before = text.substring(Math.max(0, start - 40), start).toLowerCase(Locale.ROOT);
        boolean republic = before.endsWith("republic of ") || before.endsWith("republic of the ");
        boolean democratic = before.endsWith("democratic republic of ") || before.endsWith("democratic republic of the ");
        return (!republic || democratic) && !text.contains("Brazzaville");
    }

    /** English short name of an ISO 3166-1 alpha-2 code ("AM" -> "Armenia"). */
    public Optional<String> countryName(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(countryNames.get(code.toUpperCase(Locale.ROOT)));
    }

    /** ISO code of a whole country name, alternative name, demonym or capital ("Kyrgyz" -> "KG"), if known. */
    public Optional<String> countryCode(String nameOrDemonym) {
        if (nameOrDemonym == null) {
            return Optional.empty();
        }
        String t = nameOrDemonym.trim();
        if (t.length() == 2 && countryNames.containsKey(t.toUpperCase(Locale.ROOT))) {
            return Optional.of(t.toUpperCase(Locale.ROOT));
        }
        return findCountries(t).stream().filter(m -> m.start() == 0 && m.end() == t.length())
                .map(CountryMention::country).findFirst();
    }

    /** Every ISO code with a name. */
    public Set<String> countryCodes() {
        return countryNames.keySet();
    }

    // ---------------------------------------------------------------- organizations

    /** International organizations by their canonical short name. By offset. */
    public List<OrganizationMention> findOrganizations(String text) {
        char[] folded = TextFold.fold(text);
        List<PhraseIndex.Hit<OrgEntry>> hits = new ArrayList<>();
        for (PhraseIndex.Hit<OrgEntry> h : organizations.findAll(text, folded)) {
            OrgEntry e = h.value();
            if (e.exactCase() && !text.regionMatches(h.start(), e.alias(), 0, e.alias().length())) {
                continue;
            }
            if (!e.exactCase() && !Character.isUpperCase(text.charAt(h.start()))) {
                continue;
            }
            hits.add(h);
        }
        List<OrganizationMention> out = new ArrayList<>();
        for (PhraseIndex.Hit<OrgEntry> h : PhraseIndex.longestNonOverlapping(hits)) {
            out.add(new OrganizationMention(h.value().canonical(), text.substring(h.start(), h.end()), h.start(),
                    h.end()));
        }
        return out;
    }

    /** Canonical short name of an organization name or acronym ("Red Cross" -> "ICRC"), if known. */
    public Optional<String> organizationCode(String nameOrAcronym) {
        if (nameOrAcronym == null) {
            return Optional.empty();
        }
        String t = nameOrAcronym.trim();
        if (organizationNames.containsKey(t)) {
            return Optional.of(t);
        }
        return findOrganizations(t).stream().filter(m -> m.start() == 0 && m.end() == t.length())
                .map(OrganizationMention::organization).findFirst();
    }

    /** Full English name of a canonical organization ("CSTO" -> "Collective Security Treaty Organization"). */
    public Optional<String> organizationName(String canonical) {
        return Optional.ofNullable(organizationNames.get(canonical));
    }

    // ---------------------------------------------------------------- places

    /**
     * Place names in the text with every candidate place (best first). Needs an initial capital; skips words that
     * read as part of a person's name ("Stanislav Zas", later "Zas said"); longest match wins, no overlaps.
     */
    public List<PlaceMatch> findPlaces(String text) {
        char[] folded = TextFold.fold(text);
        List<PhraseIndex.Hit<int[]>> hits = places.findAll(text, folded, true);
        List<PhraseIndex.Hit<int[]>> kept = PhraseIndex.longestNonOverlapping(hits);
        if (kept.isEmpty()) {
            return List.of();
        }
        Set<String> personNames = personNameTokens(text, kept);
        List<PlaceMatch> out = new ArrayList<>(kept.size());
        for (PhraseIndex.Hit<int[]> h : kept) {
            if (h.value().length == 0) {
                continue; // blocker phrase ("Washington Post", "Indian Ocean")
            }
            String written = text.substring(h.start(), h.end());
            if (!personNames.isEmpty() && personNames.contains(TextFold.key(written))) {
                continue;
            }
            List<Place> candidates = new ArrayList<>(h.value().length);
            boolean region = false;
            for (int id : h.value()) {
                candidates.add(placeTable.get(id));
                region |= placeTable.kind(id) == PlaceKind.REGION;
            }
            int end = region ? endOfRegionWord(text, h.end()) : h.end();
            out.add(new PlaceMatch(text.substring(h.start(), end), h.start(), end, candidates));
        }
        return out;
    }

    /**
     * Picks the candidate a story about {@code countriesInvolved} means: a place in an involved state first, then
     * curated border places, then bigger population, then regions over settlements. When no candidate lies in an
     * involved state, only a well-known place (curated, a landmark/border section, or 100,000+ inhabitants) is
     * returned; otherwise empty, because a small namesake abroad is more likely a false match than a real place.
     */
    public Optional<Place> resolve(PlaceMatch match, Set<String> countriesInvolved) {
        if (match == null || match.candidates().isEmpty()) {
            return Optional.empty();
        }
        Set<String> involved = countriesInvolved == null ? Set.of() : countriesInvolved;
        Place best = null;
        for (Place p : match.candidates()) {
            if (best == null || better(p, best, involved)) {
                best = p;
            }
        }
        if (involved.isEmpty() || involved.contains(best.country())) {
            return Optional.of(best);
        }
        boolean wellKnown = best.curated() || best.kind() == PlaceKind.LANDMARK
                || best.kind() == PlaceKind.BORDER_SECTION || best.population() >= 100_000;
        return wellKnown ? Optional.of(best) : Optional.empty();
    }

    private static boolean better(Place a, Place b, Set<String> involved) {
        boolean ai = involved.contains(a.country());
        boolean bi = involved.contains(b.country());
        if (ai != bi) {
            return ai;
        }
        if (a.curated() != b.curated()) {
            return a.curated();
        }
        if (a.population() != b.population()) {
            return a.population() > b.population();
        }
        return a.kind() == PlaceKind.REGION && b.kind() != PlaceKind.REGION;
    }

    /** Convenience: findPlaces + resolve, dropping unresolved matches. */
    public List<Map.Entry<PlaceMatch, Place>> findAndResolvePlaces(String text, Set<String> countriesInvolved) {
        List<Map.Entry<PlaceMatch, Place>> out = new ArrayList<>();
        for (PlaceMatch m : findPlaces(text)) {
            resolve(m, countriesInvolved).ifPresent(p -> out.add(Map.entry(m, p)));
        }
        return out;
    }

    /** Every loaded place, in load order (curated first); for consistency checks of the data. */
    List<Place> allPlaces() {
        List<Place> out = new ArrayList<>(placeTable.size());
        for (int i = 0; i < placeTable.size(); i++) {
            out.add(placeTable.get(i));
        }
        return out;
    }

    /** Number of places and of distinct place names loaded. */
    public int placeCount() {
        return placeTable.size();
    }

    public int placeNameCount() {
        return places.size();
    }

    /** Milliseconds the first {@link #load()} took. */
    public long loadMillis() {
        return loadMillis;
    }

    /**
     * Folded tokens that are part of a person's name in this text: a single-word place match preceded by an honorific
     * or glued (one space) to a capitalized word that is neither a common English word, a country nor an
     * organization, e.g. "Stanislav Zas", "Ararat Mirzoyan". Every later occurrence of such a token is a person too
     * ("Zas said").
     */
    private Set<String> personNameTokens(String text, List<PhraseIndex.Hit<int[]>> kept) {
        Set<String> names = null;
        for (PhraseIndex.Hit<int[]> h : kept) {
            if (h.value().length == 0) {
                continue; // blocker phrase ("Washington Post", "Indian Ocean")
            }
            String written = text.substring(h.start(), h.end());
            if (written.indexOf(' ') >= 0) {
                continue;
            }
            String before = wordBefore(text, h.start());
            String after = wordAfter(text, h.end());
            boolean person = before != null && honorifics.contains(before.toLowerCase(Locale.ROOT).replace(".", ""));
            // "Stanislav Zas": a given name before it, even when the given name is also a place somewhere
            person |= before != null && isProperNoun(before) && !isCountryOrOrganization(before);
            // "Ararat Mirzoyan", "Stanislav Zas": a surname after it (two capitalized words in a row that are no
            // compound place name are a person far more often than two places without a comma)
            person |= after != null && isProperNoun(after) && !isCountryOrOrganization(after);
            if (person) {
                if (names == null) {
                    names = new HashSet<>();
                }
                names.add(TextFold.key(written));
            }
        }
        return names == null ? Set.of() : names;
    }

    /** Capitalized, then lower case only (not an acronym, not ALL CAPS), and not a common English word. */
    private boolean isProperNoun(String word) {
        if (word.length() < 2 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            if (!Character.isLowerCase(word.charAt(i))) {
                return false;
            }
        }
        String k = TextFold.key(word);
        return !stopWords.contains(k) && !honorifics.contains(k);
    }

    private boolean isCountryOrOrganization(String word) {
        return !findCountries(word).isEmpty() || !findOrganizations(word).isEmpty();
    }

    private static final Set<String> REGION_WORDS = Set.of("province", "region", "oblast", "governorate", "state",
            "district", "marz", "prefecture", "county", "department", "territory", "autonomous republic", "krai");

    /** "Syunik" + " province": the end of the region word after {@code end}, or {@code end}. */
    private static int endOfRegionWord(String text, int end) {
        if (end + 1 >= text.length() || text.charAt(end) != ' ') {
            return end;
        }
        int e = end + 1;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        if (e < text.length() && text.charAt(e) == ' ' && text.startsWith("Republic", e + 1)) {
            e += 1 + "Republic".length(); // "Nakhchivan Autonomous Republic"
        }
        return REGION_WORDS.contains(text.substring(end + 1, e).toLowerCase(Locale.ROOT)) ? e : end;
    }

    /** The word right before {@code pos} when only one plain space separates them, else null. */
    private static String wordBefore(String text, int pos) {
        if (pos < 2 || text.charAt(pos - 1) != ' ') {
            return null;
        }
        int end = pos - 1;
        int start = end;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
            start--;
        }
        if (start == end) {
            return null;
        }
        String w = text.substring(start, end);
        return w.endsWith(".") && !w.equals("Mr.") && !w.equals("Mrs.") && !w.equals("Dr.") && !w.equals("Gen.")
                ? null : w;
    }

    /** The word right after {@code pos} when only one plain space separates them, else null. */
    private static String wordAfter(String text, int pos) {
        if (pos + 1 >= text.length() || text.charAt(pos) != ' ') {
            return null;
        }
        int start = pos + 1;
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end == start ? null : text.substring(start, end);
    }

    @Override
    public String toString() {
        return "Gazetteer[" + countryNames.size() + " countries, " + organizationNames.size() + " organizations, "
                + placeTable.size() + " places, " + places.size() + " place names, loaded in " + loadMillis + " ms]";
    }
}
