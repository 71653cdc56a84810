package org.borderwatch.engine.context;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderwatch.engine.gazetteer.CountryMention;
import org.borderwatch.engine.text.Sentence;

/**
 * The states an article is about: pairs named together in the same sentence score 2 in border sentences, 1 in
 * military sentences, 0.25 otherwise; the best pair wins, named-first first. States named in passing do not become
 * parties, nor a third state named only as the side of the line ("near the Syrian border") beside two others.
 */
public final class Parties {

    private Parties() {
    }

    /** The article's parties: two states, one when no pair is named together, none when no state is named. */
    public static List<String> choose(List<Sentence> sentences, List<CountryMention> mentions) {
        Map<String, Double> pairScore = new HashMap<>();
        Map<String, Double> single = new HashMap<>();
        int ci = 0;
        for (Sentence s : sentences) {
            while (ci < mentions.size() && mentions.get(ci).start() < s.start()) {
                ci++;
            }
            LinkedHashSet<String> in = new LinkedHashSet<>();
            Set<String> asBorder = new HashSet<>();
            Set<String> otherwise = new HashSet<>();
            for (int j = ci; j < mentions.size() && mentions.get(j).start() < s.end(); j++) {
                CountryMention m = mentions.get(j);
                in.add(m.country());
                (namesTheBorder(s, m) ? asBorder : otherwise).add(m.country());
            }
            asBorder.removeAll(otherwise);
            if (in.size() - asBorder.size() >= 2) {
                in.removeAll(asBorder); // "Turkish jets shot down a Russian bomber near the Syrian border"
            }
            if (in.isEmpty()) {
                continue;
            }
            boolean border = SentenceTopics.border(s.text());
            boolean military = SentenceTopics.military(s.text());
            double w = border ? 2 : military ? 1 : 0.25;
            for (String c : in) {
                single.merge(c, w, Double::sum);
            }
            List<String> l = new ArrayList<>(in);
            for (int a = 0; a < l.size(); a++) {
                for (int b = a + 1; b < l.size(); b++) {
                    String key = l.get(a).compareTo(l.get(b)) < 0 ? l.get(a) + "|" + l.get(b) : l.get(b) + "|" + l.get(a);
                    pairScore.merge(key, (border ? 2.0 : military ? 1.0 : 0.25) / (l.size() - 1), Double::sum);
                }
            }
        }
        String best = null;
        double bestScore = 0;
        for (var e : pairScore.entrySet()) {
            String[] p = e.getKey().split("\\|");
            double score = e.getValue() + 0.1 * (single.getOrDefault(p[0], 0.0) + single.getOrDefault(p[1], 0.0));
            if (score > bestScore || (score == bestScore && best != null && e.getKey().compareTo(best) < 0)) {
                best = e.getKey();
                bestScore = score;
            }
        }
        List<String> out = new ArrayList<>();
        if (best != null) {
            String[] p = best.split("\\|");
            // order: the one named first in the text first
            if (firstMention(mentions, p[0]) <= firstMention(mentions, p[1])) {
                out.add(p[0]);
                out.add(p[1]);
            } else {
                out.add(p[1]);
                out.add(p[0]);
            }
        } else if (!single.isEmpty()) {
            single.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue())).limit(1)
                    .forEach(e -> out.add(e.getKey()));
        }
        return List.copyOf(out);
    }

    /**
     * "the Syrian border", "Syria's border": a state named only as the side of the line where something happened.
     * In a sentence that names two other states it is a place, not a party.
     */
    private static boolean namesTheBorder(Sentence s, CountryMention m) {
        int at = m.end() - s.start();
        String t = s.text();
        if (at < 0 || at > t.length()) {
            return false;
        }
        if (t.startsWith("'s", at) || t.startsWith("’s", at)) {
            at += 2;
        }
        return t.startsWith(" border", at) && (at + 7 == t.length() || !Character.isLetter(t.charAt(at + 7)));
    }

    private static int firstMention(List<CountryMention> mentions, String code) {
        for (CountryMention m : mentions) {
            if (m.country().equals(code)) {
                return m.start();
            }
        }
        return Integer.MAX_VALUE;
    }
}
