package org.borderwatch.query.testing;

import java.util.ArrayList;
import java.util.List;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.EventType;

/** A terse builder of contract event records for hand-written fixtures. */
public final class Ev {
    private final String text;
    private final EventType type;
    private String date;
    private String precision;
    private boolean negated;
    private String party;
    private Boolean civilian;
    private Integer killed;
    private Integer wounded;
    private Integer captured;
    private Integer troops;
    private Double km;
    private String qualifier;
    private final List<EventRecord.Actor> actors = new ArrayList<>();
    private EventRecord.Appeal appeal;
    private final List<String> weapons = new ArrayList<>();
    private final List<EventRecord.Location> locations = new ArrayList<>();
    private EventRecord.Claimant claimedBy;
    private EventRecord.Evidence evidence;
    private boolean background;
    private String summary;
    private String hint;

    private Ev(String text, EventType type) {
        this.text = text;
        this.type = type;
    }

    public static Ev of(String text, EventType type) {
        return new Ev(text, type);
    }

    /** Evidence: the sentence of the text that contains {@code fragment}, with its offsets. */
    public Ev in(String fragment) {
        int at = text.indexOf(fragment);
        if (at < 0) {
            throw new IllegalArgumentException("fragment not in text: " + fragment);
        }
        int start = Math.max(Math.max(text.lastIndexOf(". ", at) + 2, text.lastIndexOf('\n', at) + 1), 0);
        if (text.lastIndexOf(". ", at) < 0 && text.lastIndexOf('\n', at) < 0) {
            start = 0;
        }
        int end = text.indexOf(". ", at + fragment.length());
        int nl = text.indexOf('\n', at + fragment.length());
        end = end < 0 ? text.length() : end + 1;
        if (nl >= 0 && nl < end) {
            end = nl;
        }
        evidence = new EventRecord.Evidence(text.substring(start, end), start, end);
        return this;
    }

    public Ev day(String d) {
        date = d;
        precision = d.length() == 10 ? "day" : d.length() == 7 ? "month" : "year";
        return this;
    }

    public Ev hint(String h) {
        hint = h;
        return this;
    }

    public Ev negated() {
        negated = true;
        return this;
    }

    public Ev background() {
        background = true;
        return this;
    }

    public Ev party(String p) {
        party = p;
        return this;
    }

    public Ev civilian(Boolean c) {
        civilian = c;
        return this;
    }

    public Ev killed(int n) {
        killed = n;
        return this;
    }

    public Ev wounded(int n) {
        wounded = n;
        return this;
    }

    public Ev captured(int n) {
        captured = n;
        return this;
    }

    public Ev troops(int n, String q) {
        troops = n;
        qualifier = q;
        return this;
    }

    public Ev km(double d) {
        km = d;
        return this;
    }

    public Ev by(String country) {
        actors.add(new EventRecord.Actor("initiator", null, "state", country, null));
        return this;
    }

    public Ev against(String country) {
        actors.add(new EventRecord.Actor("target", null, "state", country, null));
        return this;
    }

    public Ev org(String organization) {
        actors.add(new EventRecord.Actor("initiator", organization, "organization", null, organization));
        return this;
    }

    public Ev mediator(String who) {
        actors.add(new EventRecord.Actor("mediator", who, "state", who, null));
        return this;
    }

    public Ev appeal(String from, String to, String instrument) {
        appeal = new EventRecord.Appeal(from, to, instrument);
        return this;
    }

    public Ev weapons(String... w) {
        weapons.addAll(List.of(w));
        return this;
    }

    public Ev at(String name, String kind, String admin1, String country, double lat, double lon) {
        locations.add(new EventRecord.Location(name, kind, admin1, country, lat, lon));
        return this;
    }

    public Ev claimedBy(String name, String country, String organization) {
        claimedBy = new EventRecord.Claimant(name, country, organization);
        return this;
    }

    public Ev summary(String s) {
        summary = s;
        return this;
    }

    public EventRecord build(String articleId, String version, int n) {
        EventRecord.Counts counts = killed == null && wounded == null && captured == null && troops == null
                && km == null ? null
                : new EventRecord.Counts(killed, wounded, captured, null, troops, null, km, qualifier);
        String id = articleId.substring(0, 12) + "-" + version + "-" + n;
        return new EventRecord(id, type, type.plover(), date, precision, negated, party, civilian, counts,
                List.copyOf(actors), appeal, List.copyOf(weapons), List.copyOf(locations), claimedBy, null, evidence,
                0.9, background, summary, version, hint);
    }
}
