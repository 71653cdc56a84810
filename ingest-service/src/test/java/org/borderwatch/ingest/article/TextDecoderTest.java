package org.borderwatch.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String RUSSIAN = "Азербайджанские военные продвинулись на 3,5 километра вглубь территории Армении.";
    private static final String FRENCH = "Les forces ont avancé près du lac Noir, a déclaré le ministère à Érevan.";

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    @Test
    void utf16LittleEndianWithBom() throws Exception {
        DecodedText d = TextDecoder.decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                RUSSIAN.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(RUSSIAN, d.text());
        assertEquals("UTF-16LE (BOM)", d.charset());
    }

    @Test
    void utf16BigEndianWithBom() throws Exception {
        DecodedText d = TextDecoder.decode(concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                FRENCH.getBytes(StandardCharsets.UTF_16BE)));
        assertEquals(FRENCH, d.text());
    }

    @Test
    void utf8WithBomLosesTheBom() throws Exception {
        DecodedText d = TextDecoder.decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "Hello border".getBytes(StandardCharsets.UTF_8)));
        assertEquals("Hello border", d.text());
        assertEquals("UTF-8 (BOM)", d.charset());
    }

    @Test
    void windows1251IsRecognisedAndWarned() throws Exception {
        DecodedText d = TextDecoder.decode(RUSSIAN.getBytes(Charset.forName("windows-1251")));
        assertEquals(RUSSIAN, d.text());
        assertEquals("windows-1251 (guessed)", d.charset());
        assertTrue(d.warnings().get(0).contains("windows-1251"), d.warnings().toString());
    }

    @Test
    void windows1252IsRecognisedAndWarned() throws Exception {
        DecodedText d = TextDecoder.decode(FRENCH.getBytes(Charset.forName("windows-1252")));
        assertEquals(FRENCH, d.text());
        assertEquals("windows-1252 (guessed)", d.charset());
        assertFalse(d.warnings().isEmpty());
    }

    @Test
    void validUtf8HasNoWarning() throws Exception {
        DecodedText d = TextDecoder.decode(RUSSIAN.getBytes(StandardCharsets.UTF_8));
        assertEquals(RUSSIAN, d.text());
        assertEquals("UTF-8", d.charset());
        assertTrue(d.warnings().isEmpty());
    }

    @Test
    void invalidUtf8WithDeclaredUtf8IsRejected() {
        byte[] bad = {'a', 'b', (byte) 0xC3, (byte) 0x28, 'c'};
        var e = assertThrows(RejectedInputException.class, () -> TextDecoder.decode(bad, StandardCharsets.UTF_8));
        assertEquals(RejectedInputException.Kind.UNPROCESSABLE, e.kind());
    }

    @Test
    void invalidUtf8WithoutDeclarationFallsBackToLegacyWithWarning() throws Exception {
        byte[] bad = {'C', 'a', 'f', (byte) 0xE9, ' ', 'o', 'k'};
        DecodedText d = TextDecoder.decode(bad);
        assertEquals("Café ok", d.text());
        assertFalse(d.warnings().isEmpty());
    }

    @Test
    void invalidUtf16AfterBomIsRejected() {
        byte[] bad = {(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0xD8, 'a'}; // lone high surrogate, odd length
        assertThrows(RejectedInputException.class, () -> TextDecoder.decode(bad));
    }

    @Test
    void declaredCharsetIsUsedAndNulStillMeansBinary() throws Exception {
        assertEquals(RUSSIAN, TextDecoder.decode(RUSSIAN.getBytes(Charset.forName("windows-1251")),
                Charset.forName("windows-1251")).text());
        assertThrows(RejectedInputException.class,
                () -> TextDecoder.decode(new byte[] {1, 0, 2, 0, 3}, StandardCharsets.ISO_8859_1));
        // a Latin-1 label on valid UTF-8 (the default of many HTTP clients) does not garble it
        assertEquals(RUSSIAN, TextDecoder.decode(RUSSIAN.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1).text());
    }

    @Test
    void nulBytesAreBinary() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
        var e = assertThrows(RejectedInputException.class, () -> TextDecoder.decode(png));
        assertTrue(e.reason().startsWith("binary content"), e.reason());
    }

    @Test
    void manyControlCharactersAreBinary() {
        byte[] junk = new byte[200];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (i % 2 == 0 ? 0x01 : 'a');
        }
        var e = assertThrows(RejectedInputException.class, () -> TextDecoder.decode(junk));
        assertTrue(e.reason().contains("control characters"), e.reason());
    }

    @Test
    void strayControlCharactersAreStrippedAndCrlfUnified() throws Exception {
        String text = "Line one\r\nLine\u0007 two\rLine three\u001B\n" + "x".repeat(500);
        DecodedText d = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8));
        assertEquals("Line one\nLine two\nLine three\n" + "x".repeat(500), d.text());
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains("control")));
    }

    @Test
    void emptyAndWhitespaceAreRejected() {
        assertEquals(RejectedInputException.Kind.EMPTY,
                assertThrows(RejectedInputException.class, () -> TextDecoder.decode(new byte[0])).kind());
        assertEquals(RejectedInputException.Kind.EMPTY, assertThrows(RejectedInputException.class,
                () -> TextDecoder.decode(" \n\t \r\n ".getBytes(StandardCharsets.UTF_8))).kind());
    }
}
