package org.borderwatch.query.incident;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.borderwatch.contract.ArticleAnalysis;

/**
 * Groups articles into incidents, from scratch and deterministically (the same articles always give the same
 * groups and ids, whatever order they arrived in):
 * <ol>
 * <li>Only border-incident analyses with two states take part; the incident's key is the unordered pair.</li>
 * <li>An article's anchor is the span of its own current event dates ({@link ArticleFeatures}): background and
 * denied events left out, dates after its publication left out, at most 30 days before its latest date.</li>
 * <li>Dated articles of a pair are taken in date order: one whose anchor starts within 21 days of a group's end
 * joins it, unless it is more than 3 days away and both name places none of which they share (two clashes of one
 * pair weeks apart at different places are two incidents); of several such groups, the one sharing most places,
 * then the nearest.</li>
 * <li>Articles with only a publication date are follow-ups: they join the group of the pair that started before
 * them, ended at most 120 days earlier and does not name other places (the one sharing most, then the latest),
 * else they start a group.</li>
 * <li>Articles with no date of their own take part by what they share with a group: the month of an unresolved
 * date ("in May"), an appeal answered (same from/to), organizations and places; they join the group sharing most,
 * and only when no other group shares as much. Their time still bounds them: one whose events are given by year
 * only ("in 2013") joins only a group of those years, else a group of its own year; none joins a group that ended
 * before the background it tells of. Those that share with no group clearly form undated groups, an article
 * joining one by the same rule (so two unrelated undated reports are two incidents).</li>
 * <li>A near-duplicate copy always sits with its original.</li>
 * </ol>
 * Incident id: the sorted, lower-case country pair and the group's first day ({@code am-az-2021-05-12}), or its
 * first month when no day is known, or its year, or {@code undated}; a collision gets {@code -2}, {@code -3}
 * (a second undated group of the pair is {@code am-az-undated-2}). The first day or month is that of the incident's
 * own actions ({@link IncidentDates}: not of talks or statements) when it has any dated one.
 */
public final class IncidentGrouper {
    static final int JOIN_GAP_DAYS = 21;
    /** Reports this close in time are of one incident whatever places each names. */
    static final int SAME_INCIDENT_DAYS = 3;
    static final int FOLLOW_UP_DAYS = 120;
    /** What the words of a report share with a group weigh at most, beside a shared place (1) or month (6). */
    static final double WORDS_WEIGHT = 4;
    /** Least an article without its own day must share with a group to join it. */
    static final double MIN_SHARED = 1;
    /** How far the group an undated article joins must lead the next: else it could be of either. */
    static final double CLEAR_LEAD = 1.1;

    /**
     * @param start the first day any of its articles is anchored on (a follow-up group's publication day, the
     *              first of January for a group dated by year only; null for an undated group): a record dated
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
        /** Set for a group of articles dated by year only: its name. */
        Integer year;
        /** First day and month of the members' own actions ({@link IncidentDates#isAction}): they name the group. */
        String firstActionDay;
        String firstActionMonth;
        final List<ArticleState> members = new ArrayList<>();
        final Set<Integer> months = new HashSet<>();
        final Set<String> appeals = new HashSet<>();
        final Set<String> orgs = new HashSet<>();
        final Set<String> places = new HashSet<>();
        final Set<String> words = new HashSet<>();

        Draft(String pair) {
            this.pair = pair;
        }

        void add(ArticleState a, ArticleFeatures f) {
            members.add(a);
            if (f.start() != null) {
                start = start == null || f.start().isBefore(start) ? f.start() : start;
                end = end == null || f.end().isAfter(end) ? f.end() : end;
                for (LocalDate m = f.start(); !m.isAfter(f.end()); m = m.plusMonths(1).withDayOfMonth(1)) {
                    months.add(m.getMonthValue());
                }
            }
            firstDay = earliest(firstDay, f.firstDay());
            firstMonth = earliest(firstMonth, f.firstMonth());
            firstActionDay = earliest(firstActionDay, f.firstActionDay());
            firstActionMonth = earliest(firstActionMonth, f.firstActionMonth());
            // "in July" of a member dates its group too, so a report naming May does not join it
            months.addAll(f.hintMonths());
            appeals.addAll(f.appeals());
            orgs.addAll(f.orgs());
            places.addAll(f.places());
            words.addAll(f.words());
        }

