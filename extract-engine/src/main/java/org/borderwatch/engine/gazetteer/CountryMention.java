package org.borderwatch.engine.gazetteer;

/**
 * A country found in a text.
 *
 * @param country ISO 3166-1 alpha-2 code
 * @param text    the text as written
 * @param start   offset of the first char in the scanned text
 * @param end     offset after the last char (exclusive)
 * @param type    name, demonym or capital
 */
public record CountryMention(String country, String text, int start, int end, CountryMentionType type) {
}
