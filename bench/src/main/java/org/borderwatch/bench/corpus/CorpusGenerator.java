package org.borderwatch.bench.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Deterministic generator of wire-style border-incident articles (~5 KB each) for throughput benchmarks: the same
 * seed gives the same corpus, byte for byte. Articles spread over a number of incidents between ~15 state pairs;
 * they carry date lines or bylines, relative dates, numbers as digits and as words, quotes with attributions,
 * background paragraphs about earlier events, boilerplate footers, and about 10% are near-duplicates of an earlier
 * article (the same report from another outlet with small edits).
 *
 * <p>Library use: {@code new CorpusGenerator(seed).generate(articles, incidents)}. Main: {@code --articles N
 * --incidents M --seed S --out folder} writes one .txt per article.
 */
public final class CorpusGenerator {

    /** Share of articles that are another outlet's edit of an earlier article. */
    public static final double NEAR_DUPLICATE_SHARE = 0.10;
    /** Articles grow paragraph by paragraph until they reach this many characters. */
    public static final int TARGET_CHARS = 5_000;
    /**
     * Two incidents of one pair start at least this many days apart (and at most 19 more): further apart than
     * query-service chains articles into one incident (21 days, plus up to two days between an event and its
     * report), so the M generated incidents are M incidents for a reader and for the system alike. Uniform random
     * days over ten years put 12,500 incidents of 15 pairs ~4 days apart, and the system rightly saw 125 long ones.
     */
    public static final int MIN_DAYS_BETWEEN_INCIDENTS = 30;
    private static final int EXTRA_DAYS_BETWEEN_INCIDENTS = 20;
    /** At most this many incidents per pair: ~11 years of them, from 2012, so no date lies in the future. */
    public static final int MAX_INCIDENTS_PER_PAIR = 100;

    private static final String[] WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen", "twenty"};
    private static final String[] OUTLETS = {"Frontier Herald", "Steppe Monitor", "Horn Report", "Mekong Dispatch",
            "Levant Newswire", "Caucasus Daily", "Himalaya Wire", "Balkan Ledger", "Andes Courier", "Peninsula Post"};
    private static final String[] REPORTERS = {"Amina Yusuf", "Daniel Okafor", "Lena Petrova", "Ravi Menon",
            "Sofia Duarte", "Karim Haddad", "Mei Lin", "Tomas Novak", "Aigerim Sadykova", "Hamid Osman"};
    private static final String[] QUALIFIERS = {"at least ", "more than ", "nearly ", "about ", ""};
    private static final String[] FOOTERS = {
            "Reporting by staff correspondents; Editing by the regional desk. Our Standards: The Trust Principles.",
            "(c) All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
            "Subscribe to our newsletter for daily updates from the region. Share this story.",
            "This article is provided for informational purposes. For corrections, contact the editor.",
            "Independent journalism needs your support: subscribe today."};

    private final long seed;

    public CorpusGenerator(long seed) {
        this.seed = seed;
    }

    /** An incident: a pair, its first day, places on each side, casualty figures, a mediator or not. */
    private record Incident(String id, StatePair pair, boolean aAttacks, LocalDate day, String placeA, String placeB,
            int killedA, int woundedA, int killedB, int troops, boolean ceasefire) {
    }

    /** The benchmarks' number of incidents for a corpus: one per 8 articles, at most {@link #maxIncidents()}. */
    public static int incidentsFor(int articles) {
        return Math.max(1, Math.min(articles / 8, maxIncidents()));
    }

    /** {@link #MAX_INCIDENTS_PER_PAIR} times the number of pairs. */
    public static int maxIncidents() {
        return MAX_INCIDENTS_PER_PAIR * StatePair.table().size();
    }

