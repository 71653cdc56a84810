package org.borderwatch.engine;

import java.util.ArrayList;
import java.util.List;
import org.borderwatch.contract.ArticleAnalysis;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.Limits;

/**
 * Bounds the size of one analysis, whatever its text: analyses ran 4 to 15 times the size of their text (every
 * record repeats its evidence sentence), so a large article of short sentences made an analysis larger than Kafka
 * takes, and a run-on text made one record with an evidence "sentence" of a megabyte. Kept: the first
 * {@link Limits#MAX_EVENTS_PER_ANALYSIS} records in text order, evidence sentences and quotes cut to
 * {@link Limits#MAX_EVIDENCE_CHARS} characters (the evidence's {@code end} moves with the cut, so
 * {@code text.substring(start, end)} is still the sentence), and {@link Limits#MAX_ITEMS_PER_LIST} items per list.
 * What was cut is said in the analysis' warnings. Real articles are far inside the bounds: nothing changes for them.
 */
public final class AnalysisBounds {
    private final int maxEvents;
    private final int maxEvidenceChars;
    private final int maxItems;

    public AnalysisBounds(int maxEvents, int maxEvidenceChars, int maxItems) {
        this.maxEvents = maxEvents;
        this.maxEvidenceChars = maxEvidenceChars;
        this.maxItems = maxItems;
    }

    /** The contract's bounds ({@link Limits}). */
    public static AnalysisBounds standard() {
        return new AnalysisBounds(Limits.MAX_EVENTS_PER_ANALYSIS, Limits.MAX_EVIDENCE_CHARS, Limits.MAX_ITEMS_PER_LIST);
    }

    /** {@code analysis} itself when it is within the bounds, else a bounded copy with warnings. */
    public ArticleAnalysis apply(ArticleAnalysis analysis) {
        List<EventRecord> events = analysis.events() == null ? List.of() : analysis.events();
        boolean tooMany = events.size() > maxEvents;
        List<EventRecord> kept = tooMany ? events.subList(0, maxEvents) : events;
        List<EventRecord> bounded = new ArrayList<>(kept.size());
        int cut = 0;
        for (EventRecord record : kept) {
            EventRecord b = bound(record);
            if (b != record) {
                cut++;
            }
            bounded.add(b);
        }
        if (!tooMany && cut == 0) {
            return analysis;
        }
        List<String> warnings = new ArrayList<>(analysis.warnings() == null ? List.of() : analysis.warnings());
        if (tooMany) {
            warnings.add("event records cut: " + events.size() + " found, the first " + maxEvents + " kept");
        }
        if (cut > 0) {
            warnings.add("evidence, quote or lists cut to " + maxEvidenceChars + " characters / " + maxItems
                    + " items in " + cut + " records");
        }
        return new ArticleAnalysis(analysis.schemaVersion(), analysis.articleId(), analysis.extractor(),
                analysis.analyzedAt(), analysis.published(), analysis.isBorderIncident(), analysis.countries(),
                List.copyOf(bounded), List.copyOf(warnings), analysis.title(), analysis.outlet(), analysis.fileName(),
                analysis.ingestedAt());
    }

    private EventRecord bound(EventRecord r) {
        EventRecord.Evidence evidence = r.evidence();
        if (evidence != null && evidence.sentence() != null && evidence.sentence().length() > maxEvidenceChars) {
            evidence = new EventRecord.Evidence(evidence.sentence().substring(0, maxEvidenceChars), evidence.start(),
                    evidence.start() + maxEvidenceChars);
        }
        String quote = r.quote() != null && r.quote().length() > maxEvidenceChars
                ? r.quote().substring(0, maxEvidenceChars) : r.quote();
        String summary = r.summary() != null && r.summary().length() > maxEvidenceChars
                ? r.summary().substring(0, maxEvidenceChars) : r.summary();
        List<EventRecord.Actor> actors = first(r.actors());
        List<String> weapons = first(r.weapons());
        List<EventRecord.Location> locations = first(r.locations());
        if (evidence == r.evidence() && quote == r.quote() && summary == r.summary() && actors == r.actors()
                && weapons == r.weapons() && locations == r.locations()) {
            return r;
        }
        return new EventRecord(r.id(), r.type(), r.plover(), r.date(), r.datePrecision(), r.negated(), r.party(),
                r.civilian(), r.counts(), actors, r.appeal(), weapons, locations, r.claimedBy(), quote, evidence,
                r.confidence(), r.background(), summary, r.extractorVersion(), r.dateHint());
    }

    private <T> List<T> first(List<T> items) {
        return items == null || items.size() <= maxItems ? items : List.copyOf(items.subList(0, maxItems));
    }
}
