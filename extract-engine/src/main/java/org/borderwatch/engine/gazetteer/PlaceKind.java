package org.borderwatch.engine.gazetteer;

import java.util.Locale;

/** Kind of a place as the contract spells it (settlement|region|landmark|border_section). */
public enum PlaceKind {
    SETTLEMENT, REGION, LANDMARK, BORDER_SECTION;

    /** The contract's spelling: {@code settlement}, {@code region}, {@code landmark}, {@code border_section}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PlaceKind fromWireName(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
