package org.borderwatch.query.incident;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.borderwatch.contract.ArticleAnalysis;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.EventType;

/**
 * Groups articles into incidents, from scratch and deterministically (the same articles always give the same
 * groups and ids, whatever order they arrived in):
 * <ol>
 * <li>Only border-incident analyses with two states take part; the incident's key is the unordered pair.</li>
 * <li>An article's anchor is the span of its own current event dates (background and denied events left out),
 * limited to the 30 days before its latest event date, so a passing mention of an old clash cannot stretch it.</li>
 * <li>Dated articles of a pair are chained in date order: one whose anchor starts within 21 days of a group's
 * end joins it (groups merge when a later article links them, and split again when it is superseded).</li>
 * <li>Articles with only a publication date are follow-ups: they join the latest group of the pair that
 * started before them and ended at most 120 days earlier, else they start a group.</li>
 * <li>Undated articles join the group they share most with: the month of an unresolved date ("in May"),
 * then an appeal answered (same from/to), organizations and places; with nothing shared, an undated group.</li>
 * <li>A near-duplicate copy always sits with its original.</li>
 * </ol>
 * Incident id: the sorted, lower-case country pair and the group's first day ({@code am-az-2021-05-12}), or its
 * first month when no day is known, or {@code undated}; a collision gets {@code -2}, {@code -3}. The first day is
 * that of the incident's own actions ({@link IncidentDates}: not of talks or statements) when it has any dated one.
 */
public final class IncidentGrouper {
    static final int JOIN_GAP_DAYS = 21;
    static final int ANCHOR_SPAN_DAYS = 30;
    static final int FOLLOW_UP_DAYS = 120;

    /**
     * @param start the first day any of its articles is anchored on (null for an undated group): a record dated
     *              before it tells of an earlier event ({@link IncidentDates#before})
     */
    public record Group(String id, List<String> countries, List<ArticleState> articles, LocalDate start) {
    }

    private static final class Draft {
        final String pair;
        LocalDate start;
        LocalDate end;
        String firstDay;
        String firstMonth;
        String firstActionDay;
        String firstActionMonth;
        final List<ArticleState> members = new ArrayList<>();
        final Set<Integer> months = new HashSet<>();
        final Set<String> appeals = new HashSet<>();
        final Set<String> orgs = new HashSet<>();
        final Set<String> places = new HashSet<>();

        Draft(String pair) {
            this.pair = pair;
        }

        void add(ArticleState a, Features f) {
            members.add(a);
            if (f.start != null) {
                start = start == null || f.start.isBefore(start) ? f.start : start;
                end = end == null || f.end.isAfter(end) ? f.end : end;
                LocalDate d = f.start;
                for (LocalDate m = d; !m.isAfter(f.end); m = m.plusMonths(1).withDayOfMonth(1)) {
                    months.add(m.getMonthValue());
                }
            }
            if (f.firstDay != null && (firstDay == null || f.firstDay.compareTo(firstDay) < 0)) {
                firstDay = f.firstDay;
            }
            if (f.firstMonth != null && (firstMonth == null || f.firstMonth.compareTo(firstMonth) < 0)) {
                firstMonth = f.firstMonth;
            }
            if (f.firstActionDay != null && (firstActionDay == null || f.firstActionDay.compareTo(firstActionDay) < 0)) {
                firstActionDay = f.firstActionDay;
            }
            if (f.firstActionMonth != null
                    && (firstActionMonth == null || f.firstActionMonth.compareTo(firstActionMonth) < 0)) {
                firstActionMonth = f.firstActionMonth;
            }
            appeals.addAll(f.appeals);
            orgs.addAll(f.orgs);
            places.addAll(f.places);
        }
    }

    /** What grouping needs of one article. */
    record Features(String pair, List<String> countries, LocalDate start, LocalDate end, String firstDay,
            String firstMonth, String firstActionDay, String firstActionMonth, LocalDate published, Set<Integer> hintMonths, Set<String> appeals,
            Set<String> orgs, Set<String> places) {
    }

    public List<Group> group(List<ArticleState> articles, Map<String, String> duplicateOf) {
        Map<String, Features> features = new HashMap<>();
        Map<String, List<ArticleState>> byPair = new TreeMap<>();
        for (ArticleState a : articles) {
            Features f = features(a);
            if (f == null) {
                continue;
            }
            features.put(a.articleId(), f);
            byPair.computeIfAbsent(f.pair, k -> new ArrayList<>()).add(a);
        }
        List<Draft> drafts = new ArrayList<>();
        Map<String, Draft> draftOf = new HashMap<>();
        for (Map.Entry<String, List<ArticleState>> pair : byPair.entrySet()) {
            List<ArticleState> members = pair.getValue();
            members.removeIf(a -> duplicateOf.containsKey(a.articleId())
                    && features.containsKey(duplicateOf.get(a.articleId())));
            List<Draft> pairDrafts = groupPair(pair.getKey(), members, features);
            for (Draft d : pairDrafts) {
                d.members.forEach(m -> draftOf.put(m.articleId(), d));
            }
            drafts.addAll(pairDrafts);
        }
        // Copies join their original's group, whatever their own dates say.
        List<ArticleState> sortedAll = new ArrayList<>(articles);
        sortedAll.sort(ArticleState.BY_SORT_KEY);
        for (ArticleState a : sortedAll) {
            String original = duplicateOf.get(a.articleId());
            if (original != null && features.containsKey(a.articleId()) && draftOf.containsKey(original)) {
                Draft d = draftOf.get(original);
                d.add(a, features.get(a.articleId()));
                draftOf.put(a.articleId(), d);
            }
        }
        return name(drafts, features);
    }