        private static String earliest(String current, String date) {
            return date != null && (current == null || date.compareTo(current) < 0) ? date : current;
        }
    }

    public List<Group> group(List<ArticleState> articles, Map<String, String> duplicateOf) {
        Map<String, ArticleFeatures> features = new HashMap<>();
        Map<String, List<ArticleState>> byPair = new TreeMap<>();
        for (ArticleState a : articles) {
            ArticleFeatures f = ArticleFeatures.of(a);
            if (f == null) {
                continue;
            }
            features.put(a.articleId(), f);
            byPair.computeIfAbsent(f.pair(), k -> new ArrayList<>()).add(a);
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

    private List<Draft> groupPair(String pair, List<ArticleState> members, Map<String, ArticleFeatures> features) {
        List<ArticleState> dated = new ArrayList<>();
        List<ArticleState> publishedOnly = new ArrayList<>();
        List<ArticleState> yearOnly = new ArrayList<>();
        List<ArticleState> undated = new ArrayList<>();
        for (ArticleState a : members) {
            ArticleFeatures f = features.get(a.articleId());
            if (f.hasAnchor()) {
                dated.add(a);
            } else if (f.published() != null) {
                publishedOnly.add(a);
            } else if (f.firstYear() != null) {
                yearOnly.add(a);
            } else {
                undated.add(a);
            }
        }
        ReportWords words = new ReportWords(members.stream().map(a -> features.get(a.articleId()).words()).toList());
        List<Draft> drafts = new ArrayList<>();
        dated.sort(Comparator.comparing((ArticleState a) -> features.get(a.articleId()).start())
                .thenComparing(ArticleState.BY_SORT_KEY));
        // groups that a later-starting article can still reach (a long history has thousands that it cannot)
        List<Draft> open = new ArrayList<>();
        for (ArticleState a : dated) {
            ArticleFeatures f = features.get(a.articleId());
            open.removeIf(d -> ChronoUnit.DAYS.between(d.end, f.start()) > JOIN_GAP_DAYS);
            Draft target = null;
            long targetGap = 0;
            int targetShared = 0;
            for (Draft d : open) {
                long gap = Math.max(0, ChronoUnit.DAYS.between(d.end, f.start()));
                if (gap > JOIN_GAP_DAYS || (gap > SAME_INCIDENT_DAYS && otherPlaces(f, d))) {
                    continue;
                }
                int shared = shared(f.places(), d.places);
                if (target == null || shared > targetShared || (shared == targetShared && gap <= targetGap)) {
                    target = d;
                    targetGap = gap;
                    targetShared = shared;
                }
            }
            if (target == null) {
                target = new Draft(pair);
                drafts.add(target);
                open.add(target);
            }
            target.add(a, f);
        }
        publishedOnly.sort(Comparator.comparing((ArticleState a) -> features.get(a.articleId()).published())
                .thenComparing(ArticleState.BY_SORT_KEY));
        for (ArticleState a : publishedOnly) {
            ArticleFeatures f = features.get(a.articleId());
            Draft target = null;
            double targetScore = -1;
            for (Draft d : drafts) {
                if (d.start == null || d.start.isAfter(f.published())
                        || ChronoUnit.DAYS.between(d.end, f.published()) > FOLLOW_UP_DAYS
                        || (ChronoUnit.DAYS.between(d.end, f.published()) > SAME_INCIDENT_DAYS && otherPlaces(f, d))) {
                    continue;
                }
                double score = score(f, d, words);
                // drafts come in start order: on a tie the later one, the incident the report follows up
                if (score >= targetScore) {
                    target = d;
                    targetScore = score;
                }
            }
            if (target == null) {
                target = new Draft(pair);
                target.start = f.published();
                target.end = f.published();
                target.months.add(f.published().getMonthValue());
                drafts.add(target);
            }
            target.add(a, f);
        }
        yearOnly.sort(ArticleState.BY_SORT_KEY);
        Map<Integer, Draft> yearDrafts = new TreeMap<>();
        for (ArticleState a : yearOnly) {
            ArticleFeatures f = features.get(a.articleId());
            LocalDate from = LocalDate.of(f.firstYear(), 1, 1);
            LocalDate to = LocalDate.of(f.lastYear(), 12, 31);
            Draft target = bestShared(f, words, drafts.stream()
                    .filter(d -> d.start != null && !d.start.isAfter(to) && !d.end.isBefore(from)).toList());
            if (target == null) {
                target = yearDrafts.computeIfAbsent(f.firstYear(), y -> {
                    Draft d = new Draft(pair);
                    d.year = y;
                    d.start = from;
                    d.end = to;
                    drafts.add(d);
                    return d;
                });
            }
            target.add(a, f);
        }
        // Undated articles: those that clearly share with a group join it; what they bring (words, places) may
        // make the next one clear, so the rest are tried once more.
        undated.sort(ArticleState.BY_SORT_KEY);
        List<ArticleState> unplaced = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            unplaced.clear();
            for (ArticleState a : undated) {
                ArticleFeatures f = features.get(a.articleId());
                Draft best = bestShared(f, words, drafts);
                if (best == null) {
                    unplaced.add(a);
                } else {
                    best.add(a, f);
                }
            }
            undated = new ArrayList<>(unplaced);
        }
        // The rest are undated incidents of their own: together when they share with each other as an undated
        // article shares with a group, so that unrelated undated reports do not make one picture.
        List<Draft> undatedDrafts = new ArrayList<>();
        for (ArticleState a : unplaced) {
            ArticleFeatures f = features.get(a.articleId());
            Draft best = bestShared(f, words, undatedDrafts);
            if (best == null) {
                best = new Draft(pair);
                undatedDrafts.add(best);
                drafts.add(best);
            }
            best.add(a, f);
        }
        return drafts;
    }

    /**
     * The group an article without its own day shares most with, among those its background allows; null when
     * none shares anything or two share equally (the article could be of either: it is not guessed).
     */
    private static Draft bestShared(ArticleFeatures f, ReportWords words, List<Draft> candidates) {
        Draft best = null;
        double bestScore = 0;
        double runnerUp = 0;
        for (Draft d : candidates) {
            if ((f.notBefore() != null && d.end != null && d.end.isBefore(f.notBefore())) || otherMonth(f, d)) {
                continue;
            }
            double score = score(f, d, words);
            if (score > bestScore) {
                runnerUp = bestScore;
                best = d;
                bestScore = score;
            } else if (score > runnerUp) {
                runnerUp = score;
            }
        }
        return bestScore >= MIN_SHARED && bestScore >= runnerUp * CLEAR_LEAD ? best : null;
    }

    /** The article names a month ("in October") and the group is dated in others: another incident. */
    private static boolean otherMonth(ArticleFeatures f, Draft d) {
        return !f.hintMonths().isEmpty() && !d.months.isEmpty() && f.hintMonths().stream().noneMatch(d.months::contains);
    }

    /** Both name places and share none: reports of two places, not one. */
    private static boolean otherPlaces(ArticleFeatures f, Draft d) {
        return !f.places().isEmpty() && !d.places.isEmpty() && shared(f.places(), d.places) == 0;
    }

    private static int shared(Set<String> a, Set<String> b) {
        int n = 0;
        for (String x : a) {
            if (b.contains(x)) {
                n++;
            }
        }
        return n;
    }

    /** How much an article without its own day shares with a group. */
    private static double score(ArticleFeatures f, Draft d, ReportWords words) {
        double score = 0;
        for (int m : f.hintMonths()) {
            if (d.months.contains(m)) {
                score += 6;
                break;
            }
        }
        if (f.appeals().stream().anyMatch(d.appeals::contains)) {
            score += 2;
        }
        score += Math.min(2, shared(f.orgs(), d.orgs));
        score += Math.min(3, shared(f.places(), d.places));
        score += WORDS_WEIGHT * words.similarity(f.words(), d.words);
        return score;
    }

    private static List<Group> name(List<Draft> drafts, Map<String, ArticleFeatures> features) {
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
                    : d.year != null ? String.valueOf(d.year)
                    : d.start != null ? d.start.toString() : "undated";
            String base = d.pair.toLowerCase(Locale.ROOT) + "-" + when;
            int n = used.merge(base, 1, Integer::sum);
            String id = n == 1 ? base : base + "-" + n;
            List<ArticleState> members = new ArrayList<>(d.members);
            members.sort(ArticleState.BY_SORT_KEY);
            groups.add(new Group(id, features.get(members.get(0).articleId()).countries(), members, d.start));
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
}
