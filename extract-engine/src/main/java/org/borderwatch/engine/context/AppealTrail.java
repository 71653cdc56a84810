package org.borderwatch.engine.context;

/**
 * The appeals an article has told so far: a later "calling it a border incident" refuses an appeal only when one
 * was made, and "the alliance" asked without a sender is asked by the last one who appealed.
 */
public final class AppealTrail {

    private boolean any;
    private String lastFrom;

    /** An appeal made by {@code from} (null when the sender is unknown). */
    public void appealed(String from) {
        any = true;
        lastFrom = from;
    }

    public boolean any() {
        return any;
    }

    /** The sender of the last appeal, or null. */
    public String lastFrom() {
        return lastFrom;
    }
}
