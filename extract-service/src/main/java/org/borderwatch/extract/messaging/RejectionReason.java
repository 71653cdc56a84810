package org.borderwatch.extract.messaging;

import java.util.Locale;

/**
 * Why a raw record ends as a Rejection instead of an analysis: the kind, for the metrics
 * ({@code borderwatch_extract_rejected_total{reason="..."}}); the Rejection's text says the details.
 */
public enum RejectionReason {
    /** Record value or text over its limit (contract {@code Limits}). */
    OVERSIZED,
    /** Not JSON, not an object, not a RawArticle, empty. */
    MALFORMED,
    /** Another schemaVersion than the one this service reads. */
    UNKNOWN_SCHEMA,
    /** No articleId or no text. */
    MISSING_FIELD,
    /** The articleId is not the hash of the text. */
    ID_MISMATCH,
    /** The engine threw or returned nothing usable. */
    ENGINE_FAILED,
    /** The analysis used up its CPU-time budget. */
    TIME_BUDGET,
    /** The serialized analysis is over the contract's analysis size. */
    ANALYSIS_TOO_LARGE,
    /** The broker refused the analysis (or it could not be written at all). */
    WRITE_FAILED,
    /** The text is in a language the engine does not read ({@link LanguageGate}): not analyzed. */
    UNSUPPORTED_LANGUAGE;

    /** The metric tag value: {@code time-budget}. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
