package org.borderwatch.bench.corpus;

/**
 * One synthetic article.
 *
 * @param fileName    NNNNN_pair.txt
 * @param incidentId  the incident it reports (several articles report one incident)
 * @param duplicateOf fileName of the article it is a near-duplicate of (another outlet's edit), or null
 */
public record GeneratedArticle(String fileName, String text, String incidentId, String duplicateOf) {
}
