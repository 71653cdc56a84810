package org.borderwatch.engine.context;

import org.borderwatch.contract.EventRecord.Claimant;

/**
 * Who claims what a sentence says, and what kind of speaker that is: a person ("Zas said"), or the organization
 * itself ("the CSTO said") rather than one of its officials.
 */
public record Claim(Claimant claimant, boolean person, boolean organizationItself) {

    public Claim {
        if (claimant == null) {
            throw new IllegalArgumentException("a claim has a claimant");
        }
    }

    public String country() {
        return claimant.country();
    }

    public String organization() {
        return claimant.organization();
    }
}
