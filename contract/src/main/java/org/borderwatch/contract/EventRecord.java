package org.borderwatch.contract;

import java.util.List;

/**
 * One fact an article states or reports, with the sentence it came from and who claims it.
 *
 * @param id               stable: same article + same extractor version + same fact gives the same id
 * @param date             the event's own date ({@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}), null when
 *                         the text does not allow it
 * @param datePrecision    {@code day}, {@code month}, {@code year} or null
 * @param party            whose people or troops (CASUALTIES, TROOP_PRESENCE, EVACUATION): a country code
 * @param background       added to the contract: true when the sentence tells of an earlier, other event
 *                         (the 2020 war); such records must not add to the current incident
 * @param summary          added: a short normalized description (what was demanded, the accusation, the
 *                         rejection's reason)
 * @param extractorVersion added: the version of the extractor that made the record
 * @param dateHint         added: what the text gives of a date it does not let us resolve, in ISO form
 *                         ({@code --05} for "in May" in an undated article), so an incident can still be
 *                         matched; null otherwise. Never a guessed year.
 */
public record EventRecord(
        String id,
        EventType type,
        String plover,
        String date,
        String datePrecision,
        boolean negated,
        String party,
        Boolean civilian,
        Counts counts,
        List<Actor> actors,
        Appeal appeal,
        List<String> weapons,
        List<Location> locations,
        Claimant claimedBy,
        String quote,
        Evidence evidence,
        double confidence,
        boolean background,
        String summary,
        String extractorVersion,
        String dateHint) {

    /** Numbers of a record; any may be null. qualifier: "at least", "more than", "about", "up to" or null. */
    public record Counts(Integer killed, Integer wounded, Integer captured, Integer missing, Integer troops,
            Integer evacuated, Double distanceKm, String qualifier) {
    }

    /**
     * role: initiator | target | speaker | recipient | mediator | member;
     * kind: state | armed_forces | government | organization | person | civilians.
     */
    public record Actor(String role, String name, String kind, String country, String organization) {
    }

    /** For APPEAL: from (country code), to (organization or country code), instrument ("Article 2") or null. */
    public record Appeal(String from, String to, String instrument) {
    }

    /** kind: settlement | region | landmark | border_section. */
    public record Location(String name, String kind, String admin1, String country, Double lat, Double lon) {
    }

    /** Who asserts a fact; null on the record when the outlet states it itself. */
    public record Claimant(String name, String country, String organization) {
    }

    /** The evidence sentence and its character offsets into {@link RawArticle#text()}. */
    public record Evidence(String sentence, int start, int end) {
    }
}
