package org.borderwatch.query.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.EventType;
import org.borderwatch.contract.api.IncidentPicture;
import org.borderwatch.contract.api.IncidentPicture.AccusationRef;
import org.borderwatch.contract.api.IncidentPicture.AppealStatus;
import org.borderwatch.contract.api.IncidentPicture.ArticleRef;
import org.borderwatch.contract.api.IncidentPicture.CasualtyFigure;
import org.borderwatch.contract.api.IncidentPicture.Ceasefire;
import org.borderwatch.contract.api.IncidentPicture.Claim;
import org.borderwatch.contract.api.IncidentPicture.ForceFigure;
import org.borderwatch.contract.api.IncidentPicture.Place;
import org.borderwatch.contract.api.IncidentPicture.Response;
import org.borderwatch.contract.api.IncidentSummary;

/**
 * Builds the picture of one incident from its articles' latest analyses. Background records never count, nor do
 * records dated before the incident's own span ({@link IncidentDates}); a near-duplicate copy adds no claim its
 * original already makes (one report, one source). Figures and the headline: {@link CasualtyFigures}; the title:
 * {@link Titles}; first and last event dates: {@link IncidentDates}.
 */
public final class PictureBuilder {
    private static final Set<EventType> RESPONSE_TYPES = Set.of(EventType.STATEMENT, EventType.CONSULTATION,
            EventType.MEETING, EventType.REJECTION, EventType.MISSION, EventType.MONITORING, EventType.MEDIATION,
            EventType.DEMAND, EventType.THREAT);

    private static final Comparator<Sourced> CONTENT_ORDER = Comparator
            .comparing((Sourced s) -> Objects.toString(s.article().published(), "~"))
            .thenComparing(s -> s.article().articleId())
            .thenComparingInt(s -> s.event().evidence() == null ? 0 : s.event().evidence().start())
            .thenComparing(s -> s.event().type())
            // Not the record id for ties (one sentence, several appeals): ids change with the extractor version,
            // and a replay that finds the same facts must give the same picture.
            .thenComparing(s -> Objects.toString(s.event().appeal()) + "|" + s.event().party() + "|"
                    + s.event().counts() + "|" + s.event().summary() + "|" + s.event().actors());

    /** An event with the article it came from. */
    public record Sourced(ArticleState article, EventRecord event) {
    }

    public IncidentPicture build(IncidentGrouper.Group group, Map<String, String> duplicateOf, String asOf,
            String updatedAt) {
        List<Sourced> events = new ArrayList<>();
        for (ArticleState a : group.articles()) {
            if (a.analysis().events() == null) {
                continue;
            }
            for (EventRecord e : a.analysis().events()) {
                if (counts(e, group)) {
                    events.add(new Sourced(a, e));
                }
            }
        }
        // Content order, not arrival order: wherever a picture keeps "the first" of something (an accusation's
        // wording, an appeal's instrument or reason, a place's details) it must not depend on which article
        // happened to be ingested first, or the same reports ingested in another order give another picture.
        events.sort(CONTENT_ORDER);
        List<Place> places = places(events);
        List<CasualtyFigure> casualties = CasualtyFigures.casualties(events, duplicateOf);
        List<ForceFigure> forces = CasualtyFigures.forces(events, duplicateOf);
        List<AppealStatus> appeals = appeals(events);
        List<Response> responses = responses(events, group.countries());
        List<AccusationRef> accusations = accusations(events);
        Ceasefire ceasefire = ceasefire(events);
        IncidentDates.Span span = new IncidentDates.Span();
        events.forEach(s -> span.add(s.event()));
        String first = span.first();
        String last = span.last();
        String status = ceasefire.reported() && !Boolean.TRUE.equals(ceasefire.broken()) ? "ceasefire"
                : events.stream().anyMatch(s -> !s.event().negated() && isHostile(s.event().type())) ? "active"
                : "unknown";
        List<ArticleRef> articles = new ArrayList<>();
        for (ArticleState a : group.articles()) {
            articles.add(new ArticleRef(a.articleId(), a.title(), a.published(), a.outlet(),
                    duplicateOf.get(a.articleId())));
        }
        return new IncidentPicture(group.id(), Titles.title(group.countries(), events, first), group.countries(),
                status, first, last,
                places, casualties, forces, appeals, responses, accusations, ceasefire, articles, asOf, updatedAt);
    }

    /**
     * A record of the incident: not background, and not dated before the incident's own span (an earlier event the
     * extractor did not mark as background).
     */
    static boolean counts(EventRecord e, IncidentGrouper.Group group) {
        return !e.background() && !IncidentDates.before(e.date(), group.start());
    }

