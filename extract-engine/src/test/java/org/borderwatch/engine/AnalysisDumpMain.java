package org.borderwatch.engine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.borderwatch.contract.ArticleAnalysis;
import org.borderwatch.contract.ArticleIds;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.RawArticle;

/** Prints the records of the given article files, one line each: a reading aid while writing rules. */
public final class AnalysisDumpMain {
    public static void main(String[] args) throws Exception {
        BorderwatchAnalyzer engine = BorderwatchAnalyzer.create();
        for (String f : args) {
            String text = ArticleIds.normalize(Files.readString(Path.of(f), StandardCharsets.UTF_8));
            ArticleAnalysis a = engine.analyze(new RawArticle(1, ArticleIds.of(text), null, text, null, null, null, null, f,
                    "text/plain", null, text.length()));
            System.out.println("== " + f + " published=" + a.published() + " incident=" + a.isBorderIncident() + " countries=" + a.countries());
            for (EventRecord e : a.events()) {
                System.out.println((e.background() ? "  bg " : "     ") + (e.negated() ? "NOT " : "") + e.type() + " date=" + e.date()
                        + " party=" + e.party() + " civ=" + e.civilian() + " counts=" + e.counts() + " appeal=" + e.appeal()
                        + " weapons=" + e.weapons() + " actors=" + e.actors().stream().map(x -> x.role() + ":" + (x.organization() != null ? x.organization() : x.country())).toList()
                        + " locs=" + e.locations().stream().map(EventRecord.Location::name).toList()
                        + " by=" + (e.claimedBy() == null ? null : e.claimedBy().name() + "/" + e.claimedBy().country() + "/" + e.claimedBy().organization())
                        + " summary=" + e.summary()
                        + " | " + e.evidence().sentence().substring(0, Math.min(90, e.evidence().sentence().length())));
            }
        }
    }
}
