package org.borderwatch.engine.text;

/** A sentence of the article: its text and exact character offsets into RawArticle.text, and its paragraph. */
public record Sentence(String text, int start, int end, int paragraph) {
}
