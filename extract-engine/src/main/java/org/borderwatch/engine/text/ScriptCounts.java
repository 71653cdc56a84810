package org.borderwatch.engine.text;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;

/**
 * One pass over the start of a text for {@link LanguageDetector}: letters per script, the Cyrillic and Arabic-script
 * letters one by one (the few that only one language uses tell the languages of a script apart), and the Latin-script
 * words in lower case (for the function words).
 */
final class ScriptCounts {
    private static final int CYRILLIC = 0x400;
    private static final int ARABIC = 0x600;
    private static final int BLOCK = 0x100;

    private final int[] letters = new int[UnicodeScript.values().length];
    private final int[] cyrillic = new int[BLOCK];
    private final int[] arabic = new int[BLOCK];
    private final List<String> latinWords = new ArrayList<>();
    private int total;
    /** Tigrinya writes its glottal "a" with ኣ, Amharic with አ. */
    private int ethiopicTigrinyaA;
    private int ethiopicAmharicA;

    private ScriptCounts() {
    }

    static ScriptCounts of(CharSequence text, int maxChars) {
        ScriptCounts counts = new ScriptCounts();
        int end = Math.min(text.length(), maxChars);
        StringBuilder word = new StringBuilder(24);
        for (int i = 0; i < end; ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            boolean latinLetter = false;
            if (Character.isLetter(cp)) {
                UnicodeScript script = scriptOf(cp);
                counts.count(cp, script);
                latinLetter = script == UnicodeScript.LATIN;
            }
            if (latinLetter || !word.isEmpty() && (Character.getType(cp) == Character.NON_SPACING_MARK
                    || cp == '\'' && i < end && Character.isLetter(Character.codePointAt(text, i)))) {
                word.appendCodePoint(Character.toLowerCase(cp));
            } else if (!word.isEmpty()) {
                counts.latinWords.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty() && end == text.length()) {
            counts.latinWords.add(word.toString()); // a word cut at maxChars is not a word
        }
        return counts;
    }

    /** The script of a letter; the blocks whose letters are all of one script without UnicodeScript's search. */
    private static UnicodeScript scriptOf(int cp) {
        if (cp < 0x250) {
            return UnicodeScript.LATIN;
        }
        if (cp >= CYRILLIC && cp < CYRILLIC + BLOCK) {
            return UnicodeScript.CYRILLIC;
        }
        if (cp >= 0x620 && cp < ARABIC + BLOCK && cp != 0x640) {
            return UnicodeScript.ARABIC; // its letters, past the punctuation and the tatweel everyone uses
        }
        return UnicodeScript.of(cp);
    }

    private void count(int cp, UnicodeScript script) {
        int weight = switch (script) {
            case HAN, HIRAGANA, KATAKANA, HANGUL -> 3;
            default -> 1;
        };
        letters[script.ordinal()] += weight;
        total += weight;
        if (cp >= CYRILLIC && cp < CYRILLIC + BLOCK) {
            cyrillic[cp - CYRILLIC]++;
        } else if (cp >= ARABIC && cp < ARABIC + BLOCK) {
            arabic[cp - ARABIC]++;
        } else if (cp == 0x12A3) {
            ethiopicTigrinyaA++;
        } else if (cp == 0x12A0) {
            ethiopicAmharicA++;
        }
    }

    /** The script of most letters (Han and kana together), or null without letters. */
    UnicodeScript mainScript() {
        if (total == 0) {
            return null;
        }
        UnicodeScript main = null;
        int most = 0;
        for (UnicodeScript script : UnicodeScript.values()) {
            int n = cjk(script) ? letters[UnicodeScript.HAN.ordinal()] + kana() : letters[script.ordinal()];
            if (n > most) {
                most = n;
                main = cjk(script) ? UnicodeScript.HAN : script;
            }
        }
        return main;
    }

    double share(UnicodeScript script) {
        int n = script == UnicodeScript.HAN ? letters[script.ordinal()] + kana() : letters[script.ordinal()];
        return total == 0 ? 0 : (double) n / total;
    }

    List<String> latinWords() {
        return latinWords;
    }

    /** The language a non-Latin script is written in here, or "und" for a script no language is mapped to. */
    String languageOf(UnicodeScript script) {
        return switch (script) {
            case CYRILLIC -> cyrillicLanguage();
            case ARABIC -> arabicLanguage();
            case HAN -> kana() * 20 >= letters[UnicodeScript.HAN.ordinal()] + kana() ? "ja" : "zh";
            case HANGUL -> "ko";
            case GREEK -> "el";
            case HEBREW -> "he";
            case GEORGIAN -> "ka";
            case ARMENIAN -> "hy";
            case DEVANAGARI -> "hi";
            case BENGALI -> "bn";
            case GURMUKHI -> "pa";
            case GUJARATI -> "gu";
            case TAMIL -> "ta";
            case TELUGU -> "te";
            case KANNADA -> "kn";
            case MALAYALAM -> "ml";
            case SINHALA -> "si";
            case THAI -> "th";
            case LAO -> "lo";
            case KHMER -> "km";
            case MYANMAR -> "my";
            case TIBETAN -> "bo";
            case MONGOLIAN -> "mn";
            case THAANA -> "dv";
            case ETHIOPIC -> ethiopicTigrinyaA > ethiopicAmharicA ? "ti" : "am";
            default -> LanguageDetector.UNDETERMINED;
        };
    }

    private String cyrillicLanguage() {
        int all = letters[UnicodeScript.CYRILLIC.ordinal()];
        if (marked(all, cyrillic, 'ҷ', 'ӣ', 'ӯ', 'ҳ')) {
            return "tg";
        }
        if (marked(all, cyrillic, 'ә', 'қ', 'ұ', 'ғ', 'һ')) {
            return "kk";
        }
        if (marked(all, cyrillic, 'ө', 'ү')) {
            return marked(all, cyrillic, 'ң') ? "ky" : "mn";
        }
        if (marked(all, cyrillic, 'ў')) {
            return "be";
        }
        if (marked(all, cyrillic, 'і', 'ї', 'є', 'ґ') && !marked(all, cyrillic, 'ы', 'э')) {
            return "uk";
        }
        if (marked(all, cyrillic, 'ѓ', 'ќ', 'ѕ')) {
            return "mk";
        }
        if (marked(all, cyrillic, 'ђ', 'ћ', 'ј', 'љ', 'њ', 'џ')) {
            return "sr";
        }
        if (!marked(all, cyrillic, 'ы', 'э', 'ё') && marked(all, cyrillic, 'ъ')) {
            return "bg";
        }
        return "ru";
    }

    private String arabicLanguage() {
        int all = letters[UnicodeScript.ARABIC.ordinal()];
        if (marked(all, arabic, 'ټ', 'ډ', 'ړ', 'ږ', 'ښ', 'ګ', 'ڼ', 'ۍ')) {
            return "ps";
        }
        if (marked(all, arabic, 'ٹ', 'ڈ', 'ڑ', 'ں', 'ے')) {
            return "ur";
        }
        if (marked(all, arabic, 'ە', 'ۆ', 'ێ', 'ڵ', 'ڕ')) {
            return "ckb";
        }
        if (marked(all, arabic, 'پ', 'چ', 'ژ', 'گ', 'ی', 'ک')) {
            return "fa";
        }
        return "ar";
    }

    /**
     * Whether the text has these letters often enough to be in their language: at least two, and one in 200 letters
     * of the script, so a quoted name ("Київ" in a Russian story) does not turn the story Ukrainian.
     */
    private static boolean marked(int all, int[] block, char... marks) {
        int base = marks[0] & ~(BLOCK - 1);
        int n = 0;
        for (char mark : marks) {
            n += block[mark - base];
        }
        return n >= Math.max(2, all / 200);
    }

    private int kana() {
        return letters[UnicodeScript.HIRAGANA.ordinal()] + letters[UnicodeScript.KATAKANA.ordinal()];
    }

    private static boolean cjk(UnicodeScript script) {
        return script == UnicodeScript.HAN || script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA;
    }
}
