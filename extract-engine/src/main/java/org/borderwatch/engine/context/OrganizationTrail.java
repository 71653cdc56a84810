package org.borderwatch.engine.context;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.engine.gazetteer.OrganizationMention;
import org.borderwatch.engine.text.GatedPattern;

/**
 * The organizations an article has named up to the sentence being read: "the alliance", "the bloc" is the latest
 * one, "the council" the latest whose name says council.
 */
public final class OrganizationTrail {

    /** A body named by a common noun: it stands for an organization named before. */
    public static final GatedPattern BODY_NOUN = GatedPattern.compile("\\b(the alliance|the organization|the organisation|the bloc|the body|the council|the regional bloc)\\b", Pattern.CASE_INSENSITIVE);

    private final List<OrganizationMention> mentions;
    private String last;
    private int cursor;

    public OrganizationTrail(Article article) {
        this.mentions = article.organizationMentions();
    }

    /** Moves the trail to the end of {@code v}: its organizations have now been named. */
    public void enter(SentenceView v) {
        cursor = v.sentence().end();
        List<OrganizationMention> o = v.organizations();
        if (!o.isEmpty()) {
            last = o.get(o.size() - 1).organization();
        }
    }

    /** The organization named last, or null. */
    public String last() {
        return last;
    }

    /** The organization a body noun in {@code text} stands for; without one, the organization named last. */
    public String standingFor(String text) {
        Matcher a = BODY_NOUN.matcher(text);
        if (!a.find()) {
            return last;
        }
        if (a.group(1).toLowerCase(Locale.ROOT).endsWith("council")) {
            for (int i = mentions.size() - 1; i >= 0; i--) {
                OrganizationMention o = mentions.get(i);
                if (o.start() < cursor && o.text().toLowerCase(Locale.ROOT).contains("council")) {
                    return o.organization();
                }
            }
        }
        return last;
    }
}
