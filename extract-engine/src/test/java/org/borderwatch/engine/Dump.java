package org.borderwatch.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import org.borderwatch.contract.ArticleAnalysis;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.RawArticle;

/** Prints an analysis in a compact form, for looking at the engine's output: {@code Dump <file or text>}. */
public final class Dump {

    private Dump() {
    }

    public static void main(String[] args) throws Exception {
        BorderwatchAnalyzer engine = BorderwatchAnalyzer.create();
        for (String a : args) {
            Path p = Path.of(a);
            RawArticle raw = Files.exists(p) ? Articles.file(p.getParent(), p.getFileName().toString())
                    : Articles.text(a);
            System.out.println(format(engine.analyze(raw)));
        }
    }

    static String format(ArticleAnalysis an) {
        StringBuilder b = new StringBuilder();
        b.append("== ").append(an.fileName()).append(" published=").append(an.published()).append(" incident=")
                .append(an.isBorderIncident()).append(" countries=").append(an.countries()).append('\n');
        for (EventRecord r : an.events()) {
            b.append(r.background() ? "  (bg) " : "  ").append(r.type()).append(r.negated() ? " NEG" : "")
                    .append(" date=").append(r.date()).append(r.dateHint() != null ? " hint=" + r.dateHint() : "")
                    .append(" party=").append(r.party()).append(" civ=").append(r.civilian());
            if (r.counts() != null) {
                b.append(" counts=").append(r.counts());
            }
            if (r.appeal() != null) {
                b.append(" appeal=").append(r.appeal());
            }
            if (r.actors() != null && !r.actors().isEmpty()) {
                b.append(" actors=").append(r.actors());
            }
            if (r.claimedBy() != null) {
                b.append(" claimedBy=").append(r.claimedBy());
            }
            if (r.locations() != null && !r.locations().isEmpty()) {
                b.append(" loc=").append(r.locations().stream().map(l -> l.name() + "/" + l.country()).toList());
            }
            if (r.summary() != null) {
                b.append(" summary=").append(r.summary());
            }
            b.append("\n      \"").append(r.evidence().sentence()).append("\"\n");
        }
        return b.toString();
    }
}
