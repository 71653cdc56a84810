package org.borderwatch.engine;

import org.borderwatch.contract.ArticleAnalysis;
import org.borderwatch.contract.Extractor;
import org.borderwatch.contract.RawArticle;

/**
 * The extraction engine's entry point: one article in, all of its event records out.
 * Implementations are thread-safe and deterministic: the same article and the same extractor
 * version give the same records with the same ids (analyzedAt aside).
 */
public interface ArticleAnalyzer {

    /** Name and version written on every analysis and record; bump the version when output changes. */
    Extractor extractor();

    ArticleAnalysis analyze(RawArticle article);
}
