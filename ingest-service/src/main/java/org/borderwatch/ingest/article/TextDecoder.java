package org.borderwatch.ingest.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Bytes to text. Order: byte-order mark (UTF-8, UTF-16 LE/BE), binary check (NUL bytes), strict UTF-8, and only
 * when that fails a legacy single-byte encoding: windows-1251 (Cyrillic) or windows-1252 (Western Latin), told
 * apart by how high bytes sit in words (see {@link #looksCyrillic}). The guess is reported as a warning.
 */
public final class TextDecoder {
    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** More control characters than this share of the text (and at least {@link #MIN_CONTROLS}): binary. */
    private static final double MAX_CONTROL_SHARE = 0.01;
    private static final int MIN_CONTROLS = 8;
    private static final java.util.Set<String> LATIN_LABELS = java.util.Set.of("ISO-8859-1", "US-ASCII", "windows-1252");

    private TextDecoder() {
    }

    public static DecodedText decode(byte[] bytes) throws RejectedInputException {
        return decode(bytes, null);
    }

    /**
     * @param declared a charset the sender declared (HTTP {@code charset=}), or null to detect it
     */
    public static DecodedText decode(byte[] bytes, Charset declared) throws RejectedInputException {
        if (bytes.length == 0) {
            throw new RejectedInputException(RejectedInputException.Kind.EMPTY, "empty input: 0 bytes");
        }
        List<String> warnings = new ArrayList<>();
        String text;
        String charset;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = "UTF-8 (BOM)";
            text = strict(bytes, 3, StandardCharsets.UTF_8, "UTF-8 after a UTF-8 byte-order mark");
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = "UTF-16LE (BOM)";
            text = strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE after a UTF-16LE byte-order mark");
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = "UTF-16BE (BOM)";
            text = strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE after a UTF-16BE byte-order mark");
        } else {
            boolean wide = declared != null && (declared.name().startsWith("UTF-16") || declared.name().startsWith("UTF-32"));
            int nul = wide ? -1 : indexOfNul(bytes);
            if (nul >= 0) {
                throw new RejectedInputException(RejectedInputException.Kind.UNPROCESSABLE,
                        "binary content: NUL byte at offset " + nul
                                + " (not a text file; UTF-16 text needs a byte-order mark)");
            }
            // Many HTTP clients label every body ISO-8859-1 by default: valid UTF-8 under a Latin label is UTF-8.
            boolean weakLabel = declared != null && LATIN_LABELS.contains(declared.name())
                    && tryStrict(bytes, StandardCharsets.UTF_8) != null;
            if (declared != null && !declared.equals(StandardCharsets.UTF_8) && !weakLabel) {
                charset = declared.name() + " (declared)";
                text = strict(bytes, 0, declared, declared.name() + " as declared");
            } else {
                text = null;
                charset = null;
            }
        }
        if (text == null) {
            String utf8 = tryStrict(bytes, StandardCharsets.UTF_8);
            if (utf8 != null) {
                charset = "UTF-8";
                text = utf8;
            } else if (declared != null && declared.equals(StandardCharsets.UTF_8)) {
                throw new RejectedInputException(RejectedInputException.Kind.UNPROCESSABLE,
                        "invalid UTF-8 although charset=UTF-8 was declared");
            } else {
                Charset legacy = looksCyrillic(bytes) ? WINDOWS_1251 : WINDOWS_1252;
                charset = legacy.name() + " (guessed)";
                text = new String(bytes, legacy);
                warnings.add("not valid UTF-8: read as " + legacy.name() + ", guessed from the letter pattern of its"
                        + " non-ASCII bytes; save the file as UTF-8 to be sure");
            }
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        int controls = countControls(text);
        if (controls > MIN_CONTROLS && controls > text.length() * MAX_CONTROL_SHARE) {
            throw new RejectedInputException(RejectedInputException.Kind.UNPROCESSABLE,
                    "binary content: " + controls + " control characters in " + text.length() + " characters");
        }
        if (controls > 0) {
            text = stripControls(text);
            warnings.add("removed " + controls + " stray control character(s)");
        }
        if (text.isBlank()) {
            throw new RejectedInputException(RejectedInputException.Kind.EMPTY,
                    "no text: the input is empty or whitespace only");
        }
        return new DecodedText(text, charset, List.copyOf(warnings));
    }

    /**
     * Cyrillic in windows-1251 is written almost only with bytes 0xC0-0xFF (plus Ё/ё 0xA8/0xB8), whole words of
     * them, so such bytes mostly stand next to each other; in windows-1252 text the same range holds accented Latin
     * letters, which mostly stand alone between ASCII letters (café, Müller). Adjacent share over one half: 1251.
     */
    static boolean looksCyrillic(byte[] bytes) {
        int letters = 0;
        int adjacent = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (isCyrillic1251(bytes[i])) {
                letters++;
                boolean before = i > 0 && isCyrillic1251(bytes[i - 1]);
                boolean after = i + 1 < bytes.length && isCyrillic1251(bytes[i + 1]);
                if (before || after) {
                    adjacent++;
                }
            }
        }
        return letters > 0 && adjacent * 2 > letters;
    }

    private static boolean isCyrillic1251(byte b) {
        int v = b & 0xFF;
        return v >= 0xC0 || v == 0xA8 || v == 0xB8;
    }

    private static String strict(byte[] bytes, int offset, Charset charset, String what) throws RejectedInputException {
        try {
            return decoder(charset).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new RejectedInputException(RejectedInputException.Kind.UNPROCESSABLE, "invalid " + what);
        }
    }

    private static String tryStrict(byte[] bytes, Charset charset) {
        try {
            CharBuffer chars = decoder(charset).decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Control characters other than tab, LF and form feed (CR is already unified), and the C1 range. */
    static boolean isStrayControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\f') || (c >= 0x7F && c <= 0x9F);
    }

    private static int countControls(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isStrayControl(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static String stripControls(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isStrayControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
