package org.borderwatch.engine.gazetteer;

import java.text.Normalizer;

/**
 * Length-preserving normalisation used for both dictionary keys and scanned text, so that offsets found in the
 * folded text are offsets in the original: lower case, diacritics dropped ("Ağdam" = "agdam"), hyphens, dashes and
 * every kind of white space become one space ("Kok-Tash" = "Kok Tash"), typographic apostrophes become '.
 */
final class TextFold {
    private static final char[] TABLE = new char[65536];

    static {
        for (int c = 0; c < 65536; c++) {
            TABLE[c] = foldSlow((char) c);
        }
    }

    private TextFold() {
    }

    private static char foldSlow(char c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return ' ';
        }
        switch (c) {
            case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212', '_':
                return ' ';
            case '\u2018', '\u2019', '\u02bc', '\u02bb', '`', '\u00b4':
                return '\'';
            case '\u0131':
                return 'i';
            case '\u0142', '\u0141':
                return 'l';
            case '\u00f8', '\u00d8':
                return 'o';
            case '\u0111', '\u0110':
                return 'd';
            default:
                break;
        }
        if (Character.isSurrogate(c)) {
            return c;
        }
        char lower = Character.toLowerCase(c);
        if (lower < 0x80) {
            return lower;
        }
        String decomposed = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
        char base = decomposed.charAt(0);
        return Character.isLetter(base) ? base : lower;
    }

    static char fold(char c) {
        return TABLE[c];
    }

    static char[] fold(CharSequence s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = TABLE[s.charAt(i)];
        }
        return out;
    }

    /** Folded dictionary key: folded, trimmed, runs of spaces collapsed. */
    static String key(String s) {
        char[] f = fold(s.trim());
        StringBuilder b = new StringBuilder(f.length);
        boolean space = false;
        for (char c : f) {
            if (c == ' ') {
                space = true;
                continue;
            }
            if (space && b.length() > 0) {
                b.append(' ');
            }
            space = false;
            b.append(c);
        }
        return b.toString();
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
