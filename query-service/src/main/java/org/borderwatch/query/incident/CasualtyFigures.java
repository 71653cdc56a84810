package org.borderwatch.query.incident;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.EventType;
import org.borderwatch.contract.api.IncidentPicture.CasualtyFigure;
import org.borderwatch.contract.api.IncidentPicture.Claim;
import org.borderwatch.contract.api.IncidentPicture.ForceFigure;
import org.borderwatch.query.incident.PictureBuilder.Sourced;

/**
 * An incident's casualty and force figures, and what adds up to its headline. The rules, in order:
 * <ol>
 * <li><b>One claim per claimant, party, category and figure.</b> The same claimant's same figure reported by
 * several articles is one claim listing them all ({@code articleIds}); its date is the first article's. An outlet's
 * own narration is its article's claim. A near-copy's claim its original already makes is dropped.</li>
 * <li><b>One row per party, category and civilian flag, where an unknown flag merges with a known one.</b> "49
 * people died" (flag unknown) and "49 soldiers were killed" (military) of one party are one row; an unknown-flag
 * claim joins the party's only known flag, or, when the party has both civilian and military rows, the one with a
 * claim of the same figure, else it stays a row of its own.</li>
 * <li><b>A row's best</b> is {@link ClaimRule}'s: the latest claim of the most authoritative claimant (an official
 * of the affected party, then the outlet's narration, then anyone else).</li>
 * <li><b>A party's figure</b> is the sum of its civilian and military rows' bests; a row whose flag stays unknown
 * beside them may be their total, so it counts only when it is larger than that sum (then alone). <b>The
 * incident's total</b> is the sum over parties. A figure that names no party ("100 people were killed on both
 * sides", and also what an undated, unmarked mention of an earlier war looks like: "6,500 people died") counts only
 * when no party has a figure of that category: the parties' own figures are the conservative headline.
 * The rows that count are marked {@code headline}: summing their bests gives the total.</li>
 * </ol>
 */
final class CasualtyFigures {
    static final List<String> CATEGORIES = List.of("killed", "wounded", "captured", "missing");

    private CasualtyFigures() {
    }

    private record Row(String party, String category, Boolean civilian) {
    }

    private record Counted(Sourced source, String category, int count) {
    }

    static List<CasualtyFigure> casualties(List<Sourced> events, Map<String, String> duplicateOf) {
        List<Counted> counted = new ArrayList<>();
        List<Sourced> denials = new ArrayList<>();
        for (Sourced s : events) {
            EventRecord e = s.event();
            if (e.type() != EventType.CASUALTIES) {
                continue;
            }
            boolean denial = e.negated() || CATEGORIES.stream().allMatch(c -> {
                Integer n = count(e.counts(), c);
                return n == null || n == 0;
            });
            if (denial) {
                denials.add(s);
                continue;
            }
            for (String category : CATEGORIES) {
                Integer n = count(e.counts(), category);
                if (n != null && n > 0) {
                    counted.add(new Counted(s, category, n));
                }
            }
        }
        Map<Row, List<Claim>> rows = new LinkedHashMap<>();
        for (Counted c : counted) {
            rows.computeIfAbsent(rowOf(c, counted), k -> new ArrayList<>()).add(PictureBuilder.claim(c.source(), c.count()));
        }
        // A denial ("there are no casualties") stands beside every figure it contradicts: of its party, or of
        // any party when it names none; with nothing to contradict, it is a figure of its own.
        for (Sourced d : denials) {
            boolean placed = false;
            for (Map.Entry<Row, List<Claim>> e : rows.entrySet()) {
                Row k = e.getKey();
                boolean sameParty = d.event().party() == null || d.event().party().equals(k.party());
                if (sameParty && ("killed".equals(k.category()) || "wounded".equals(k.category()))) {
                    e.getValue().add(PictureBuilder.claim(d, 0));
                    placed = true;
                }
            }
            if (!placed) {
                rows.computeIfAbsent(new Row(d.event().party(), "killed", d.event().civilian()),
                        k -> new ArrayList<>()).add(PictureBuilder.claim(d, 0));
            }
        }
        List<CasualtyFigure> figures = new ArrayList<>();
        rows.forEach((k, list) -> {
            List<Claim> claims = merge(dedupe(list, duplicateOf));
            ClaimRule.Figure f = ClaimRule.figure(k.party(), claims);
            figures.add(new CasualtyFigure(k.party(), k.category(), k.civilian(), f.best(), f.low(), f.high(),
                    markBest(claims, f.from()), false));
        });
        Set<CasualtyFigure> inHeadline = Collections.newSetFromMap(new IdentityHashMap<>());
        for (String category : CATEGORIES) {
            inHeadline.addAll(headline(figures.stream().filter(c -> c.category().equals(category)).toList()));
        }
        List<CasualtyFigure> out = new ArrayList<>();
        for (CasualtyFigure c : figures) {
            out.add(new CasualtyFigure(c.party(), c.category(), c.civilian(), c.best(), c.low(), c.high(), c.claims(),
                    inHeadline.contains(c)));
        }
        out.sort(Comparator.comparing((CasualtyFigure c) -> Objects.toString(c.party(), "~"))
                .thenComparing(c -> CATEGORIES.indexOf(c.category()))
                .thenComparing(c -> Objects.toString(c.civilian(), "~")));
        return out;
    }

