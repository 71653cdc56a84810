package org.borderwatch.engine.context;

import java.util.List;
import org.borderwatch.contract.EventRecord.Claimant;

/**
 * The speaker met last while reading an article, for "he said", "the secretary general said" and for whose records
 * a sentence without a speaker reports; and the last speaker who spoke for one of the parties.
 */
public final class LastSpeaker {

    private Claimant claimant;
    private boolean person;
    private String partyCountry;

    /** Remembers the claim of a sentence; {@code parties} tells whether its state is one of the article's. */
    public void remember(Claim claim, List<String> parties) {
        claimant = claim.claimant();
        person = claim.person();
        if (claim.country() != null && parties.contains(claim.country())) {
            partyCountry = claim.country();
        }
    }

    /** The last speaker, or null before the first. */
    public Claimant claimant() {
        return claimant;
    }

    /** Whether the last speaker is a person (not a body). */
    public boolean person() {
        return person;
    }

    /** The last speaker's state, or null. */
    public String country() {
        return claimant == null ? null : claimant.country();
    }

    /** The last speaker's organization, or null. */
    public String organization() {
        return claimant == null ? null : claimant.organization();
    }

    /** The state of the last speaker who spoke for a party, or null. */
    public String partyCountry() {
        return partyCountry;
    }
}
