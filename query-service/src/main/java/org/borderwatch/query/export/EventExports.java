package org.borderwatch.query.export;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.api.IncidentPicture;
import org.borderwatch.query.incident.IncidentView;

/**
 * Event records as ACLED-style CSV rows (event_date, event_type, sub_event_type, actor1, actor2, country, admin1,
 * location, latitude, longitude, fatalities, source, notes, plus Borderwatch's ids, the claimant, the party, the
 * original of a copy and the headline flag) and incidents' places as GeoJSON. Plain Java: the REST layer only
 * parses the request ({@link ExportQuery}).
 *
 * <p>One row per record, and each casualty record is one claimant's claim: the same toll reported by two articles
 * is two rows, and a party's earlier and later figures are rows too. So the fatalities column is never to be
 * summed as it is: {@code headline} is true on the one row per figure that the picture's headline takes (see
 * {@code CasualtyFigures}), and summing fatalities over those rows gives the incident's killedBest.
 */
public final class EventExports {
    public static final List<String> CSV_COLUMNS = List.of("event_date", "event_type", "sub_event_type", "actor1",
            "actor2", "country", "admin1", "location", "latitude", "longitude", "fatalities", "source", "notes",
            "incident_id", "article_id", "event_id", "claimed_by", "negated", "claimed_by_country", "party",
            "civilian", "outlet", "duplicate_of", "headline");

    private EventExports() {
    }

    /** The incidents the query selects (country, from, to, as {@code GET /incidents} does), newest first then by id. */
    public static List<IncidentView.Exported> select(List<IncidentView.Exported> incidents, ExportQuery q) {
        return select(incidents, q, true);
    }

    /** @param byDates false: from and to select no incidents (a timeline's rows are selected by their own dates) */
    private static List<IncidentView.Exported> select(List<IncidentView.Exported> incidents, ExportQuery q,
            boolean byDates) {
        List<IncidentView.Exported> out = new ArrayList<>();
        for (IncidentView.Exported x : incidents) {
            IncidentPicture p = x.picture();
            if (IncidentView.matches(p.countries(), p.firstEventDate(), p.lastEventDate(), q.country(),
                    byDates ? q.from() : null, byDates ? q.to() : null)) {
                out.add(x);
            }
        }
        out.sort(Comparator.comparing((IncidentView.Exported x) -> Objects.toString(x.picture().firstEventDate(), "~"))
                .reversed().thenComparing(IncidentView.Exported::id));
        return out;
    }

    /**
     * One incident's timeline as the query asks: copies only when asked for, records dated within [from, to] (a
     * meeting days after the fighting is in a window of its day, although the incident's own dates end earlier).
     */
    public static List<IncidentView.TimelineEntry> timeline(IncidentView.Exported x, ExportQuery q) {
        if (select(List.of(x), q, false).isEmpty()) {
            return List.of();
        }
        List<IncidentView.TimelineEntry> out = new ArrayList<>();
        for (IncidentView.TimelineEntry t : IncidentView.timeline(x, q.copies())) {
            if (q.dated(t.event().date())) {
                out.add(t);
            }
        }
        return out;
    }

    /** The CSV of the incidents the query selects. */
    public static String csv(List<IncidentView.Exported> incidents, ExportQuery q) {
        List<Map.Entry<String, IncidentView.TimelineEntry>> rows = new ArrayList<>();
        for (IncidentView.Exported x : select(incidents, q, false)) {
            timeline(x, q).forEach(t -> rows.add(new AbstractMap.SimpleEntry<>(x.id(), t)));
        }
        return csv(rows);
    }

