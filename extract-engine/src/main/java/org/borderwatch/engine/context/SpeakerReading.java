package org.borderwatch.engine.context;

/**
 * {@link Speakers} reading one article in order: the people named so far, the speaker met last and the
 * organizations named so far ("Secretary General of the organization ..." is the one named last).
 */
final class SpeakerReading {

    private final Speakers speakers;
    private final Article article;
    private final KnownPeople people = new KnownPeople();
    private final LastSpeaker lastSpeaker = new LastSpeaker();
    private final OrganizationTrail organizations;

    SpeakerReading(Speakers speakers, Article article) {
        this.speakers = speakers;
        this.article = article;
        this.organizations = new OrganizationTrail(article);
    }

    /** Enters {@code v} (the next sentence) and gives its claim, or null. */
    Claim claimOf(SentenceView v) {
        organizations.enter(v);
        Claim claim = speakers.claim(this, v);
        if (claim != null) {
            lastSpeaker.remember(claim, article.parties());
        }
        return claim;
    }

    KnownPeople people() {
        return people;
    }

    LastSpeaker lastSpeaker() {
        return lastSpeaker;
    }

    OrganizationTrail organizations() {
        return organizations;
    }
}
