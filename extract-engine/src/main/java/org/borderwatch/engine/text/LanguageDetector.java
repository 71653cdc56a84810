package org.borderwatch.engine.text;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which language an article is written in, from its first {@value #MAX_CHARS} characters: an ISO 639-1 code, or
 * {@code "und"} when the text gives no letters to judge by. The engine reads English only; an article in another
 * language must be said so, not analyzed into a silent "no incident".
 *
 * <p>Two steps, both counts over one pass and no model:
 * <ol>
 * <li><b>Script.</b> When most letters are of one non-Latin script, the script names the language (Greek, Hebrew,
 * Georgian, Armenian, Thai...), and a few letters only one language of that script uses tell them apart (Cyrillic:
 * Ukrainian і ї є ґ, Kazakh ә қ ұ, Serbian ђ ћ ј, Russian ы э ё...; Arabic script: Pashto ټ ښ, Urdu ٹ ے, Persian
 * پ گ ی, else Arabic; kana beside Han characters: Japanese). A Han, kana or Hangul character counts as three letters,
 * about one word, so a Chinese page is not outvoted by its Latin-letter menu.</li>
 * <li><b>Function words</b> of Latin-script texts ({@code /reference/function-words.tsv}): the words every sentence
 * of a language is full of ("the, of, was" against "le, des, est" or "und, der, ist"). Another language wins only
 * with at least {@value #MIN_FOREIGN_HITS} of its words and {@value #FOREIGN_OVER_ENGLISH} times English's count, so an
 * English story keeps "en" with a Spanish dateline ("20 de marzo de 2017"), a French photo caption or quoted
 * names; a Latin-script text without any function word (a headline, a short line) is English at low confidence.</li>
 * </ol>
 *
 * <p>Immutable and thread-safe; about a pass over 4 KB of characters per article (microseconds).
 */
public final class LanguageDetector {
    /** Characters looked at: the story's first paragraphs say its language; the rest would only cost time. */
    public static final int MAX_CHARS = 4096;
    public static final String UNDETERMINED = "und";
    static final int MIN_FOREIGN_HITS = 3;
    static final int FOREIGN_OVER_ENGLISH = 2;
    /** A Han, kana or Hangul character stands for about a word: three Latin letters. */
    private static final int IDEOGRAPH_WEIGHT = 3;
    private static final LanguageDetector STANDARD = new LanguageDetector(ReferenceTable.load("function-words.tsv", 2));

    /** The language's code and how sure: the winner's share of the evidence, 0 to 1. */
    public record Detection(String language, double confidence) {
        public boolean isEnglish() {
            return "en".equals(language);
        }
    }

    private final List<String> languages = new ArrayList<>();
    /** Word -> bit set of the languages (indexes into {@link #languages}) whose list has it. */
    private final Map<String, Integer> functionWords = new HashMap<>();
    private final int english;

    LanguageDetector(ReferenceTable table) {
        for (String[] row : table.rows()) {
            int index = languages.size();
            if (index == Integer.SIZE) {
                throw new IllegalStateException(table.name() + ": more than " + Integer.SIZE + " languages");
            }
            languages.add(row[0]);
            for (String word : row[1].split(" ")) {
                functionWords.merge(word, 1 << index, (a, b) -> a | b);
            }
        }
        english = languages.indexOf("en");
        if (english < 0) {
            throw new IllegalStateException(table.name() + ": no English row");
        }
    }

    /** The detector with the project's function-word table. */
    public static LanguageDetector standard() {
        return STANDARD;
    }

    public Detection detect(CharSequence text) {
        ScriptCounts counts = ScriptCounts.of(text, MAX_CHARS);
        UnicodeScript main = counts.mainScript();
        if (main == null) {
            return new Detection(UNDETERMINED, 0);
        }
        if (main != UnicodeScript.LATIN) {
            return new Detection(counts.languageOf(main), counts.share(main));
        }
        return byFunctionWords(counts.latinWords());
    }

    private Detection byFunctionWords(List<String> words) {
        int[] hits = new int[languages.size()];
        for (String word : words) {
            Integer in = functionWords.get(word);
            if (in != null) {
                for (int bits = in; bits != 0; bits &= bits - 1) {
                    hits[Integer.numberOfTrailingZeros(bits)]++;
                }
            }
        }
        int best = -1;
        int runnerUp = 0;
        for (int i = 0; i < hits.length; i++) {
            if (i == english) {
                continue;
            }
            if (best < 0 || hits[i] > hits[best]) {
                runnerUp = best < 0 ? 0 : Math.max(runnerUp, hits[best]);
                best = i;
            } else {
                runnerUp = Math.max(runnerUp, hits[i]);
            }
        }
        int foreign = hits[best];
        int en = hits[english];
        if (foreign >= MIN_FOREIGN_HITS && foreign >= FOREIGN_OVER_ENGLISH * en && foreign > en) {
            return new Detection(languages.get(best), (double) foreign / (foreign + en + runnerUp));
        }
        if (en + foreign == 0) {
            // nothing to weigh (a headline, a list of names): the engine's language, and say it is a guess
            return new Detection("en", 0.2);
        }
        return new Detection("en", (double) en / (en + foreign));
    }
}
