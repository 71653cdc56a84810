package org.borderwatch.query.incident;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.borderwatch.contract.api.IncidentPicture.Claim;

/**
 * The figure the system stands behind, and the spread, from claims kept side by side.
 * <ul>
 * <li>A claimant's later claim supersedes its earlier ones (claimant = name, else the outlet's narration).</li>
 * <li>best: among the remaining claims that are not denials, the one from the most authoritative claimant:
 * an official of the affected party, then the outlet's own narration, then anyone else; ties go to the latest,
 * then the larger figure. Only denials: best is 0.</li>
 * <li>low / high: the smallest and largest of the remaining claims, denials (0) included: the spread of what
 * is asserted.</li>
 * </ul>
 * What adds up to an incident's headline from these per-figure bests is {@link CasualtyFigures}' rule.
 */
public final class ClaimRule {
    /** @param from the claim best is taken from (null when there is no claim, or only denials) */
    public record Figure(Integer best, Integer low, Integer high, Claim from) {
    }

    private ClaimRule() {
    }

    public static Figure figure(String party, List<Claim> claims) {
        Map<String, Claim> latest = new LinkedHashMap<>();
        for (Claim c : claims) {
            String who = c.claimedBy() == null ? "(outlet:" + c.articleId() + ")"
                    : Objects.toString(c.claimedBy().name(), "") + "|" + Objects.toString(c.claimedBy().country(), "")
                            + "|" + Objects.toString(c.claimedBy().organization(), "");
            Claim prev = latest.get(who);
            if (prev == null || Objects.toString(c.published(), "").compareTo(Objects.toString(prev.published(), "")) >= 0) {
                latest.put(who, c);
            }
        }
        List<Claim> kept = new ArrayList<>(latest.values());
        if (kept.isEmpty()) {
            return new Figure(null, null, null, null);
        }
        int low = kept.stream().mapToInt(c -> c.count() == null ? 0 : c.count()).min().orElse(0);
        int high = kept.stream().mapToInt(c -> c.count() == null ? 0 : c.count()).max().orElse(0);
        Claim from = kept.stream()
                .filter(c -> c.count() != null && c.count() > 0)
                .max(Comparator.comparingInt((Claim c) -> authority(party, c))
                        .thenComparing(c -> Objects.toString(c.published(), ""))
                        .thenComparingInt(Claim::count))
                .orElse(null);
        return new Figure(from == null ? 0 : from.count(), low, high, from);
    }

    static int authority(String party, Claim c) {
        if (c.claimedBy() == null) {
            return 2;
        }
        if (party != null && party.equals(c.claimedBy().country())) {
            return 3;
        }
        return 1;
    }
}
