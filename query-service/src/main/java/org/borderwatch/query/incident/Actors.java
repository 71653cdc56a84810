package org.borderwatch.query.incident;

import org.borderwatch.contract.EventRecord;

/** Who did a thing, read from an event's actors, appeal and claimant. */
public final class Actors {
    private Actors() {
    }

    /** The organization (or third state, as its country code) acting: initiator or speaker first. */
    public static String organizationOf(EventRecord e) {
        if (e.actors() != null) {
            for (String role : new String[] {"initiator", "speaker", "mediator", "member", "recipient"}) {
                for (EventRecord.Actor a : e.actors()) {
                    if (role.equals(a.role()) && a.organization() != null) {
                        return a.organization();
                    }
                }
            }
        }
        if (e.claimedBy() != null && e.claimedBy().organization() != null) {
            return e.claimedBy().organization();
        }
        return null;
    }

    /** The acting state for a type that a state does (mediator, accuser): country of the first actor in role. */
    public static String countryIn(EventRecord e, String... roles) {
        if (e.actors() == null) {
            return null;
        }
        for (String role : roles) {
            for (EventRecord.Actor a : e.actors()) {
                if (role.equals(a.role()) && a.country() != null) {
                    return a.country();
                }
            }
        }
        return null;
    }

    public static String nameIn(EventRecord e, String... roles) {
        if (e.actors() == null) {
            return null;
        }
        for (String role : roles) {
            for (EventRecord.Actor a : e.actors()) {
                if (role.equals(a.role())) {
                    if (a.organization() != null) {
                        return a.organization();
                    }
                    if (a.country() != null) {
                        return a.country();
                    }
                }
            }
        }
        return null;
    }
}
