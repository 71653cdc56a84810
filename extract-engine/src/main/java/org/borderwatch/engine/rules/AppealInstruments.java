package org.borderwatch.engine.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.contract.EventRecord;

/** An appeal's instrument ("Article 2") named in one sentence belongs to every record of that appeal (from, to). */
public final class AppealInstruments {

    private AppealInstruments() {
    }

    public static void share(List<EventRecord> events) {
        Map<String, String> instrument = new HashMap<>();
        for (EventRecord e : events) {
            if (e.appeal() != null && e.appeal().instrument() != null) {
                instrument.put(e.appeal().from() + ">" + e.appeal().to(), e.appeal().instrument());
            }
        }
        if (instrument.isEmpty()) {
            return;
        }
        for (int i = 0; i < events.size(); i++) {
            EventRecord e = events.get(i);
            if (e.appeal() == null || e.appeal().instrument() != null) {
                continue;
            }
            String ins = instrument.get(e.appeal().from() + ">" + e.appeal().to());
            if (ins != null) {
                events.set(i, new EventRecord(e.id(), e.type(), e.plover(), e.date(), e.datePrecision(), e.negated(),
                        e.party(), e.civilian(), e.counts(), e.actors(), new EventRecord.Appeal(e.appeal().from(),
                        e.appeal().to(), ins), e.weapons(), e.locations(), e.claimedBy(), e.quote(), e.evidence(),
                        e.confidence(), e.background(), e.summary(), e.extractorVersion(), e.dateHint()));
            }
        }
    }
}
