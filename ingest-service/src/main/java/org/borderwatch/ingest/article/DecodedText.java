package org.borderwatch.ingest.article;

import java.util.List;

/**
 * Text decoded from bytes.
 *
 * @param text     decoded text, line ends unified to LF, stray control characters removed
 * @param charset  the encoding it was read as
 * @param warnings what a person should know (a guessed legacy encoding, removed control characters)
 */
public record DecodedText(String text, String charset, List<String> warnings) {
}
