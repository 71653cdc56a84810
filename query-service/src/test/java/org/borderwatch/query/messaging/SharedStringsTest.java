package org.borderwatch.query.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharedStringsTest {
    record Item(String type, List<String> countries, String sentence, int count) {
    }

    record Pair(Item first, Item second, List<String> none) {
    }

    private final ObjectMapper mapper = new ObjectMapper().registerModule(SharedStrings.module());

    @Test
    void shortValuesParsedTwiceAreOneStringAndLongOnesStayApart() throws Exception {
        String sentence = "Azerbaijani troops advanced 3.5 kilometres into the Syunik province, the ministry said.";
        String json = "{\"type\":\"INCURSION\",\"countries\":[\"AM\",\"AZ\"],\"sentence\":\"" + sentence + "\",\"count\":3}";
        Item a = mapper.readValue(json, Item.class);
        Item b = mapper.readValue(json.getBytes(), Item.class);
        assertEquals(a, b);
        assertSame(a.type(), b.type());
        assertSame(a.countries().get(1), b.countries().get(1));
        assertNotSame(a.sentence(), b.sentence(), "sentences are not kept in the table");
        assertEquals(3, b.count());
        // a number where a string is expected is read as Jackson reads it
        assertEquals("42", mapper.readValue("{\"type\":42}", Item.class).type());
    }

    @Test
    void aLongValueRepeatedWithinOneRecordIsOneStringAndEmptyListsAreShared() throws Exception {
        String sentence = "Azerbaijani troops advanced 3.5 kilometres into the Syunik province, the ministry said.";
        String item = "{\"type\":\"INCURSION\",\"countries\":[],\"sentence\":\"" + sentence + "\",\"count\":3}";
        String json = "{\"first\":" + item + ",\"second\":" + item + ",\"none\":[]}";
        Pair a = mapper.readValue(json, Pair.class);
        Pair b = mapper.readValue(json, Pair.class);
        assertEquals(sentence, a.first().sentence());
        assertSame(a.first().sentence(), a.second().sentence(), "one sentence within one record");
        assertNotSame(a.first().sentence(), b.first().sentence(), "not across records");
        assertSame(a.none(), b.first().countries(), "the one empty list");
        assertEquals(List.of(), a.none());
        assertEquals(List.of("AM", "AZ"), mapper.readValue(
                "{\"countries\":[\"AM\",\"AZ\"]}", Item.class).countries());
    }
}
