package org.borderwatch.engine.rules;

/**
 * What makes two records of one type about one sentence two facts: the last input of a record's id
 * ({@link Records#id}). One per sentence for most types; per count and owner for troops, per category and count for
 * casualties, per recipient for appeals, per direction for accusations. The short spellings are those of engine
 * 0.4.0, kept so that ids stay the same (a new spelling would give every record a new id).
 */
public final class FactKey {

    private FactKey() {
    }

    /** One record of the type per sentence, keyed by the type's name (attacks, clashes, organization actions). */
    public static String onePerSentence(String typeName) {
        return typeName;
    }

    public static String incursion() {
        return "in";
    }

    public static String evacuation() {
        return "ev";
    }

    public static String demand() {
        return "dm";
    }

    public static String threat() {
        return "th";
    }

    public static String statement() {
        return "st";
    }

    public static String ceasefire() {
        return "cf";
    }

    public static String ceasefireViolation() {
        return "cv";
    }

    public static String casualtiesDenied() {
        return "none";
    }

    /** "killed3": a category and its count (two counts of one category in a sentence are two facts). */
    public static String casualties(String category, int count) {
        return category + count;
    }

    public static String troops(int count, String owner) {
        return "tp" + count + owner;
    }

    public static String appealTo(String recipient) {
        return "ap" + recipient;
    }

    /** One of several parties' appeals to one recipient in one phrase ("at the request of both governments"). */
    public static String appealOfTo(String from, String recipient) {
        return "ap" + recipient + "<" + from;
    }

    public static String mediationBy(String mediator) {
        return "md" + mediator;
    }

    public static String accusation(String accuser, String accused) {
        return accuser + ">" + accused;
    }
}