    public List<GeneratedArticle> generate(int articles, int incidents) {
        if (articles < 0 || incidents < 1) {
            throw new IllegalArgumentException("articles >= 0 and incidents >= 1 expected");
        }
        if (incidents > maxIncidents()) {
            throw new IllegalArgumentException("at most " + maxIncidents() + " incidents (" + MAX_INCIDENTS_PER_PAIR
                    + " per pair of states, spaced " + MIN_DAYS_BETWEEN_INCIDENTS + "+ days apart), not " + incidents);
        }
        Random random = new Random(seed);
        List<StatePair> pairs = StatePair.table();
        LocalDate[] nextDay = new LocalDate[pairs.size()];
        for (int p = 0; p < nextDay.length; p++) {
            nextDay[p] = LocalDate.of(2012, 1, 1).plusDays(random.nextInt(365));
        }
        List<Incident> pool = new ArrayList<>();
        for (int i = 0; i < incidents; i++) {
            StatePair pair = pairs.get(i % pairs.size());
            LocalDate day = nextDay[i % pairs.size()];
            nextDay[i % pairs.size()] = day.plusDays(MIN_DAYS_BETWEEN_INCIDENTS
                    + random.nextInt(EXTRA_DAYS_BETWEEN_INCIDENTS));
            pool.add(new Incident(String.format("%s-%s-%04d", pair.a().code(), pair.b().code(), i), pair,
                    random.nextBoolean(), day, pick(random, pair.placesA()), pick(random, pair.placesB()),
                    random.nextInt(40), random.nextInt(120), random.nextInt(25), 100 * (1 + random.nextInt(60)),
                    random.nextInt(3) == 0));
        }
        List<GeneratedArticle> out = new ArrayList<>(articles);
        java.util.Map<String, GeneratedArticle> byName = new java.util.HashMap<>();
        for (int n = 0; n < articles; n++) {
            String fileName;
            if (n > 0 && random.nextDouble() < NEAR_DUPLICATE_SHARE) {
                GeneratedArticle original = out.get(random.nextInt(out.size()));
                if (original.duplicateOf() != null) {
                    original = byName.get(original.duplicateOf()); // a copy of a copy is a copy of the original
                }
                fileName = String.format("%05d_%s_dup.txt", n, original.incidentId().toLowerCase(Locale.ROOT));
                GeneratedArticle copy = new GeneratedArticle(fileName, nearDuplicate(random, original.text()),
                        original.incidentId(), original.fileName());
                out.add(copy);
                byName.put(fileName, copy);
                continue;
            }
            Incident incident = pool.get(random.nextInt(pool.size()));
            fileName = String.format("%05d_%s.txt", n, incident.id().toLowerCase(Locale.ROOT));
            GeneratedArticle article = new GeneratedArticle(fileName, article(random, incident), incident.id(), null);
            out.add(article);
            byName.put(fileName, article);
        }
        return out;
    }

    // ---------------------------------------------------------------- one article

