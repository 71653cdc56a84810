package org.borderwatch.engine.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.borderwatch.contract.ArticleIds;
import org.borderwatch.contract.CloudEventTypes;
import org.borderwatch.contract.RawArticle;
import org.borderwatch.engine.gazetteer.Gazetteer;
import org.borderwatch.engine.gazetteer.Place;
import org.junit.jupiter.api.Test;

/** Places no gazetteer holds, named the way news language names them; invented names only. */
class NamedPlacesTest {

    private static final Gazetteer GAZETTEER = Gazetteer.load();

    private static Article read(String text) {
        String t = ArticleIds.normalize(text);
        return Article.read(new RawArticle(CloudEventTypes.SCHEMA_VERSION, ArticleIds.of(t), null, t, null, null, null,
                null, "invented.txt", "text/plain", Instant.EPOCH.toString(), t.length()), GAZETTEER,
                DeFactoAuthorities.load());
    }

    private static Optional<Place> place(Article a, String name) {
        return a.places().stream().map(Places.Located::place).filter(p -> p.name().equals(name)).findFirst();
    }

    private static List<String> names(Article a) {
        return a.places().stream().map(l -> l.place().name()).toList();
    }

    @Test
    void landmarksNamedByTheirKindWordAreKeptWithoutAGuessedState() {
        Article a = read("Indian and Pakistani troops exchanged fire near Varsoki island on the border. A patrol was"
                + " shot at near the Dornel checkpoint, and shells fell on the Kessa-Brun road.");
        Place island = place(a, "Varsoki island").orElseThrow(() -> new AssertionError(names(a)));
        assertEquals("landmark", island.kind().wireName());
        assertEquals(null, island.country(), "the text does not say whose island it is");
        assertTrue(place(a, "Dornel checkpoint (Dornel)").isPresent(), names(a).toString());
        assertTrue(place(a, "Kessa-Brun road").isPresent(), names(a).toString());
    }

    @Test
    void aVillageTakesTheStateTheTextPutsNextToIt() {
        Article a = read("Chadian and Sudanese forces clashed on the border. Sudanese aircraft bombed the Chadian"
                + " village of Ombaru on Monday.");
        Place village = place(a, "Ombaru").orElseThrow(() -> new AssertionError(names(a)));
        assertEquals("settlement", village.kind().wireName());
        assertEquals("TD", village.country());
    }

    @Test
    void sectorsOfAListAreBorderSectionsInTheStateOfTheKnownPlaceBesideThem() {
        Article a = read("Indian and Pakistani troops traded fire on the border. Shelling hit the Tarsil, Venog and"
                + " Mordak sectors in Kashmir on Friday.");
        for (String name : List.of("Tarsil", "Venog", "Mordak")) {
            Place p = place(a, name).orElseThrow(() -> new AssertionError(name + " " + names(a)));
            assertEquals("border_section", p.kind().wireName());
            assertEquals("IN", p.country(), name + " lies where Kashmir lies in this story");
        }
    }

    @Test
    void aKnownNameInsideALongerLandmarkIsTheLandmarkNotTheProvince() {
        Article a = read("Armenian and Azerbaijani troops exchanged fire near the Syunik pumping station on the"
                + " border.");
        assertTrue(place(a, "Syunik pumping station").isPresent(), names(a).toString());
        assertFalse(names(a).contains("Syunik"), names(a).toString());
    }

    @Test
    void aStatesPostOrAGenericPostIsNoNamedPlaceAndAReferencePointIsNoScene() {
        Article a = read("Turkish and Syrian forces clashed on the border. A Turkish border post and an Army"
                + " checkpoint were hit.");
        assertEquals(List.of(), names(a));
        String far = "The clash was 80 km north of Dornel.";
        assertTrue(Places.notWhereItHappened(far, far.indexOf("Dornel"), far.indexOf("Dornel") + 6));
        String tip = "off the northern tip of Dornel island";
        assertTrue(Places.notWhereItHappened(tip, tip.indexOf("Dornel"), tip.indexOf("Dornel") + 6));
    }

    @Test
    void theTownAStoryWasFiledFromIsNoPlaceOfTheIncident() {
        String agency = "PESHAWAR, Feb 20 (Agency): Border guards exchanged fire at Torkham.";
        assertTrue(Places.isDateline(agency, 0, 8));
        String capitals = "ISLAMABAD: Border guards exchanged fire.";
        assertTrue(Places.isDateline(capitals, 0, 9));
        String prose = "Peshawar was calm. Border guards exchanged fire.";
        assertFalse(Places.isDateline(prose, 0, 8));
        Article a = read("PESHAWAR, Feb 20 (Agency): Pakistani and Afghan border guards exchanged fire at Torkham.");
        assertFalse(names(a).contains("Peshawar"), names(a).toString());
    }
}
