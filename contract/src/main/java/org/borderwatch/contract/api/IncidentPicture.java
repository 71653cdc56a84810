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

    /**
     * One claimant's figure. count may be 0 for a denial ("there are no casualties").
     *
     * @param articleId  the first article (in publication order) that reports the claim; its evidence
     * @param articleIds added: every article that reports this same claim (same claimant and figure), the first
     *                   one included; one claim, however many articles repeat it
     * @param best       added: true on the claim the figure's {@code best} is taken from, null on the others
     */
    public record Claim(Integer count, String qualifier, EventRecord.Claimant claimedBy, String articleId,
            String published, EventRecord.Evidence evidence, List<String> articleIds, Boolean best) {

        /** A claim reported by one article, not (yet) marked as the best. */
        public Claim(Integer count, String qualifier, EventRecord.Claimant claimedBy, String articleId,
                String published, EventRecord.Evidence evidence) {
            this(count, qualifier, claimedBy, articleId, published, evidence, List.of(articleId), null);
        }
    }

    /**
     * category: killed | wounded | captured | missing.
     *
     * @param headline added: true when this figure's best is part of the incident's total for its category (the
     *                 sum over parties of each party's figure; see query-service's README), so the headline is
     *                 the sum of the bests of the figures marked true
     */
    public record CasualtyFigure(String party, String category, Boolean civilian, Integer best, Integer low,
            Integer high, List<Claim> claims, Boolean headline) {

        public CasualtyFigure(String party, String category, Boolean civilian, Integer best, Integer low,
                Integer high, List<Claim> claims) {
            this(party, category, civilian, best, low, high, claims, null);
        }
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