    private List<Draft> groupPair(String pair, List<ArticleState> members, Map<String, Features> features) {
        List<ArticleState> dated = new ArrayList<>();
        List<ArticleState> publishedOnly = new ArrayList<>();
        List<ArticleState> undated = new ArrayList<>();
        for (ArticleState a : members) {
            Features f = features.get(a.articleId());
            if (f.start != null) {
                dated.add(a);
            } else if (f.published != null) {
                publishedOnly.add(a);
            } else {
                undated.add(a);
            }
        }
        Comparator<ArticleState> byStart = Comparator.comparing((ArticleState a) -> features.get(a.articleId()).start)
                .thenComparing(ArticleState.BY_SORT_KEY);
        dated.sort(byStart);
        List<Draft> drafts = new ArrayList<>();
        Draft current = null;
        for (ArticleState a : dated) {
            Features f = features.get(a.articleId());
            if (current == null || ChronoUnit.DAYS.between(current.end, f.start) > JOIN_GAP_DAYS) {
                current = new Draft(pair);
                drafts.add(current);
            }
            current.add(a, f);
        }
        publishedOnly.sort(Comparator.comparing((ArticleState a) -> features.get(a.articleId()).published)
                .thenComparing(ArticleState.BY_SORT_KEY));
        for (ArticleState a : publishedOnly) {
            Features f = features.get(a.articleId());
            Draft target = null;
            for (Draft d : drafts) {
                if (d.start != null && !d.start.isAfter(f.published)
                        && ChronoUnit.DAYS.between(d.end, f.published) <= FOLLOW_UP_DAYS) {
                    target = d;
                }
            }
            if (target == null) {
                target = new Draft(pair);
                target.start = f.published;
                target.end = f.published;
                drafts.add(target);
            }
            target.add(a, f);
        }
        undated.sort(ArticleState.BY_SORT_KEY);
        Draft undatedDraft = null;
        for (ArticleState a : undated) {
            Features f = features.get(a.articleId());
            Draft best = null;
            int bestScore = 0;
            for (Draft d : drafts) {
                int score = score(f, d);
                if (score > bestScore) {
                    best = d;
                    bestScore = score;
                }
            }
            if (best == null) {
                if (undatedDraft == null) {
                    undatedDraft = new Draft(pair);
                    drafts.add(undatedDraft);
                }
                best = undatedDraft;
            }
            best.add(a, f);
        }
        return drafts;
    }

    /** How much an undated article shares with a group; ties go to the earlier group (iteration order). */
    private static int score(Features f, Draft d) {
        int score = 0;
        for (int m : f.hintMonths) {
            if (d.months.contains(m)) {
                score += 6;
                break;
            }
        }
        if (f.appeals.stream().anyMatch(d.appeals::contains)) {
            score += 2;
        }
        score += Math.min(2, (int) f.orgs.stream().filter(d.orgs::contains).count());
        score += Math.min(3, (int) f.places.stream().filter(d.places::contains).count());
        return score;
    }

    private static List<Group> name(List<Draft> drafts, Map<String, Features> features) {
        List<Draft> ordered = new ArrayList<>(drafts);
        ordered.removeIf(d -> d.members.isEmpty());
        ordered.sort(Comparator.comparing((Draft d) -> d.pair)
                .thenComparing(d -> d.start == null ? LocalDate.MAX : d.start)
                .thenComparing(d -> d.members.stream().map(ArticleState::sortKey).min(String::compareTo).orElse("")));
        Map<String, Integer> used = new HashMap<>();
        List<Group> groups = new ArrayList<>();
        for (Draft d : ordered) {
            String when = d.firstActionDay != null ? d.firstActionDay
                    : d.firstActionMonth != null ? d.firstActionMonth
                    : d.firstDay != null ? d.firstDay
                    : d.firstMonth != null ? d.firstMonth
                    : d.start != null ? d.start.toString() : "undated";
            String base = d.pair.toLowerCase(Locale.ROOT) + "-" + when;
            int n = used.merge(base, 1, Integer::sum);
            String id = n == 1 ? base : base + "-" + n;
            List<ArticleState> members = new ArrayList<>(d.members);
            members.sort(ArticleState.BY_SORT_KEY);
            groups.add(new Group(id, features.get(members.get(0).articleId()).countries, members, d.start));
        }
        return groups;
    }

