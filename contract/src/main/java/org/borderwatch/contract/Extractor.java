package org.borderwatch.contract;

/** Which extractor produced an analysis. A newer version replaces an older one's analysis. */
public record Extractor(String name, String version) {
}
