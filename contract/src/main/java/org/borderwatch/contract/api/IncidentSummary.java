package org.borderwatch.contract.api;

import java.util.List;

/** One row of {@code GET /incidents}. killedBest/Low/High: the killed figure the system stands behind, and its spread. */
public record IncidentSummary(
        String id,
        String title,
        List<String> countries,
        String firstEventDate,
        String lastEventDate,
        String status,
        Integer killedBest,
        Integer killedLow,
        Integer killedHigh,
        int articleCount) {
}
