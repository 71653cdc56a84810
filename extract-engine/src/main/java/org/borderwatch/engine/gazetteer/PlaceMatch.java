package org.borderwatch.engine.gazetteer;

import java.util.List;

/**
 * A span of text that names one or more gazetteer places; {@link Gazetteer#resolve} picks one.
 *
 * @param text       the text as written
 * @param start      offset of the first char
 * @param end        offset after the last char (exclusive)
 * @param candidates every place with that name, best first (curated, then population)
 */
public record PlaceMatch(String text, int start, int end, List<Place> candidates) {
    public PlaceMatch {
        candidates = List.copyOf(candidates);
    }
}
