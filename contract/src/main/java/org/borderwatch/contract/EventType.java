package org.borderwatch.contract;

/** Event types of the contract, each with the PLOVER type it maps to (null where PLOVER has none). */
public enum EventType {
    INCURSION("COERCE"),
    ATTACK("ASSAULT"),
    CLASH("ASSAULT"),
    CASUALTIES(null),
    TROOP_PRESENCE("MOBILIZE"),
    EVACUATION(null),
    APPEAL("REQUEST"),
    CONSULTATION("CONSULT"),
    MEETING("CONSULT"),
    STATEMENT(null),
    ACCUSATION("ACCUSE"),
    DEMAND("REQUEST"),
    THREAT("THREATEN"),
    REJECTION("REJECT"),
    MISSION(null),
    MONITORING(null),
    CEASEFIRE("RETREAT"),
    CEASEFIRE_VIOLATION("ASSAULT"),
    MEDIATION("CONSULT");

    private final String plover;

    EventType(String plover) {
        this.plover = plover;
    }

    public String plover() {
        return plover;
    }
}
