package org.borderwatch.contract.api;

import java.util.List;
import org.borderwatch.contract.EventRecord;

/** {@code GET /incidents/{id}}: the current (or asOf) picture of one incident. */
public record IncidentPicture(
        String id,
        String title,
        List<String> countries,
        String status,
        String firstEventDate,
        String lastEventDate,
        List<Place> locations,
        List<CasualtyFigure> casualties,
        List<ForceFigure> forces,
        List<AppealStatus> appeals,
        List<Response> responses,
        List<AccusationRef> accusations,
        Ceasefire ceasefire,
        List<ArticleRef> articles,
        String asOf,
        String updatedAt) {

    public record Place(String name, String kind, String admin1, String country, Double lat, Double lon,
            List<String> articleIds) {
    }

    /** One source's figure. count may be 0 for a denial ("there are no casualties"). */
    public record Claim(Integer count, String qualifier, EventRecord.Claimant claimedBy, String articleId,
            String published, EventRecord.Evidence evidence) {
    }

    /** category: killed | wounded | captured | missing. */
    public record CasualtyFigure(String party, String category, Boolean civilian, Integer best, Integer low,
            Integer high, List<Claim> claims) {
    }

    public record ForceFigure(String party, Integer best, Integer low, Integer high, List<Claim> claims) {
    }

    /** outcome: pending | consultations | rejected | mission. */
    public record AppealStatus(String from, String to, String instrument, String date, String outcome,
            String reason, List<String> articleIds) {
    }

    /** An organization's (or third state's) response: type is the event type in lower case (statement, rejection...). */
    public record Response(String organization, String type, String date, boolean negated, List<String> articleIds) {
    }

    public record AccusationRef(String accuser, String accused, String claim, List<String> articleIds) {
    }

    public record Ceasefire(boolean reported, String mediator, String date, Boolean broken) {
    }

    /** duplicateOf: the id of the article this one is a near-copy of (syndication), or null. */
    public record ArticleRef(String id, String title, String published, String outlet, String duplicateOf) {
    }
}
