/**
 * ingest-service: folder watcher ({@code inbox}) and {@code POST /articles} ({@code rest}) turn files into
 * {@link org.borderwatch.contract.RawArticle}s ({@code article}) published to {@code articles.raw} ({@code messaging}).
 */
package org.borderwatch.ingest;
