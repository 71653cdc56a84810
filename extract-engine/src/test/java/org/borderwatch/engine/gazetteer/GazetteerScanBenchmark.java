package org.borderwatch.engine.gazetteer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Not a test (no timing assertions on a shared machine): prints load time, heap retained by the loaded gazetteer and
 * scan throughput over the seed articles. How to run it: tools/gazetteer/README.md. Optional argument: the folder
 * of *.txt articles (default {@code seeds}).
 */
public final class GazetteerScanBenchmark {

    private GazetteerScanBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path seeds = Paths.get(args.length > 0 ? args[0] : "seeds");
        List<String> texts = new ArrayList<>();
        if (Files.isDirectory(seeds)) {
            try (Stream<Path> files = Files.list(seeds)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    texts.add(Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        if (texts.isEmpty()) {
            texts.add("Azerbaijani troops advanced 3.5 km into Armenia near Sev Lidj (Black Lake) in Syunik, "
                    + "while the CSTO and the UN Security Council discussed shelling of Jermuk, Goris and Sotk.");
        }
        Runtime rt = Runtime.getRuntime();
        gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long t0 = System.nanoTime();
        Gazetteer g = Gazetteer.load();
        long loadNanos = System.nanoTime() - t0;
        gc();
        long after = rt.totalMemory() - rt.freeMemory();
        System.out.printf("load: %.0f ms, retained heap ~%.1f MB, %s%n", loadNanos / 1e6, (after - before) / 1e6, g);

        long bytes = 0;
        for (String t : texts) {
            bytes += t.length();
        }
        int sink = 0;
        for (int i = 0; i < 200; i++) { // warm-up
            for (String t : texts) {
                sink += g.findPlaces(t).size() + g.findCountries(t).size() + g.findOrganizations(t).size();
            }
        }
        int rounds = 2000;
        long s0 = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            for (String t : texts) {
                sink += g.findPlaces(t).size();
            }
        }
        double placesSec = (System.nanoTime() - s0) / 1e9;
        s0 = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            for (String t : texts) {
                sink += g.findPlaces(t).size() + g.findCountries(t).size() + g.findOrganizations(t).size();
            }
        }
        double allSec = (System.nanoTime() - s0) / 1e9;
        double mb = bytes * (double) rounds / 1e6;
        System.out.printf("texts: %d, %d chars; findPlaces: %.1f MB/s (%.3f ms per 5 KB); "
                        + "places+countries+organizations: %.1f MB/s (%.3f ms per 5 KB) [%d]%n",
                texts.size(), bytes, mb / placesSec, 5000 * placesSec * 1e3 / (bytes * (double) rounds),
                mb / allSec, 5000 * allSec * 1e3 / (bytes * (double) rounds), sink);
        for (String t : texts.subList(0, Math.min(2, texts.size()))) {
            System.out.println("--- places: " + g.findPlaces(t).stream().map(m -> m.text() + "->"
                    + g.resolve(m, java.util.Set.of("AM", "AZ")).map(p -> p.country() + "/" + p.admin1() + "/"
                    + p.kind().wireName()).orElse("-")).toList());
            System.out.println("--- countries: " + g.findCountries(t).stream().map(m -> m.text() + "->" + m.country())
                    .toList());
            System.out.println("--- orgs: " + g.findOrganizations(t).stream().map(m -> m.text() + "->"
                    + m.organization()).toList());
        }
    }

    private static void gc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