    public static String csv(List<Map.Entry<String, IncidentView.TimelineEntry>> rows) {
        StringBuilder sb = new StringBuilder(String.join(",", CSV_COLUMNS)).append("\r\n");
        for (Map.Entry<String, IncidentView.TimelineEntry> row : rows) {
            IncidentView.TimelineEntry t = row.getValue();
            EventRecord e = t.event();
            EventRecord.Location where = e.locations() == null || e.locations().isEmpty() ? null : e.locations().get(0);
            String actor1 = actor(e, "initiator", "speaker");
            String actor2 = actor(e, "target", "recipient");
            Integer fatalities = e.counts() == null ? null : e.counts().killed();
            List<Object> cells = new ArrayList<>();
            cells.add(e.date());
            cells.add(e.type());
            cells.add(e.plover());
            cells.add(actor1);
            cells.add(actor2);
            cells.add(where != null ? where.country() : e.party());
            cells.add(where == null ? null : where.admin1());
            cells.add(where == null ? null : where.name());
            cells.add(where == null ? null : where.lat());
            cells.add(where == null ? null : where.lon());
            cells.add(fatalities);
            cells.add(t.articleTitle());
            cells.add(e.evidence() == null ? e.summary() : e.evidence().sentence());
            cells.add(row.getKey());
            cells.add(t.articleId());
            cells.add(e.id());
            cells.add(e.claimedBy() == null ? null : e.claimedBy().name());
            cells.add(e.negated());
            cells.add(e.claimedBy() == null ? null : e.claimedBy().country());
            cells.add(e.party());
            cells.add(e.civilian());
            cells.add(t.outlet());
            cells.add(t.duplicateOf());
            cells.add(t.headline());
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(cell(cells.get(i)));
            }
            sb.append("\r\n");
        }
        return sb.toString();
    }

    private static String actor(EventRecord e, String... roles) {
        if (e.actors() == null) {
            return null;
        }
        for (String role : roles) {
            for (EventRecord.Actor a : e.actors()) {
                if (role.equals(a.role())) {
                    return a.name() != null ? a.name() : a.organization() != null ? a.organization() : a.country();
                }
            }
        }
        return null;
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        // Cells starting like a formula are quoted with a leading apostrophe: spreadsheet injection.
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !(value instanceof Number)) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    /**
     * A FeatureCollection of the places of the incidents the query selects: Point features with the incident id,
     * title and dates and the ids of the articles naming the place (copies only when asked for: a place only a copy
     * names is then left out). The collection says what it was asked for ({@code asOf}, filters).
     */
    public static Map<String, Object> geoJson(List<IncidentView.Exported> incidents, ExportQuery q) {
        List<Object> features = new ArrayList<>();
        for (IncidentView.Exported x : select(incidents, q)) {
            IncidentPicture p = x.picture();
            for (IncidentPicture.Place place : p.locations()) {
                List<String> articleIds = q.copies() ? place.articleIds() : place.articleIds().stream()
                        .filter(id -> !x.duplicateOf().containsKey(id)).toList();
                if (place.lat() == null || place.lon() == null || articleIds.isEmpty()) {
                    continue;
                }
                Map<String, Object> props = new LinkedHashMap<>();
                props.put("incidentId", p.id());
                props.put("incidentTitle", p.title());
                props.put("firstEventDate", p.firstEventDate());
                props.put("lastEventDate", p.lastEventDate());
                props.put("name", place.name());
                props.put("kind", place.kind());
                props.put("admin1", place.admin1());
                props.put("country", place.country());
                props.put("articleIds", articleIds);
                Map<String, Object> feature = new LinkedHashMap<>();
                feature.put("type", "Feature");
                feature.put("geometry", Map.of("type", "Point", "coordinates", List.of(place.lon(), place.lat())));
                feature.put("properties", props);
                features.add(feature);
            }
        }
        Map<String, Object> fc = new LinkedHashMap<>();
        fc.put("type", "FeatureCollection");
        fc.put("features", features);
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("country", q.country());
        query.put("from", q.from() == null ? null : q.from().toString());
        query.put("to", q.to() == null ? null : q.to().toString());
        query.put("asOf", q.asOf() == null ? null : q.asOf().toString());
        query.put("copies", q.copies());
        fc.put("query", query);
        return fc;
    }
}