    /** The list's row: killed best/low/high add up the figures that make the headline ({@link CasualtyFigures}). */
    public static IncidentSummary summary(IncidentPicture p) {
        Integer best = null;
        Integer low = null;
        Integer high = null;
        for (CasualtyFigure c : p.casualties()) {
            if ("killed".equals(c.category()) && c.best() != null && !Boolean.FALSE.equals(c.headline())) {
                best = (best == null ? 0 : best) + c.best();
                low = (low == null ? 0 : low) + (c.low() == null ? 0 : c.low());
                high = (high == null ? 0 : high) + (c.high() == null ? 0 : c.high());
            }
        }
        long sources = p.articles().stream().filter(a -> a.duplicateOf() == null).count();
        return new IncidentSummary(p.id(), p.title(), p.countries(), p.firstEventDate(), p.lastEventDate(), p.status(),
                best, low, high, (int) sources);
    }

    static boolean isHostile(EventType t) {
        return t == EventType.INCURSION || t == EventType.ATTACK || t == EventType.CLASH || t == EventType.CASUALTIES
                || t == EventType.TROOP_PRESENCE || t == EventType.CEASEFIRE_VIOLATION;
    }

    private static List<Place> places(List<Sourced> events) {
        Map<String, Place> byKey = new LinkedHashMap<>();
        Map<String, Set<String>> ids = new LinkedHashMap<>();
        for (Sourced s : events) {
            if (s.event().locations() == null || s.event().negated()) {
                continue;
            }
            for (EventRecord.Location l : s.event().locations()) {
                if (l.name() == null) {
                    continue;
                }
                String key = l.name().toLowerCase(Locale.ROOT) + "|" + l.country();
                Place prev = byKey.get(key);
                if (prev == null || (prev.lat() == null && l.lat() != null)) {
                    byKey.put(key, new Place(l.name(), l.kind(), l.admin1(), l.country(), l.lat(), l.lon(), List.of()));
                }
                ids.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(s.article().articleId());
            }
        }
        List<Place> out = new ArrayList<>();
        byKey.forEach((k, p) -> out.add(new Place(p.name(), p.kind(), p.admin1(), p.country(), p.lat(), p.lon(),
                List.copyOf(ids.get(k)))));
        return out;
    }

    static Claim claim(Sourced s, Integer count) {
        EventRecord e = s.event();
        return new Claim(count, e.counts() == null ? null : e.counts().qualifier(), e.claimedBy(),
                s.article().articleId(), s.article().published(), e.evidence());
    }

    /**
     * Each appeal (from, to) with its outcome: mission when the recipient decided one, rejected (with the reason)
     * when it refused, consultations when it consulted or met on it, else pending.
     */
    private static List<AppealStatus> appeals(List<Sourced> events) {
        Map<String, List<Sourced>> byKey = new LinkedHashMap<>();
        for (Sourced s : events) {
            EventRecord e = s.event();
            if (e.type() == EventType.APPEAL && !e.negated() && e.appeal() != null && e.appeal().to() != null) {
                byKey.computeIfAbsent(e.appeal().from() + ">" + e.appeal().to(), k -> new ArrayList<>()).add(s);
            }
        }
        List<AppealStatus> out = new ArrayList<>();
        for (List<Sourced> list : byKey.values()) {
            EventRecord.Appeal appeal = list.get(0).event().appeal();
            String instrument = list.stream().map(s -> s.event().appeal().instrument()).filter(Objects::nonNull)
                    .findFirst().orElse(null);
            String date = list.stream().map(s -> s.event().date()).filter(Objects::nonNull).min(String::compareTo)
                    .orElse(null);
            Set<String> ids = new LinkedHashSet<>();
            list.forEach(s -> ids.add(s.article().articleId()));
            String to = appeal.to();
            String outcome = "pending";
            String reason = null;
            boolean consulted = false;
            boolean rejected = false;
            boolean mission = false;
            for (Sourced s : events) {
                EventRecord e = s.event();
                if (!to.equals(Actors.organizationOf(e)) && !to.equals(Actors.countryIn(e, "initiator", "speaker"))) {
                    continue;
                }
                if (e.type() == EventType.MISSION && !e.negated()) {
                    mission = true;
                    ids.add(s.article().articleId());
                } else if (e.type() == EventType.REJECTION && !e.negated()) {
                    rejected = true;
                    // "CSTO rejects Yerevan's appeal" names what was rejected, not why: a summary that restates the
                    // appeal is kept only when no record gives an actual reason ("a border incident").
                    if (reason == null || (restatesAppeal(reason) && e.summary() != null && !restatesAppeal(e.summary()))) {
                        reason = e.summary();
                    }
                    ids.add(s.article().articleId());
                } else if ((e.type() == EventType.CONSULTATION || e.type() == EventType.MEETING) && !e.negated()) {
                    consulted = true;
                }
            }
            if (mission) {
                outcome = "mission";
            } else if (rejected) {
                outcome = "rejected";
            } else if (consulted) {
                outcome = "consultations";
            }
            out.add(new AppealStatus(appeal.from(), to, instrument, date, outcome, reason, List.copyOf(ids)));
        }
        return out;
    }

