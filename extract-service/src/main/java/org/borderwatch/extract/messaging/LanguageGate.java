package org.borderwatch.extract.messaging;

import java.util.Optional;
import org.borderwatch.contract.RawArticle;
import org.borderwatch.engine.text.LanguageDetector;
import org.borderwatch.engine.text.LanguageDetector.Detection;

/**
 * Lets through to the engine only the articles it can read: English ones, and those whose language cannot be told
 * (no letters: the engine finds nothing in them either way). Any other article would come out as an analysis with
 * no incident, which reads as "nothing happened" when the truth is "not read"; it ends as a Rejection instead, with
 * the reason {@code language ru: not supported yet}, so the read model and the page say what became of it.
 */
public final class LanguageGate {
    /** The languages the engine's rules are written for. */
    static final String SUPPORTED = "en";

    private final LanguageDetector detector;

    public LanguageGate(LanguageDetector detector) {
        this.detector = detector;
    }

    /** The reason of a rejected article in {@code language}: {@code language ru: not supported yet}. */
    public static String reason(String language) {
        return "language " + language + ": not supported yet";
    }

    /** The article's language when the engine cannot read it, else empty. */
    public Optional<String> unsupportedLanguage(RawArticle article) {
        if (article.text() == null) {
            return Optional.empty();
        }
        Detection detection = detector.detect(article.text());
        String language = detection.language();
        return SUPPORTED.equals(language) || LanguageDetector.UNDETERMINED.equals(language)
                ? Optional.empty() : Optional.of(language);
    }

    /** Throws the article's rejection when it is in a language the engine cannot read. */
    public void check(RawArticle article) {
        Optional<String> language = unsupportedLanguage(article);
        if (language.isPresent()) {
            throw new PoisonMessageException(RejectionReason.UNSUPPORTED_LANGUAGE, reason(language.get()),
                    article.articleId(), RawArticleReader.shortOrNull(article.fileName()));
        }
    }
}
