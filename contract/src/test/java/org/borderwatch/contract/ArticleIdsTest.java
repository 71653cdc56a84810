package org.borderwatch.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    @Test
    void sameTextWithOtherLineEndsAndPaddingIsOneArticle() {
        String a = "Title\nBody line\n";
        String b = "  Title\r\nBody line\r\n\r\n";
        assertEquals(ArticleIds.of(a), ArticleIds.of(b));
        assertEquals(64, ArticleIds.of(a).length());
    }

    @Test
    void nfcAndNfdSpellingsAreOneArticle() {
        String composed = "Erevan\u00e9";
        String decomposed = "Erevane\u0301";
        assertEquals(ArticleIds.of(composed), ArticleIds.of(decomposed));
    }

    @Test
    void differentTextDifferentId() {
        assertNotEquals(ArticleIds.of("a"), ArticleIds.of("b"));
    }

    @Test
    void knownDigest() {
        // sha256("abc")
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ArticleIds.of(" abc\n"));
    }

    @Test
    void analysisSerializesIsBorderIncidentUnderItsContractName() throws Exception {
        ArticleAnalysis a = new ArticleAnalysis(1, "id", new Extractor("x", "1"), "t", null, true, List.of("AM"),
                List.of(), List.of(), null, null, null, null);
        String json = new ObjectMapper().writeValueAsString(a);
        org.junit.jupiter.api.Assertions.assertTrue(json.contains("\"isBorderIncident\":true"), json);
        ArticleAnalysis back = new ObjectMapper().readValue(json, ArticleAnalysis.class);
        assertEquals(a, back);
    }
}
