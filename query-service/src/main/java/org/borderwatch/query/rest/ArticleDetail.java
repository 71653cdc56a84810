package org.borderwatch.query.rest;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.borderwatch.contract.api.ArticleView;

/**
 * {@code GET /articles/{id}}: the contract's ArticleView (its fields at the top level of the JSON, as in the list),
 * plus the text (evidence offsets point into it), when it was ingested and the analysis's warnings.
 */
public record ArticleDetail(
        @JsonUnwrapped ArticleView article,
        String text,
        String ingestedAt,
        List<String> warnings) {
}
