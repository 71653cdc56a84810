package org.borderwatch.query.incident;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.api.IncidentPicture;
import org.borderwatch.contract.api.IncidentSummary;

/**
 * The incidents derived from the read model: computed from scratch for a version of the model and cached until
 * the next change, so a picture is always a pure function of the articles (restart, replay and redelivery give
 * the same answer). {@code asOf} views run the same derivation over the articles known by that day.
 */
public final class IncidentView {
    /** One derivation: the pictures, and which incident each article belongs to. */
    public record Snapshot(long version, Map<String, IncidentPicture> pictures, Map<String, String> incidentOf,
            Map<String, String> duplicateOf, Map<String, IncidentGrouper.Group> groups) {
    }

    /** Every summary of one snapshot, newest first: built once per model version, not per request. */
    private record SortedSummaries(Snapshot of, List<IncidentSummary> all) {
    }

    private static final Comparator<IncidentSummary> NEWEST_FIRST = Comparator
            .comparing((IncidentSummary s) -> Objects.toString(s.firstEventDate(), "~")).reversed()
            .thenComparing(IncidentSummary::id);

    /** An event with its article, for timelines and exports. */
    public record TimelineEntry(String articleId, String articleTitle, String published, EventRecord event) {
    }

    private final ReadModel model;
    private final Clock clock;
    private final IncidentGrouper grouper = new IncidentGrouper();
    private final PictureBuilder builder = new PictureBuilder();
    private final NearDuplicates duplicates = new NearDuplicates();
    private volatile Snapshot current;
    private volatile SortedSummaries sorted;
    /** Per incident (and asOf day): the hash of its last content and since when it has had it. */
    private record Stamp(int contentHash, String since) {
    }

    private final Map<String, Stamp> firstSeen = new HashMap<>();

    public IncidentView(ReadModel model, Clock clock) {
        this.model = model;
        this.clock = clock;
    }

    /**
     * The derivation of the model's current version. Readers of an unchanged model take the published snapshot
     * without a lock (the query load is many readers of one version); only a reader that finds the model changed
     * derives, one at a time, and the others of that moment wait for its result rather than derive it again.
     */
    public Snapshot snapshot() {
        Snapshot s = current;
        if (s != null && s.version() == model.version()) {
            return s;
        }
        return deriveCurrent();
    }

    /** The snapshot if it is of the model's current version, else null (a reader would have to derive). */
    public Snapshot freshSnapshot() {
        Snapshot s = current;
        return s != null && s.version() == model.version() ? s : null;
    }

    private synchronized Snapshot deriveCurrent() {
        long v = model.version();
        Snapshot s = current;
        if (s == null || s.version() != v) {
            s = derive(v, model.articles(), null);
            current = s;
        }
        return s;
    }

    public Snapshot asOf(LocalDate day) {
        List<ArticleState> known = new ArrayList<>();
        for (ArticleState a : model.articles()) {
            String since = a.knownSince();
            if (since != null && since.compareTo(day.toString()) <= 0) {
                known.add(a);
            }
        }
        return derive(model.version(), known, day.toString());
    }

    /**
     * One pair's share of a derivation: reused as long as the pair's articles are the very same states (the model
     * replaces an article's state object on every change), so an arriving analysis re-derives only the incidents
     * of its own pair of states. Grouping is per pair, so nothing outside the pair can change its incidents.
     */
    private record PairPart(List<ArticleState> members, Map<String, String> dupOf, List<IncidentGrouper.Group> groups,
            Map<String, IncidentPicture> pictures) {
    }

    private final Map<String, PairPart> parts = new HashMap<>();

    private Snapshot derive(long version, List<ArticleState> all, String asOf) {
        // Incidents never span two pairs of states, so each pair is derived on its own, and a pair none of whose
        // articles changed is taken from the previous derivation: one new article re-derives one pair.
        Map<String, List<ArticleState>> byPair = new TreeMap<>();
        for (ArticleState a : all) {
            String pair = a.analysis() == null ? null : IncidentGrouper.pairOf(a.analysis());
            if (pair != null) {
                byPair.computeIfAbsent(pair, k -> new ArrayList<>()).add(a);
            }
        }
        Map<String, IncidentPicture> pictures = new LinkedHashMap<>();
        Map<String, String> incidentOf = new HashMap<>();
        Map<String, String> dupOf = new HashMap<>();
        Map<String, IncidentGrouper.Group> byId = new LinkedHashMap<>();
        Map<String, PairDerivation> next = new HashMap<>();
        for (Map.Entry<String, List<ArticleState>> e : byPair.entrySet()) {
            long fingerprint = fingerprint(e.getValue());
            PairDerivation d = asOf == null ? pairs.get(e.getKey()) : null;
            if (d == null || d.fingerprint() != fingerprint) {
                d = derivePair(e.getValue(), fingerprint, asOf);
            }
            if (asOf == null) {
                next.put(e.getKey(), d);
            }
            pictures.putAll(d.pictures());
            byId.putAll(d.groups());
            dupOf.putAll(d.duplicateOf());
            d.groups().forEach((id, g) -> g.articles().forEach(a -> incidentOf.put(a.articleId(), id)));
        }
        if (asOf == null) {
            pairs = next;
            built.keySet().retainAll(pictures.keySet());
        }
        return new Snapshot(version, pictures, incidentOf, dupOf, byId);
    }

