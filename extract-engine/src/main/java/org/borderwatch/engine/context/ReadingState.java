package org.borderwatch.engine.context;

/**
 * What reading an article has met so far, sentence by sentence: the organizations, the last speaker, the appeals.
 * The rules read it; the analyzer moves it on before each sentence and the appeal rule records appeals.
 */
public final class ReadingState {

    private final OrganizationTrail organizations;
    private final LastSpeaker speaker = new LastSpeaker();
    private final AppealTrail appeals = new AppealTrail();

    public ReadingState(Article article) {
        this.organizations = new OrganizationTrail(article);
    }

    /** Enters a sentence: its organizations and its claim join the trail. */
    public void enter(SentenceView v) {
        organizations.enter(v);
        if (v.claim() != null) {
            speaker.remember(v.claim(), v.article().parties());
        }
    }

    public OrganizationTrail organizations() {
        return organizations;
    }

    public LastSpeaker speaker() {
        return speaker;
    }

    public AppealTrail appeals() {
        return appeals;
    }
}
