package org.borderwatch.query.incident;

import static org.borderwatch.contract.EventType.APPEAL;
import static org.borderwatch.contract.EventType.ATTACK;
import static org.borderwatch.contract.EventType.CASUALTIES;
import static org.borderwatch.contract.EventType.INCURSION;
import static org.borderwatch.contract.EventType.REJECTION;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.borderwatch.contract.ArticleAnalysis;
import org.borderwatch.contract.CloudEventTypes;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.Extractor;
import org.borderwatch.contract.RawArticle;
import org.borderwatch.query.testing.Ev;

/**
 * Times the full rebuild of the read model from 100k synthetic analyses (what a restart does): the fold of the
 * raw articles and analyses, then the derivation of every incident picture. Budget: under 30 s.
 *
 * <p>Run: {@code ./mvnw -q -pl query-service -am test-compile} then
 * {@code java -cp "$(cat query-service/target/bench.cp):query-service/target/classes:query-service/target/test-classes"
 * org.borderwatch.query.incident.ReadModelRebuildBenchmark [count]} (see README), or from an IDE.
 */
public final class ReadModelRebuildBenchmark {
    private static final String[][] PAIRS = {{"AM", "AZ"}, {"IN", "PK"}, {"CN", "IN"}, {"KG", "TJ"}, {"ET", "SD"},
        {"TH", "KH"}, {"RU", "UA"}, {"IL", "LB"}, {"KP", "KR"}, {"VE", "GY"}, {"SS", "SD"}, {"RS", "XK"},
        {"AF", "PK"}, {"ER", "ET"}, {"CO", "VE"}};
    private static final String[] PLACES = {"Kalam", "Sorn", "Dulat", "Mirabad", "Tesh", "Ornak", "Velda", "Kura"};

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        // Warm-up on a small set so the timing is of the algorithm, not of class loading and the JIT's first pass.
        run(2_000, false);
        run(count, true);
    }

    static void run(int count, boolean report) {
        long t0 = System.nanoTime();
        List<RawArticle> raws = new ArrayList<>(count);
        List<ArticleAnalysis> analyses = generate(count, raws);
        long t1 = System.nanoTime();

        // CPU time of this thread beside the wall time: on a shared machine the wall time includes waiting for a core.
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long c1 = cpu.getCurrentThreadCpuTime();
        ReadModel model = new ReadModel();
        raws.forEach(model::apply);
        analyses.forEach(model::apply);
        long t2 = System.nanoTime();
        IncidentView view = new IncidentView(model, Clock.systemUTC());
        IncidentView.Snapshot snapshot = view.snapshot();
        long t3 = System.nanoTime();
        long c3 = cpu.getCurrentThreadCpuTime();
        // One more analysis after the rebuild: the cost of keeping the pictures current.
        ArticleAnalysis late = analyses.get(count / 2);
        model.apply(new ArticleAnalysis(late.schemaVersion(), late.articleId(), new Extractor("bench", "2.0.0"),
                late.analyzedAt(), late.published(), late.isBorderIncident(), late.countries(), late.events(),
                late.warnings(), late.title(), late.outlet(), late.fileName(), late.ingestedAt()));
        view.snapshot();
        long t4 = System.nanoTime();
        if (report) {
            int claims = snapshot.pictures().values().stream().mapToInt(p -> p.casualties().size()).sum();
            System.out.printf("analyses=%d generated in %d ms%n", count, (t1 - t0) / 1_000_000);
            System.out.printf("fold (raw + analyzed into ReadModel): %d ms%n", (t2 - t1) / 1_000_000);
            System.out.printf("derive (duplicates, grouping, %d incident pictures, %d casualty figures): %d ms%n",
                    snapshot.pictures().size(), claims, (t3 - t2) / 1_000_000);
            System.out.printf("full rebuild (fold + derive): %d ms wall, %d ms CPU%n", (t3 - t1) / 1_000_000,
                    (c3 - c1) / 1_000_000);
            System.out.printf("one more analysis after the rebuild (re-derive): %d ms%n", (t4 - t3) / 1_000_000);
        }
    }

    /** Deterministic synthetic analyses: 15 pairs x 36 incidents, a week of reports each, 10% undated (month hint). */
    static List<ArticleAnalysis> generate(int count, List<RawArticle> raws) {
        Random random = new Random(42);
        List<ArticleAnalysis> out = new ArrayList<>(count);
        LocalDate start = LocalDate.parse("2015-01-01");
        for (int i = 0; i < count; i++) {
            String[] pair = PAIRS[random.nextInt(PAIRS.length)];
            String place = PLACES[random.nextInt(PLACES.length)];
            // Reports come in bursts: each pair has an incident every 100 days, reported over its first week.
            int incident = random.nextInt(36);
            LocalDate day = start.plusDays(incident * 100L + random.nextInt(7));
            boolean undated = random.nextInt(10) == 0;
            String id = String.format("%064x", (long) i * 2_654_435_761L + 1);
            String text = "Report " + i + ". " + pair[0] + " troops crossed the border near " + place + " on " + day
                    + ". " + i % 7 + " soldiers were killed, officials said. " + pair[1]
                    + " appealed to the UN. The UN declined, calling it a border incident. Word" + i + " filler "
                    + "text about the situation on the border and the talks that followed it.";
            String published = undated ? null : day.plusDays(1).toString();
            String ingested = "2026-01-01T00:00:00Z";
            RawArticle raw = new RawArticle(1, id, "Report " + i, text, published, "Outlet " + i % 40, null, null,
                    "bench-" + i + ".txt", "text/plain", ingested, text.length());
            raws.add(raw);
            List<Ev> evs = new ArrayList<>();
            Ev incursion = Ev.of(text, INCURSION).in("troops crossed").by(pair[0]).against(pair[1])
                    .at(place, "settlement", null, pair[1], 40 + random.nextDouble(), 45 + random.nextDouble());
            evs.add(undated ? incursion.hint("--" + String.format("%02d", day.getMonthValue())) : incursion.day(day.toString()));
            evs.add(Ev.of(text, CASUALTIES).in("soldiers were killed").party(pair[1]).civilian(false).killed(i % 7)
                    .claimedBy("officials", pair[1], null));
            evs.add(Ev.of(text, APPEAL).in("appealed to the UN").by(pair[1]).appeal(pair[1], "UN", null));
            if (random.nextBoolean()) {
                evs.add(Ev.of(text, REJECTION).in("The UN declined").org("UN").summary("a border incident"));
            }
            if (random.nextInt(4) == 0) {
                evs.add(Ev.of(text, ATTACK).in("troops crossed").by(pair[0]).against(pair[1]).background()
                        .day(day.minusYears(2).toString()));
            }
            List<EventRecord> events = new ArrayList<>(evs.size());
            for (int n = 0; n < evs.size(); n++) {
                events.add(evs.get(n).build(id, "1.0.0", n));
            }
            out.add(new ArticleAnalysis(CloudEventTypes.SCHEMA_VERSION, id, new Extractor("bench", "1.0.0"),
                    ingested, published, true, List.of(pair[0], pair[1]), events, List.of(), raw.title(),
                    raw.outlet(), raw.fileName(), ingested));
        }
        return out;
    }
}