    /**
     * The row of a claim: its party, category and civilian flag, where an unknown flag takes the party's only known
     * one, or, with both known, the one that has a claim of the same figure.
     */
    private static Row rowOf(Counted c, List<Counted> all) {
        EventRecord e = c.source().event();
        if (e.civilian() != null) {
            return new Row(e.party(), c.category(), e.civilian());
        }
        Set<Boolean> known = new LinkedHashSet<>();
        Set<Boolean> sameFigure = new LinkedHashSet<>();
        for (Counted o : all) {
            EventRecord oe = o.source().event();
            if (oe.civilian() != null && Objects.equals(oe.party(), e.party()) && o.category().equals(c.category())) {
                known.add(oe.civilian());
                if (o.count() == c.count()) {
                    sameFigure.add(oe.civilian());
                }
            }
        }
        Boolean flag = known.size() == 1 ? known.iterator().next()
                : sameFigure.size() == 1 ? sameFigure.iterator().next() : null;
        return new Row(e.party(), c.category(), flag);
    }

    /** The figures of one category whose bests add up to the incident's total (rule 4). */
    static List<CasualtyFigure> headline(List<CasualtyFigure> ofCategory) {
        Map<String, List<CasualtyFigure>> byParty = new TreeMap<>();
        List<CasualtyFigure> unattributed = new ArrayList<>();
        for (CasualtyFigure c : ofCategory) {
            if (c.party() == null) {
                unattributed.add(c);
            } else {
                byParty.computeIfAbsent(c.party(), k -> new ArrayList<>()).add(c);
            }
        }
        List<CasualtyFigure> named = new ArrayList<>();
        for (List<CasualtyFigure> party : byParty.values()) {
            named.addAll(ofParty(party));
        }
        return named.isEmpty() ? ofParty(unattributed) : named;
    }

    /** One party's rows that count: the civilian and military ones, or the unknown-flag one when it is larger. */
    private static List<CasualtyFigure> ofParty(List<CasualtyFigure> rows) {
        List<CasualtyFigure> known = new ArrayList<>();
        CasualtyFigure unknown = null;
        for (CasualtyFigure c : rows) {
            if (c.civilian() == null) {
                unknown = c;
            } else {
                known.add(c);
            }
        }
        if (unknown != null && (known.isEmpty() || best(unknown) > sum(known))) {
            return List.of(unknown);
        }
        return known;
    }

    static long sum(List<CasualtyFigure> figures) {
        long n = 0;
        for (CasualtyFigure c : figures) {
            n += best(c);
        }
        return n;
    }

    private static int best(CasualtyFigure c) {
        return c.best() == null ? 0 : c.best();
    }

    static List<ForceFigure> forces(List<Sourced> events, Map<String, String> duplicateOf) {
        Map<String, List<Claim>> claims = new TreeMap<>();
        for (Sourced s : events) {
            EventRecord e = s.event();
            if (e.type() == EventType.TROOP_PRESENCE && !e.negated() && e.counts() != null
                    && e.counts().troops() != null) {
                claims.computeIfAbsent(Objects.toString(e.party(), ""), k -> new ArrayList<>())
                        .add(PictureBuilder.claim(s, e.counts().troops()));
            }
        }
        List<ForceFigure> out = new ArrayList<>();
        claims.forEach((party, list) -> {
            List<Claim> kept = merge(dedupe(list, duplicateOf));
            String p = party.isEmpty() ? null : party;
            ClaimRule.Figure f = ClaimRule.figure(p, kept);
            out.add(new ForceFigure(p, f.best(), f.low(), f.high(), markBest(kept, f.from())));
        });
        return out;
    }

    /** Drops a copy's claim when its original already makes the same one. */
    private static List<Claim> dedupe(List<Claim> claims, Map<String, String> duplicateOf) {
        List<Claim> out = new ArrayList<>();
        for (Claim c : claims) {
            String original = duplicateOf.get(c.articleId());
            boolean repeated = original != null && claims.stream().anyMatch(o -> o.articleId().equals(original)
                    && Objects.equals(o.count(), c.count())
                    && Objects.equals(name(o), name(c)));
            if (!repeated) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * One claim per claimant and figure: the same claimant's same figure in several articles (or twice in one) is
     * one claim, shown with the first article's evidence and date and listing every article. Claims come in
     * content order (publication date first), so the first is the earliest report.
     */
    static List<Claim> merge(List<Claim> claims) {
        Map<String, List<Claim>> byKey = new LinkedHashMap<>();
        for (Claim c : claims) {
            String who = c.claimedBy() == null ? "(outlet)|" + c.articleId()
                    : Objects.toString(c.claimedBy().name(), "") + "|" + Objects.toString(c.claimedBy().country(), "")
                            + "|" + Objects.toString(c.claimedBy().organization(), "");
            byKey.computeIfAbsent(who + "|" + c.count(), k -> new ArrayList<>()).add(c);
        }
        List<Claim> out = new ArrayList<>(byKey.size());
        for (List<Claim> same : byKey.values()) {
            Claim first = same.get(0);
            Set<String> ids = new LinkedHashSet<>();
            String qualifier = null;
            for (Claim c : same) {
                ids.add(c.articleId());
                qualifier = qualifier != null ? qualifier : c.qualifier();
            }
            out.add(new Claim(first.count(), qualifier, first.claimedBy(), first.articleId(), first.published(),
                    first.evidence(), List.copyOf(ids), null));
        }
        return out;
    }

    private static List<Claim> markBest(List<Claim> claims, Claim from) {
        if (from == null) {
            return claims;
        }
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            out.add(c == from ? new Claim(c.count(), c.qualifier(), c.claimedBy(), c.articleId(), c.published(),
                    c.evidence(), c.articleIds(), true) : c);
        }
        return out;
    }

    private static String name(Claim c) {
        return c.claimedBy() == null ? null : c.claimedBy().name();
    }

    static Integer count(EventRecord.Counts c, String category) {
        if (c == null) {
            return null;
        }
        return switch (category) {
            case "killed" -> c.killed();
            case "wounded" -> c.wounded();
            case "captured" -> c.captured();
            default -> c.missing();
        };
    }
}
