package org.borderwatch.engine.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.EventRecord.Location;
import org.borderwatch.contract.EventType;
import org.borderwatch.engine.context.SentenceView;
import org.borderwatch.engine.text.GatedPattern;

/**
 * Places named in a current, military sentence that made no record of its own ("gunfire was reported near the
 * exclave of Vorukh") are places of the incident: they join the nearest current record on the ground.
 */
public final class SceneLocations {

    private static final EnumSet<EventType> ON_THE_GROUND = EnumSet.of(EventType.ATTACK, EventType.CLASH,
            EventType.INCURSION, EventType.CASUALTIES, EventType.CEASEFIRE_VIOLATION, EventType.TROOP_PRESENCE,
            EventType.EVACUATION);

    static final GatedPattern SCENE = GatedPattern.compile("\\b(gunfire|opened fire|fire|shell\\w*|mortars?|clash\\w*|fighting|skirmish\\w*|border guards|guards|troops|soldiers|forces|(?:out)?posts?|positions|killed|wounded|injured|hurt|treated|patrol\\w*|standoff|friction points?|disengagement|withdraw\\w*|pull back|crossing|checkpoints?|exclave|stranded|incursion|talks were held|attack\\w*|offensive|counter-?strike|shot|fired|seized|seizure|detained|arrested|abducted|captured|rammed|water cannon|air ?strikes?|struck|bomb\\w*|airspace|intru\\w*)\\b", Pattern.CASE_INSENSITIVE);
    /** A whole boundary ("the Durand Line") is no scene. */
    static final GatedPattern WHOLE_LINE = GatedPattern.compile("\\bLine\\b");

    private SceneLocations() {
    }

    public static void attach(List<EventRecord> events, List<SentenceView> views) {
        for (SentenceView v : views) {
            if (v.background() || v.locations().isEmpty()) {
                continue;
            }
            String t = v.text();
            if (!SCENE.matcher(t).find() || DemandAndThreatRule.THREAT.matcher(t).find()) {
                continue;
            }
            boolean placed = false;
            int nearest = -1;
            int best = Integer.MAX_VALUE;
            for (int i = 0; i < events.size(); i++) {
                EventRecord e = events.get(i);
                if (e.evidence() != null && e.evidence().start() == v.start() && !e.locations().isEmpty()) {
                    placed = true;
                    break;
                }
                if (e.background() || e.negated() || !ON_THE_GROUND.contains(e.type()) || e.evidence() == null) {
                    continue;
                }
                int d = Math.abs(e.evidence().start() - v.start());
                if (d < best) {
                    best = d;
                    nearest = i;
                }
            }
            if (placed || nearest < 0) {
                continue;
            }
            EventRecord e = events.get(nearest);
            List<Location> merged = new ArrayList<>(e.locations());
            for (Location l : v.locations()) {
                if (l.country() != null && !v.article().isParty(l.country()) || WHOLE_LINE.matcher(l.name()).find()) {
                    continue; // a venue abroad ("New York"), or the whole boundary ("Durand Line") is no scene
                }
                if (!merged.contains(l)) {
                    merged.add(l);
                }
            }
            events.set(nearest, new EventRecord(e.id(), e.type(), e.plover(), e.date(), e.datePrecision(),
                    e.negated(), e.party(), e.civilian(), e.counts(), e.actors(), e.appeal(), e.weapons(),
                    List.copyOf(merged), e.claimedBy(), e.quote(), e.evidence(), e.confidence(), e.background(),
                    e.summary(), e.extractorVersion(), e.dateHint()));
        }
    }
}
