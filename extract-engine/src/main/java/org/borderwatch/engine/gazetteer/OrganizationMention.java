package org.borderwatch.engine.gazetteer;

/**
 * An international organization found in a text.
 *
 * @param organization canonical short name of the contract (CSTO, UN, UNSC, OSCE, EU, NATO, CIS, SCO, AU, ICRC, ...)
 * @param text         the text as written
 * @param start        offset of the first char
 * @param end          offset after the last char (exclusive)
 */
public record OrganizationMention(String organization, String text, int start, int end) {
}