    private record PairDerivation(long fingerprint, Map<String, IncidentPicture> pictures,
            Map<String, IncidentGrouper.Group> groups, Map<String, String> duplicateOf) {
    }

    private volatile Map<String, PairDerivation> pairs = new HashMap<>();

    private PairDerivation derivePair(List<ArticleState> articles, long fingerprint, String asOf) {
        Map<String, String> dupOf = duplicates.duplicateOf(articles);
        Map<String, IncidentPicture> pictures = new LinkedHashMap<>();
        Map<String, IncidentGrouper.Group> groups = new LinkedHashMap<>();
        for (IncidentGrouper.Group g : grouper.group(articles, dupOf)) {
            IncidentPicture picture;
            if (asOf != null) {
                IncidentPicture p = builder.build(g, dupOf, asOf, null);
                picture = withUpdatedAt(p, updatedAt(p));
            } else {
                // only current pictures are reused: an asOf view is derived whole, for its own day
                List<String> copyOf = new ArrayList<>(g.articles().size());
                g.articles().forEach(a -> copyOf.add(dupOf.get(a.articleId())));
                BuiltPicture previous = built.get(g.id());
                if (previous != null && previous.sameInput(g.articles(), copyOf)) {
                    picture = previous.picture();
                } else {
                    IncidentPicture p = builder.build(g, dupOf, null, null);
                    picture = withUpdatedAt(p, updatedAt(p));
                    built.put(g.id(), new BuiltPicture(g.articles(), copyOf, picture));
                }
            }
            pictures.put(g.id(), picture);
            groups.put(g.id(), g);
        }
        return new PairDerivation(fingerprint, pictures, groups, dupOf);
    }

