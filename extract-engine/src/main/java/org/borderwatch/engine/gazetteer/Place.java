package org.borderwatch.engine.gazetteer;

import org.borderwatch.contract.EventRecord;

/**
 * One gazetteer entry.
 *
 * @param name       canonical name (e.g. "Sisian", "Syunik", "Sev Lidj (Black Lake)")
 * @param kind       settlement, region, landmark or border_section
 * @param country    ISO 3166-1 alpha-2 code of the state the place belongs to (de jure for disputed places)
 * @param admin1     first-level subdivision NAME (e.g. "Syunik"), null for regions themselves and when unknown
 * @param lat        latitude in degrees, null when unknown
 * @param lon        longitude in degrees, null when unknown
 * @param population inhabitants (0 when unknown; for regions the sum of their listed settlements)
 * @param curated    true for hand-written entries of aliases.tsv (border hotspots), which outrank generated ones
 */
public record Place(String name, PlaceKind kind, String country, String admin1, Double lat, Double lon,
                    long population, boolean curated) {

    /** The contract's location of an event record (kind spelled settlement|region|landmark|border_section). */
    public EventRecord.Location toLocation() {
        return new EventRecord.Location(name, kind.wireName(), admin1, country, lat, lon);
    }
}