    private static boolean restatesAppeal(String summary) {
        String s = summary.toLowerCase(Locale.ROOT);
        return s.contains("appeal") || s.contains("request");
    }

    private static List<Response> responses(List<Sourced> events, List<String> parties) {
        Map<String, Response> byKey = new LinkedHashMap<>();
        Map<String, Set<String>> ids = new LinkedHashMap<>();
        for (Sourced s : events) {
            EventRecord e = s.event();
            if (!RESPONSE_TYPES.contains(e.type())) {
                continue;
            }
            String org = Actors.organizationOf(e);
            if (org == null) {
                String state = Actors.countryIn(e, "mediator", "initiator", "speaker");
                // A third state's act is a response; the parties' own statements are not.
                org = state != null && !parties.contains(state) ? state : null;
            }
            if (org == null) {
                continue;
            }
            String type = e.type().name().toLowerCase(Locale.ROOT);
            String key = org + "|" + type + "|" + e.negated();
            Response prev = byKey.get(key);
            String date = prev == null ? e.date()
                    : prev.date() == null ? e.date()
                    : e.date() == null ? prev.date() : (e.date().compareTo(prev.date()) < 0 ? e.date() : prev.date());
            byKey.put(key, new Response(org, type, date, e.negated(), List.of()));
            ids.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(s.article().articleId());
        }
        List<Response> out = new ArrayList<>();
        byKey.forEach((k, r) -> out.add(new Response(r.organization(), r.type(), r.date(), r.negated(),
                List.copyOf(ids.get(k)))));
        return out;
    }

    private static List<AccusationRef> accusations(List<Sourced> events) {
        Map<String, String> claims = new LinkedHashMap<>();
        Map<String, Set<String>> ids = new LinkedHashMap<>();
        for (Sourced s : events) {
            EventRecord e = s.event();
            if (e.type() != EventType.ACCUSATION || e.negated()) {
                continue;
            }
            String accuser = Actors.countryIn(e, "initiator", "speaker");
            if (accuser == null && e.claimedBy() != null) {
                accuser = e.claimedBy().country();
            }
            String accused = Actors.countryIn(e, "target");
            String key = accuser + ">" + accused;
            claims.putIfAbsent(key, e.summary() != null ? e.summary()
                    : e.evidence() != null ? e.evidence().sentence() : null);
            ids.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(s.article().articleId());
        }
        List<AccusationRef> out = new ArrayList<>();
        claims.forEach((k, claim) -> {
            String[] parts = k.split(">", 2);
            out.add(new AccusationRef("null".equals(parts[0]) ? null : parts[0],
                    "null".equals(parts[1]) ? null : parts[1], claim, List.copyOf(ids.get(k))));
        });
        return out;
    }

    private static Ceasefire ceasefire(List<Sourced> events) {
        Sourced first = null;
        for (Sourced s : events) {
            if (s.event().type() == EventType.CEASEFIRE && !s.event().negated()) {
                if (first == null || Objects.toString(s.event().date(), "~")
                        .compareTo(Objects.toString(first.event().date(), "~")) < 0) {
                    first = s;
                }
            }
        }
        if (first == null) {
            return new Ceasefire(false, null, null, null);
        }
        String mediator = Actors.nameIn(first.event(), "mediator");
        if (mediator == null) {
            for (Sourced s : events) {
                if (s.event().type() == EventType.MEDIATION && !s.event().negated()) {
                    mediator = Actors.nameIn(s.event(), "mediator", "initiator");
                    if (mediator != null) {
                        break;
                    }
                }
            }
        }
        String date = first.event().date();
        LocalDate since = Dates.start(date);
        boolean broken = false;
        for (Sourced s : events) {
            EventRecord e = s.event();
            if (e.type() == EventType.CEASEFIRE_VIOLATION && !e.negated()) {
                LocalDate d = Dates.start(e.date());
                if (since == null || d == null || !d.isBefore(since)) {
                    broken = true;
                }
            }
        }
        return new Ceasefire(true, mediator, date, broken);
    }


}