    /**
     * A current picture with what it was built from: its group's article states in order (the model replaces a
     * state object on every change) and each one's near-duplicate original. A picture reads nothing else, so when
     * a new article changes one incident of a pair, the pair's other incidents keep their pictures instead of being
     * rebuilt and re-hashed (most of the latency of one article at 100k, where a pair holds ~100 incidents).
     */
    private record BuiltPicture(List<ArticleState> members, List<String> copyOf, IncidentPicture picture) {
        boolean sameInput(List<ArticleState> articles, List<String> originals) {
            if (articles.size() != members.size() || !originals.equals(copyOf)) {
                return false;
            }
            for (int i = 0; i < articles.size(); i++) {
                if (articles.get(i) != members.get(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** By incident id; entries of incidents that no longer exist are dropped after each current derivation. */
    private final Map<String, BuiltPicture> built = new HashMap<>();

    /** Changes when any article of the list, its raw form or its analysis changes. */
    private static long fingerprint(List<ArticleState> articles) {
        long f = articles.size();
        for (ArticleState a : articles) {
            long h = a.articleId().hashCode();
            h = h * 31 + System.identityHashCode(a.analysis());
            h = h * 31 + System.identityHashCode(a.raw());
            f += h * 0x9E3779B97F4A7C15L;
        }
        return f;
    }

    /**
     * updatedAt changes only when the picture's content does: the time this content was first derived. Kept in
     * memory; after a restart it is the restart time (the one field that may differ between rebuilds).
     */
    private synchronized String updatedAt(IncidentPicture p) {
        // One entry per incident id (and asOf day), replaced when the content changes: bounded by the incidents.
        int hash = withUpdatedAt(p, null).hashCode();
        Stamp stamp = firstSeen.compute(p.id() + "#" + p.asOf(), (k, old) -> old != null && old.contentHash() == hash
                ? old : new Stamp(hash, clock.instant().toString()));
        return stamp.since();
    }

    static IncidentPicture withUpdatedAt(IncidentPicture p, String updatedAt) {
        return new IncidentPicture(p.id(), p.title(), p.countries(), p.status(), p.firstEventDate(),
                p.lastEventDate(), p.locations(), p.casualties(), p.forces(), p.appeals(), p.responses(),
                p.accusations(), p.ceasefire(), p.articles(), p.asOf(), updatedAt);
    }

    public List<IncidentSummary> summaries(String country, LocalDate from, LocalDate to) {
        List<IncidentSummary> all = sortedSummaries(snapshot());
        boolean byCountry = country != null && !country.isBlank();
        if (!byCountry && from == null && to == null) {
            return all;
        }
        List<IncidentSummary> out = new ArrayList<>();
        for (IncidentSummary s : all) {
            if (byCountry && !s.countries().contains(country.toUpperCase())) {
                continue;
            }
            LocalDate last = Dates.end(s.lastEventDate());
            LocalDate first = Dates.start(s.firstEventDate());
            if (from != null && last != null && last.isBefore(from)) {
                continue;
            }
            if (to != null && first != null && first.isAfter(to)) {
                continue;
            }
            out.add(s);
        }
        return out;
    }

    /** The snapshot's summaries, newest first, as an unmodifiable list shared by every reader of that version. */
    private List<IncidentSummary> sortedSummaries(Snapshot snapshot) {
        SortedSummaries cached = sorted;
        if (cached != null && cached.of() == snapshot) {
            return cached.all();
        }
        List<IncidentSummary> all = new ArrayList<>(snapshot.pictures().size());
        for (IncidentPicture p : snapshot.pictures().values()) {
            all.add(PictureBuilder.summary(p));
        }
        all.sort(NEWEST_FIRST);
        List<IncidentSummary> result = List.copyOf(all);
        sorted = new SortedSummaries(snapshot, result);
        return result;
    }

    public Optional<IncidentPicture> picture(String id) {
        return Optional.ofNullable(snapshot().pictures().get(id));
    }

    /**
     * The incident as it stood on {@code day}: the same derivation over what had been published (or, for an
     * undated article, ingested) by then. The incident is found by its articles, since its id may differ then.
     */
    public Optional<IncidentPicture> pictureAsOf(String id, LocalDate day) {
        IncidentGrouper.Group now = snapshot().groups().get(id);
        if (now == null) {
            return Optional.empty();
        }
        Snapshot then = asOf(day);
        String best = null;
        int bestOverlap = 0;
        for (Map.Entry<String, IncidentGrouper.Group> e : then.groups().entrySet()) {
            int overlap = 0;
            for (ArticleState a : e.getValue().articles()) {
                if (now.articles().stream().anyMatch(b -> b.articleId().equals(a.articleId()))) {
                    overlap++;
                }
            }
            if (overlap > bestOverlap) {
                best = e.getKey();
                bestOverlap = overlap;
            }
        }
        IncidentPicture p = best == null ? null : then.pictures().get(best);
        if (p == null) {
            // Nothing of it was known yet: an empty picture under today's id.
            return Optional.of(new IncidentPicture(id, null, now.countries(), "unknown", null, null, List.of(),
                    List.of(), List.of(), List.of(), List.of(), List.of(),
                    new IncidentPicture.Ceasefire(false, null, null, null), List.of(), day.toString(), null));
        }
        return Optional.of(new IncidentPicture(id, p.title(), p.countries(), p.status(), p.firstEventDate(),
                p.lastEventDate(), p.locations(), p.casualties(), p.forces(), p.appeals(), p.responses(),
                p.accusations(), p.ceasefire(), p.articles(), day.toString(), p.updatedAt()));
    }

    public Optional<List<TimelineEntry>> timeline(String id) {
        IncidentGrouper.Group g = snapshot().groups().get(id);
        if (g == null) {
            return Optional.empty();
        }
        List<TimelineEntry> out = new ArrayList<>();
        for (ArticleState a : g.articles()) {
            if (a.analysis().events() == null) {
                continue;
            }
            for (EventRecord e : a.analysis().events()) {
                if (!e.background()) {
                    out.add(new TimelineEntry(a.articleId(), a.title(), a.published(), e));
                }
            }
        }
        out.sort(Comparator.comparing((TimelineEntry t) -> t.event().date() == null ? "~" : t.event().date())
                .thenComparing(t -> Objects.toString(t.published(), "~"))
                .thenComparing(TimelineEntry::articleId)
                .thenComparing(t -> t.event().evidence() == null ? 0 : t.event().evidence().start()));
        return Optional.of(out);
    }

    public String incidentOf(String articleId) {
        return snapshot().incidentOf().get(articleId);
    }

    public String duplicateOf(String articleId) {
        return snapshot().duplicateOf().get(articleId);
    }
}
