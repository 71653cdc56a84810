package org.borderwatch.query.incident;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.api.IncidentPicture;

/**
 * An incident's timeline: the records its picture is built from, each with its article, in date order, and which of
 * them carry the killed claims its headline takes.
 */
final class Timelines {
    private Timelines() {
    }

    /**
     * An incident's records in date order, each with its article: what its picture is built from (no background,
     * nothing dated before the incident's own span); a near-copy's records only when {@code withCopies}.
     */
    static List<IncidentView.TimelineEntry> of(IncidentView.Exported x, boolean withCopies) {
        if (x.group() == null) {
            return List.of();
        }
        Set<String> headline = headlineClaims(x.picture());
        List<IncidentView.TimelineEntry> out = new ArrayList<>();
        for (ArticleState a : x.group().articles()) {
            String copyOf = x.duplicateOf().get(a.articleId());
            if (a.analysis().events() == null || (copyOf != null && !withCopies)) {
                continue;
            }
            for (EventRecord e : a.analysis().events()) {
                if (PictureBuilder.counts(e, x.group())) {
                    boolean flagged = e.counts() != null && e.counts().killed() != null
                            && headline.contains(claimKey(a.articleId(), e.party(), e.counts().killed(), e.evidence()));
                    out.add(new IncidentView.TimelineEntry(a.articleId(), a.title(), a.published(), e, a.outlet(),
                            copyOf, flagged));
                }
            }
        }
        out.sort(Comparator
                .comparing((IncidentView.TimelineEntry t) -> t.event().date() == null ? "~" : t.event().date())
                .thenComparing(t -> Objects.toString(t.published(), "~"))
                .thenComparing(IncidentView.TimelineEntry::articleId)
                .thenComparing(t -> t.event().evidence() == null ? 0 : t.event().evidence().start()));
        return out;
    }

    /** The killed claims the headline takes (the best claim of each figure marked headline), by where they stand. */
    private static Set<String> headlineClaims(IncidentPicture p) {
        Set<String> out = new HashSet<>();
        for (IncidentPicture.CasualtyFigure c : p.casualties()) {
            if (!"killed".equals(c.category()) || !Boolean.TRUE.equals(c.headline())) {
                continue;
            }
            for (IncidentPicture.Claim claim : c.claims()) {
                if (Boolean.TRUE.equals(claim.best())) {
                    out.add(claimKey(claim.articleId(), c.party(), claim.count(), claim.evidence()));
                }
            }
        }
        return out;
    }

    private static String claimKey(String articleId, String party, Integer count, EventRecord.Evidence evidence) {
        return articleId + "|" + party + "|" + count + "|" + (evidence == null ? -1 : evidence.start());
    }
}
