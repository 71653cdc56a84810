package org.borderwatch.extract.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.borderwatch.contract.RawArticle;
import org.borderwatch.engine.text.LanguageDetector;
import org.borderwatch.extract.testing.Seeds;
import org.junit.jupiter.api.Test;

class LanguageGateTest {
    private final LanguageGate gate = new LanguageGate(LanguageDetector.standard());

    @Test
    void anArticleInAnotherLanguageIsRejectedWithItsLanguageAsTheReason() {
        RawArticle german = Seeds.article("Die Soldaten der beiden Länder haben am Dienstag an der Grenze Schüsse "
                + "ausgetauscht. Zwei Grenzschützer wurden verletzt, und die Lage ist weiterhin angespannt.", "de.txt");
        PoisonMessageException rejection = assertThrows(PoisonMessageException.class, () -> gate.check(german));
        assertEquals(RejectionReason.UNSUPPORTED_LANGUAGE, rejection.kind());
        assertEquals("language de: not supported yet", rejection.getMessage());
        assertEquals(german.articleId(), rejection.articleId());
        assertEquals("de.txt", rejection.fileName());
        assertEquals("unsupported-language", rejection.kind().tag());
    }

    @Test
    void anEnglishArticleGoesToTheEngine() {
        RawArticle english = Seeds.article("Two soldiers were wounded when troops of the two states exchanged fire "
                + "at the border on Tuesday, the ministry said.", "en.txt");
        assertEquals(Optional.empty(), gate.unsupportedLanguage(english));
        gate.check(english);
    }

    @Test
    void anArticleWithoutLettersGoesToTheEngineWhichFindsNothingInIt() {
        assertEquals(Optional.empty(), gate.unsupportedLanguage(Seeds.article("2024-05-01 | 12:30 | 17/42", "n.txt")));
    }
}