    private String article(Random r, Incident in) {
        StatePair.Side attacker = in.aAttacks() ? in.pair().a() : in.pair().b();
        StatePair.Side target = in.aAttacks() ? in.pair().b() : in.pair().a();
        String targetPlace = in.aAttacks() ? in.placeB() : in.placeA();
        String attackerPlace = in.aAttacks() ? in.placeA() : in.placeB();
        int daysAfter = r.nextInt(3);
        LocalDate published = in.day().plusDays(daysAfter);
        String when = daysAfter == 0 ? "on " + weekday(in.day()) : daysAfter == 1 ? "on " + weekday(in.day())
                : "late on " + weekday(in.day());
        StringBuilder text = new StringBuilder();
        boolean dateLine = r.nextBoolean();
        if (dateLine) {
            text.append(" date ").append(published).append(' ');
        } else {
            text.append("By ").append(pick(r, REPORTERS)).append(", for ").append(pick(r, OUTLETS)).append(", ")
                    .append(published.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH)))
                    .append("\n\n");
        }
        text.append(String.format("%s forces fired artillery and mortar shells at positions near %s %s, %s's defence "
                        + "ministry said, in the latest flare-up along %s. %s said %s%s soldiers had been killed and %s "
                        + "wounded in the fighting, which began %s and lasted several hours.%n%n",
                attacker.adjective(), targetPlace, when, target.name(), in.pair().borderName(), target.capital(),
                pick(r, QUALIFIERS), number(r, in.killedA()), number(r, in.woundedA()), when));
        List<String> body = new ArrayList<>();
        body.add(String.format("\"The %s side opened fire without any provocation, using heavy weapons against "
                        + "villages and border posts,\" %s, a spokesperson for the %s foreign ministry, told reporters "
                        + "%s. \"We demand that %s withdraw its troops to their initial positions immediately.\"",
                attacker.adjective(), target.spokesperson(), target.adjective(), when, attacker.name()));
        body.add(String.format("%s gave a different account. According to %s, a spokesperson in %s, %s units had "
                        + "tried to advance toward %s and were pushed back. \"Our forces only returned fire,\" %s said, "
                        + "adding that %s of its own servicemen had been killed.",
                attacker.capital(), attacker.spokesperson(), attacker.capital(), target.adjective(), attackerPlace,
                attacker.spokesperson(), number(r, in.killedB())));
        body.add(String.format("Satellite images reviewed by analysts showed %s%s %s troops camped within a few "
                        + "kilometres of %s, with armoured vehicles and field artillery, according to a report "
                        + "published %s.",
                pick(r, QUALIFIERS), number(r, in.troops()), attacker.adjective(), targetPlace, when));
        body.add(String.format("The %s said it was following the situation closely and called on both sides to "
                        + "exercise restraint. \"Dialogue is the only way to settle differences between neighbours,\" "
                        + "its spokesperson said in a statement, adding that consultations with both capitals were "
                        + "under way.", in.pair().thirdParty()));
        if (in.ceasefire()) {
            body.add(String.format("By the evening, the two sides had agreed to a ceasefire mediated by the %s, "
                            + "according to officials in %s and %s, though sporadic shooting was reported near %s "
                            + "overnight.", in.pair().thirdParty(), attacker.capital(), target.capital(),
                    targetPlace));
        } else {
            body.add(String.format("No decision was taken to send observers to the area, a diplomat at the %s said, "
                    + "speaking on condition of anonymity.", in.pair().thirdParty()));
        }
        body.add(String.format("%s appealed to the %s and to the United Nations Security Council for help, saying "
                        + "that %s's actions were a threat to regional security. %s rejected the appeal as an attempt "
                        + "to internationalise a bilateral matter.",
                target.name(), in.pair().thirdParty(), attacker.name(), attacker.capital()));
        body.add(String.format("Residents of %s described a night without sleep. \"We heard explosions until dawn, "
                        + "then the buses came to take the children away,\" said one woman, who asked not to be named. "
                        + "Local authorities said %s families had been evacuated to schools and sports halls.",
                targetPlace, number(r, 20 + r.nextInt(400))));
        java.util.Collections.shuffle(body.subList(1, body.size()), r);
        body.add(String.format("\"This is a dangerous escalation, and the risk of a wider conflict is real,\" said "
                        + "%s, an analyst at a research institute in %s. \"Neither side has an interest in war, but "
                        + "neither wants to be seen backing down,\" %s added.",
                pick(r, REPORTERS), pick(r, List.of("London", "Geneva", "Singapore", "Istanbul", "Nairobi")),
                "the analyst"));
        int p = 0;
        int b = 0;
        // body and background interleave; background paragraphs (earlier clashes, trade) fill up to the target size
        while (text.length() < TARGET_CHARS - 450) {
            boolean takeBody = p < body.size() && (r.nextInt(4) > 0 || b >= 3);
            String paragraph = takeBody ? body.get(p++) : background(r, in, b++);
            text.append(paragraph).append("\n\n");
        }
        text.append(pick(r, FOOTERS)).append('\n');
        return text.toString();
    }

    private static String background(Random r, Incident in, int index) {
        if (index % 5 == 3) {
            return String.format("Aid agencies said that %s people on the %s side had been displaced by fighting in "
                            + "the past %s years, and that many of them still live with relatives or in temporary "
                            + "shelters. \"People are tired of running every time the guns start,\" a local official "
                            + "said last year.", number(r, 1000 + r.nextInt(40000)), in.pair().a().adjective(),
                    number(r, 2 + r.nextInt(12)));
        }
        if (index % 5 == 4) {
            return String.format("Much of %s was drawn in colonial or Soviet times, and %s of its length has never "
                            + "been formally agreed. Maps printed in %s and in %s still show different lines, and "
                            + "villagers on both sides graze cattle and draw water from the same streams.",
                    in.pair().borderName(), pick(r, List.of("a third", "half", "a quarter", "much")),
                    in.pair().a().capital(), in.pair().b().capital());
        }
        if (index % 5 == 2) {
            return String.format("Trade between %s and %s has fallen by %d percent since the border crossings were "
                            + "closed, according to figures from the %s statistics office, and traders on both sides "
                            + "say they have lost %s million dollars.",
                    in.pair().a().name(), in.pair().b().name(), 10 + r.nextInt(60), in.pair().b().adjective(),
                    number(r, 5 + r.nextInt(200)));
        }
        int year = in.day().getYear() - 1 - index - r.nextInt(4);
        return String.format("In %d, a clash near %s killed %s people, and the two governments set up a joint "
                        + "commission to demarcate the disputed sections of %s. The commission has met %s times since "
                        + "then without agreeing on a map.",
                year, pick(r, in.pair().placesA()), number(r, 2 + r.nextInt(30)), in.pair().borderName(),
                number(r, 3 + r.nextInt(15)));
    }

    // ---------------------------------------------------------------- near-duplicates

    /** Another outlet's edit: new byline or date line, a few words swapped, one paragraph dropped, new footer. */
    private static String nearDuplicate(Random r, String original) {
        List<String> paragraphs = new ArrayList<>(List.of(original.split("\n\n")));
        if (paragraphs.size() > 4) {
            paragraphs.remove(2 + r.nextInt(paragraphs.size() - 3));
        }
        paragraphs.set(paragraphs.size() - 1, pick(r, FOOTERS));
        String text = String.join("\n\n", paragraphs) + "\n";
        String[][] edits = {{" said", " stated"}, {"fighting", "clashes"}, {"told reporters", "said"},
                {"according to", "citing"}, {"restraint", "calm"}};
        for (String[] edit : edits) {
            if (r.nextBoolean()) {
                text = text.replaceFirst(java.util.regex.Pattern.quote(edit[0]), edit[1]);
            }
        }
        if (text.startsWith("By ")) {
            int comma = text.indexOf(", for ");
            text = "By " + pick(r, REPORTERS) + text.substring(comma);
        }
        return text;
    }

    // ---------------------------------------------------------------- helpers

    /** A number as an article writes it: words up to twenty half of the time, else digits (with a comma). */
    private static String number(Random r, int n) {
        if (n <= 20 && r.nextBoolean()) {
            return WORDS[n];
        }
        return String.format(Locale.ENGLISH, "%,d", n);
    }

    private static String weekday(LocalDate day) {
        return day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static <T> T pick(Random r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    private static <T> T pick(Random r, T[] array) {
        return array[r.nextInt(array.length)];
    }

    /** Writes the corpus into a folder, one UTF-8 .txt per article; returns the number of bytes written. */
    public static long write(List<GeneratedArticle> corpus, Path folder) throws IOException {
        Files.createDirectories(folder);
        long bytes = 0;
        for (GeneratedArticle a : corpus) {
            byte[] content = a.text().getBytes(StandardCharsets.UTF_8);
            Files.write(folder.resolve(a.fileName()), content);
            bytes += content.length;
        }
        return bytes;
    }

    public static void main(String[] args) throws IOException {
        Args options = Args.parse(args);
        int articles = options.intValue("articles", 2000);
        int incidents = options.intValue("incidents", Math.max(1, articles / 8));
        long seed = options.intValue("seed", 42);
        Path out = Path.of(options.value("out", "target/corpus"));
        List<GeneratedArticle> corpus = new CorpusGenerator(seed).generate(articles, incidents);
        long bytes = write(corpus, out);
        long duplicates = corpus.stream().filter(a -> a.duplicateOf() != null).count();
        System.out.printf("wrote %d articles (%d near-duplicates, %d incidents, %.1f MB) to %s%n", corpus.size(),
                duplicates, incidents, bytes / 1e6, out.toAbsolutePath());
    }
}
