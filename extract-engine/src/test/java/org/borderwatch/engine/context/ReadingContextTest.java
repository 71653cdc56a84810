package org.borderwatch.engine.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.borderwatch.contract.EventRecord.Claimant;
import org.junit.jupiter.api.Test;

/** The small per-article memories the rules read: last speaker, appeals, claims. */
class ReadingContextTest {

    @Test
    void theLastSpeakerAndTheLastOneWhoSpokeForAParty() {
        LastSpeaker last = new LastSpeaker();
        assertNull(last.claimant());
        assertNull(last.country());
        last.remember(new Claim(new Claimant("Armenia's defence ministry", "AM", null), false, false), List.of("AM", "AZ"));
        last.remember(new Claim(new Claimant("Stanislav Zas", null, "CSTO"), true, false), List.of("AM", "AZ"));
        assertEquals("Stanislav Zas", last.claimant().name());
        assertTrue(last.person());
        assertEquals("CSTO", last.organization());
        assertNull(last.country());
        assertEquals("AM", last.partyCountry(), "Zas speaks for no party: the last party speaker stays Armenia's");
        last.remember(new Claim(new Claimant("Russia's foreign ministry", "RU", null), false, false), List.of("AM", "AZ"));
        assertEquals("AM", last.partyCountry(), "a third state is no party");
        assertEquals("RU", last.country());
    }

    @Test
    void anAppealIsRememberedWithItsSender() {
        AppealTrail appeals = new AppealTrail();
        assertFalse(appeals.any());
        appeals.appealed("AM");
        appeals.appealed(null);
        assertTrue(appeals.any());
        assertNull(appeals.lastFrom(), "the last appeal's sender, even unknown");
    }

    @Test
    void aClaimHasAClaimant() {
        assertThrows(IllegalArgumentException.class, () -> new Claim(null, false, false));
        Claim c = new Claim(new Claimant("the CSTO", null, "CSTO"), false, true);
        assertEquals("CSTO", c.organization());
        assertTrue(c.organizationItself());
    }
}
