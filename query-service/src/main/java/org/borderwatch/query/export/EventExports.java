package org.borderwatch.query.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.api.IncidentPicture;
import org.borderwatch.query.incident.IncidentView;

/**
 * Event records as ACLED-style CSV rows (event_date, event_type, sub_event_type, actor1, actor2, country, admin1,
 * location, latitude, longitude, fatalities, source, notes, plus Borderwatch's ids and claimant) and incidents'
 * places as GeoJSON. Plain Java: the REST layer only chooses what to export.
 */
public final class EventExports {
    public static final List<String> CSV_COLUMNS = List.of("event_date", "event_type", "sub_event_type", "actor1",
            "actor2", "country", "admin1", "location", "latitude", "longitude", "fatalities", "source", "notes",
            "incident_id", "article_id", "event_id", "claimed_by", "negated");

    private EventExports() {
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

    /** A FeatureCollection of the incidents' places (Point features with the incident id and article ids). */
    public static Map<String, Object> geoJson(List<IncidentPicture> pictures) {
        List<Object> features = new ArrayList<>();
        for (IncidentPicture p : pictures) {
            for (IncidentPicture.Place place : p.locations()) {
                if (place.lat() == null || place.lon() == null) {
                    continue;
                }
                Map<String, Object> props = new LinkedHashMap<>();
                props.put("incidentId", p.id());
                props.put("incidentTitle", p.title());
                props.put("name", place.name());
                props.put("kind", place.kind());
                props.put("admin1", place.admin1());
                props.put("country", place.country());
                props.put("articleIds", place.articleIds());
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
        return fc;
    }
}