    /** The incident key of an analysis: its two states, sorted ("AM-AZ"), or null when it takes no part. */
    static String pairOf(ArticleAnalysis an) {
        if (!an.isBorderIncident() || an.countries() == null || an.countries().size() < 2) {
            return null;
        }
        String a = an.countries().get(0);
        String b = an.countries().get(1);
        return a.compareTo(b) <= 0 ? a + "-" + b : b + "-" + a;
    }

    static Features features(ArticleState a) {
        ArticleAnalysis an = a.analysis();
        if (an == null || !an.isBorderIncident() || an.countries() == null || an.countries().size() < 2) {
            return null;
        }
        List<String> countries = new ArrayList<>(an.countries().subList(0, 2));
        countries.sort(String::compareTo);
        String pair = countries.get(0) + "-" + countries.get(1);
        List<EventRecord> current = currentEvents(an);
        LocalDate latest = null;
        for (EventRecord e : current) {
            LocalDate s = Dates.start(e.date());
            if (s != null && (latest == null || s.isAfter(latest))) {
                latest = s;
            }
        }
        LocalDate start = null;
        LocalDate end = null;
        String firstDay = null;
        String firstMonth = null;
        String firstActionDay = null;
        String firstActionMonth = null;
        if (latest != null) {
            LocalDate floor = latest.minusDays(ANCHOR_SPAN_DAYS);
            for (EventRecord e : current) {
                LocalDate s = Dates.start(e.date());
                if (s == null || s.isBefore(floor.withDayOfMonth(1))) {
                    continue;
                }
                LocalDate en = Dates.end(e.date());
                start = start == null || s.isBefore(start) ? s : start;
                end = end == null || en.isAfter(end) ? en : end;
                boolean action = IncidentDates.isAction(e.type());
                if (Dates.isDay(e.date())) {
                    firstDay = min(firstDay, e.date());
                    firstActionDay = action ? min(firstActionDay, e.date()) : firstActionDay;
                } else {
                    firstMonth = min(firstMonth, e.date());
                    firstActionMonth = action ? min(firstActionMonth, e.date()) : firstActionMonth;
                }
            }
        }
        if (firstDay != null && firstMonth != null && firstMonth.compareTo(firstDay.substring(0, 7)) >= 0) {
            firstMonth = null;
        }
        if (firstActionDay != null && firstActionMonth != null
                && firstActionMonth.compareTo(firstActionDay.substring(0, 7)) >= 0) {
            firstActionMonth = null;
        }
        Set<Integer> hints = new HashSet<>();
        Set<String> appeals = new HashSet<>();
        Set<String> orgs = new HashSet<>();
        Set<String> places = new HashSet<>();
        for (EventRecord e : current) {
            int m = Dates.hintMonth(e.dateHint());
            if (m > 0) {
                hints.add(m);
            }
            if (e.appeal() != null && e.appeal().from() != null && e.appeal().to() != null) {
                appeals.add(e.appeal().from() + ">" + e.appeal().to());
            }
            if (e.type() == EventType.REJECTION || e.type() == EventType.CONSULTATION) {
                String org = Actors.organizationOf(e);
                if (org != null) {
                    countries.forEach(c -> appeals.add(c + ">" + org));
                }
            }
            if (e.actors() != null) {
                e.actors().stream().filter(x -> x.organization() != null).forEach(x -> orgs.add(x.organization()));
            }
            if (e.locations() != null) {
                e.locations().stream().filter(l -> l.name() != null)
                        .forEach(l -> places.add(l.name().toLowerCase(Locale.ROOT)));
            }
        }
        LocalDate published = Dates.isDay(a.published()) ? Dates.start(a.published()) : null;
        return new Features(pair, List.copyOf(countries), start, end, firstDay, firstMonth, firstActionDay,
                firstActionMonth, published, hints, appeals, orgs, places);
    }

    private static String min(String current, String date) {
        return current == null || date.compareTo(current) < 0 ? date : current;
    }

    /** Events of the current incident: not background; denials still count for grouping by their places. */
    static List<EventRecord> currentEvents(ArticleAnalysis an) {
        List<EventRecord> out = new ArrayList<>();
        if (an.events() != null) {
            for (EventRecord e : an.events()) {
                if (!e.background() && !e.negated()) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    static Map<String, Features> featuresOf(List<ArticleState> articles) {
        Map<String, Features> out = new LinkedHashMap<>();
        for (ArticleState a : articles) {
            Features f = features(a);
            if (f != null) {
                out.put(a.articleId(), f);
            }
        }
        return out;
    }
}
