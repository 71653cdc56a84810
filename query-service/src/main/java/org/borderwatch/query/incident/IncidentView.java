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

    /**
     * An event with its article, for timelines and exports.
     *
     * @param outlet      the article's outlet
     * @param duplicateOf the original when the article is a near-copy (left out of timelines and exports unless
     *                    asked for)
     * @param headline    true when this record's killed figure is the claim the picture's headline takes for its
     *                    party: summing the killed counts of the entries marked true gives the incident's killed
     *                    total (killedBest)
     */
    public record TimelineEntry(String articleId, String articleTitle, String published, EventRecord event,
            String outlet, String duplicateOf, boolean headline) {
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
            if (matches(s.countries(), s.firstEventDate(), s.lastEventDate(), country, from, to)) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * The filter of the incident list and of the exports: one of the two states is {@code country}, and the
     * incident's event dates reach into [from, to] (an incident without dates is not excluded by them).
     */
    public static boolean matches(List<String> countries, String firstEventDate, String lastEventDate,
            String country, LocalDate from, LocalDate to) {
        if (country != null && !country.isBlank() && !countries.contains(country.trim().toUpperCase())) {
            return false;
        }
        LocalDate last = Dates.end(lastEventDate);
        LocalDate first = Dates.start(firstEventDate);
        if (from != null && last != null && last.isBefore(from)) {
            return false;
        }
        return to == null || first == null || !first.isAfter(to);
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
        return incident(id, day).map(Exported::picture);
    }

    /**
     * An incident for a timeline or an export: under today's id, its group and picture in the derivation asked for
     * (today's, or as of a day), with that derivation's near-copy links.
     *
     * @param group null when nothing of the incident was known by the day asked for
     */
    public record Exported(String id, IncidentGrouper.Group group, IncidentPicture picture,
            Map<String, String> duplicateOf) {
    }

    /** One incident, today or as of {@code day} (null: today); empty when there is no such incident today. */
    public Optional<Exported> incident(String id, LocalDate day) {
        Snapshot now = snapshot();
        IncidentGrouper.Group today = now.groups().get(id);
        if (today == null) {
            return Optional.empty();
        }
        if (day == null) {
            return Optional.of(new Exported(id, today, now.pictures().get(id), now.duplicateOf()));
        }
        Snapshot then = asOf(day);
        String idThen = idThen(today, then);
        IncidentPicture p = idThen == null ? null : then.pictures().get(idThen);
        if (p == null) {
            // Nothing of it was known yet: an empty picture under today's id.
            return Optional.of(new Exported(id, null, emptyPicture(id, today, day), then.duplicateOf()));
        }
        return Optional.of(new Exported(id, then.groups().get(idThen), renamed(p, id, day), then.duplicateOf()));
    }

    /**
     * Every incident, today or as of {@code day} (null: today). As of a day, each incident is named by today's
     * incident that shares most of its articles (its own id of that day when none does).
     */
    public List<Exported> incidents(LocalDate day) {
        Snapshot now = snapshot();
        if (day == null) {
            List<Exported> out = new ArrayList<>();
            now.pictures().forEach((id, p) -> out.add(new Exported(id, now.groups().get(id), p, now.duplicateOf())));
            return out;
        }
        Snapshot then = asOf(day);
        List<Exported> out = new ArrayList<>();
        Map<String, Integer> used = new HashMap<>();
        for (Map.Entry<String, IncidentPicture> e : then.pictures().entrySet()) {
            IncidentGrouper.Group g = then.groups().get(e.getKey());
            String id = idNow(g, now);
            int n = used.merge(id, 1, Integer::sum);
            id = n == 1 ? id : e.getKey(); // two of then's incidents are one today: the second keeps its own id
            out.add(new Exported(id, g, renamed(e.getValue(), id, day), then.duplicateOf()));
        }
        return out;
    }

    private static IncidentPicture renamed(IncidentPicture p, String id, LocalDate day) {
        return new IncidentPicture(id, p.title(), p.countries(), p.status(), p.firstEventDate(),
                p.lastEventDate(), p.locations(), p.casualties(), p.forces(), p.appeals(), p.responses(),
                p.accusations(), p.ceasefire(), p.articles(), day.toString(), p.updatedAt());
    }

    private static IncidentPicture emptyPicture(String id, IncidentGrouper.Group now, LocalDate day) {
        return new IncidentPicture(id, null, now.countries(), "unknown", null, null, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), new IncidentPicture.Ceasefire(false, null, null, null), List.of(),
                day.toString(), null);
    }

    /** The id, in an earlier snapshot, of the incident that shares most articles with {@code now}; or null. */
    private static String idThen(IncidentGrouper.Group now, Snapshot then) {
        Map<String, Integer> overlap = new LinkedHashMap<>();
        for (ArticleState a : now.articles()) {
            String id = then.incidentOf().get(a.articleId());
            if (id != null) {
                overlap.merge(id, 1, Integer::sum);
            }
        }
        return mostShared(overlap);
    }

    /** Today's id of the incident that shares most articles with an earlier snapshot's {@code then}. */
    private static String idNow(IncidentGrouper.Group then, Snapshot now) {
        Map<String, Integer> overlap = new LinkedHashMap<>();
        for (ArticleState a : then.articles()) {
            String id = now.incidentOf().get(a.articleId());
            if (id != null) {
                overlap.merge(id, 1, Integer::sum);
            }
        }
        String id = mostShared(overlap);
        return id != null ? id : then.id();
    }

    private static String mostShared(Map<String, Integer> overlap) {
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> e : new TreeMap<>(overlap).entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    /** Today's timeline of an incident, copies left out. */
    public Optional<List<TimelineEntry>> timeline(String id) {
        return incident(id, null).map(x -> timeline(x, false));
    }

    /** An incident's records in date order (see {@link Timelines#of}); a near-copy's only when {@code withCopies}. */
    public static List<TimelineEntry> timeline(Exported x, boolean withCopies) {
        return Timelines.of(x, withCopies);
    }

    public String incidentOf(String articleId) {
        return snapshot().incidentOf().get(articleId);
    }

    public String duplicateOf(String articleId) {
        return snapshot().duplicateOf().get(articleId);
    }
}
