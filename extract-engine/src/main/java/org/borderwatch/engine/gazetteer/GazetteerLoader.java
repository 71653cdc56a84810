package org.borderwatch.engine.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/** Reads the gazetteer's resources ({@code /gazetteer/*}); its maps are dropped after the indexes are built. */
final class GazetteerLoader {

    record CountryEntry(String code, CountryMentionType type, String alias, boolean exactCase) {
    }

    record OrgEntry(String canonical, String alias, boolean exactCase) {
    }

    private static final int[] NO_IDS = new int[0];
    /** Longer keys are official long forms nobody writes in running text; the cap bounds the scan. */
    private static final int MAX_KEY_LENGTH = 48;

    final Map<String, CountryEntry> countryKeys = new HashMap<>();
    final Map<String, String> countryNames = new LinkedHashMap<>();
    final Map<String, OrgEntry> orgKeys = new HashMap<>();
    final Map<String, String> orgNames = new LinkedHashMap<>();
    final PlaceTable places = new PlaceTable();
    final Map<String, int[]> placeKeys = new HashMap<>(1 << 18);
    final Set<String> stopWords = new HashSet<>();
    final Set<String> notPlaces = new HashSet<>();

    void loadAll() {
        long t0 = System.nanoTime();
        forEachLine("stopwords.txt.gz", false, w -> stopWords.add(TextFold.key(w)));
        long t1 = System.nanoTime();
        forEachRow("countries.tsv", 3, f -> {
            String code = f[0];
            CountryMentionType type = CountryMentionType.valueOf(f[1]);
            String alias = f[2];
            if (type != CountryMentionType.IGNORE) {
                countryNames.putIfAbsent(code, alias);
            }
            String key = TextFold.key(alias);
            countryKeys.putIfAbsent(key, new CountryEntry(code, type, alias, isAcronym(alias)));
            if (type == CountryMentionType.NAME || type == CountryMentionType.DEMONYM) {
                notPlaces.add(key); // "Georgia" is the country, never the US state; capitals stay places
            }
            if (type == CountryMentionType.IGNORE) {
                // a blocker: it wins the longest match over "Washington" in "Washington Post", then is dropped
                placeKeys.put(key, NO_IDS);
            }
        });
        forEachRow("organizations.tsv", 2, f -> {
            orgNames.putIfAbsent(f[0], f[1]);
            orgKeys.putIfAbsent(TextFold.key(f[1]), new OrgEntry(f[0], f[1], isAcronym(f[1])));
        });
        forEachRow("aliases.tsv", 7, f -> addPlace(f, true));
        long t2 = System.nanoTime();
        // generated rows come by descending population, so each key's ids are already best first
        forEachRow("places.tsv.gz", 7, f -> addPlace(f, false));
        places.trim();
        if (Boolean.getBoolean("borderwatch.gazetteer.timing")) {
            System.err.printf("gazetteer load: stop words %d ms, countries/orgs/aliases %d ms, places %d ms%n",
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
        }
    }

    /** name kind country admin1 lat lon population [aliases separated by |] */
    private void addPlace(String[] f, boolean curated) {
        String admin1 = f[3].isEmpty() ? null : f[3];
        Double lat = f[4].isEmpty() ? null : Double.valueOf(f[4]);
        Double lon = f[5].isEmpty() ? null : Double.valueOf(f[5]);
        long pop = f[6].isEmpty() ? 0 : Long.parseLong(f[6]);
        PlaceKind kind = PlaceKind.fromWireName(f[1]);
        String country = f[2].intern();
        List<String> keys = new ArrayList<>(4);
        addKey(keys, TextFold.key(f[0]), curated);
        if (f[0].indexOf(" (") > 0) {
            addKey(keys, TextFold.key(stripParenthesis(f[0])), curated);
        }
        if (f.length > 7 && !f[7].isEmpty()) {
            for (String a : f[7].split("\\|")) {
                addKey(keys, TextFold.key(a), curated);
            }
        }
        if (keys.isEmpty()) {
            return;
        }
        if (!curated) {
            for (String k : keys) {
                for (int other : placeKeys.getOrDefault(k, NO_IDS)) {
                    if (places.curated(other) && samePlace(other, country, kind, lat, lon)) {
                        return; // GeoNames twin of a curated entry: keep the curated one only
                    }
                }
            }
        }
        int id = places.add(f[0], kind, country, admin1 == null ? null : admin1.intern(), lat, lon, pop,
                curated);
        for (String k : keys) {
            int[] ids = placeKeys.get(k);
            if (ids == NO_IDS) {
                continue; // blocked phrase
            }
            if (ids == null) {
                placeKeys.put(k, new int[] {id});
            } else {
                int[] grown = Arrays.copyOf(ids, ids.length + 1);
                grown[ids.length] = id;
                placeKeys.put(k, grown);
            }
        }
    }

    private void addKey(List<String> keys, String k, boolean curated) {
        boolean ok = curated ? k.length() >= 3 && !notPlaces.contains(k) : acceptableGeneratedKey(k);
        if (ok && k.length() <= MAX_KEY_LENGTH && !keys.contains(k)) {
            keys.add(k);
        }
    }

    private boolean samePlace(int other, String country, PlaceKind kind, Double lat, Double lon) {
        if (!places.country(other).equals(country) || places.kind(other) != kind) {
            return false;
        }
        float olat = places.lat(other);
        if (Float.isNaN(olat) || lat == null) {
            return true;
        }
        return Math.abs(olat - lat) < 0.15 && Math.abs(places.lon(other) - lon) < 0.15;
    }

    private boolean acceptableGeneratedKey(String k) {
        if (k.length() < 3 || notPlaces.contains(k) || stopWords.contains(k)) {
            return false;
        }
        for (int i = 0; i < k.length(); i++) {
            if (Character.isLetter(k.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String stripParenthesis(String s) {
        int i = s.indexOf(" (");
        return i > 0 ? s.substring(0, i) : s;
    }

    private static boolean isAcronym(String alias) {
        if (alias.length() > 8) {
            return false;
        }
        for (int i = 0; i < alias.length(); i++) {
            if (Character.isLowerCase(alias.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static void forEachRow(String resource, int minFields, Consumer<String[]> action) {
        forEachLine(resource, true, line -> {
            String[] f = line.split("\t", -1);
            if (f.length < minFields) {
                throw new IllegalStateException("gazetteer/" + resource + ": expected " + minFields
                        + " tab-separated fields: " + line);
            }
            action.accept(f);
        });
    }

    /** Non-blank, non-comment lines ("# ..." lines and trailing "TAB# ..." comments are dropped). */
    private static void forEachLine(String resource, boolean required, Consumer<String> action) {
        InputStream raw = Gazetteer.class.getResourceAsStream(Gazetteer.BASE + resource);
        if (raw == null) {
            if (required && !resource.equals("places.tsv.gz")) {
                throw new IllegalStateException("missing classpath resource " + Gazetteer.BASE + resource);
            }
            return;
        }
        try (InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.charAt(0) == '#') {
                    continue;
                }
                action.accept(stripTrailingComment(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + Gazetteer.BASE + resource, e);
        }
    }

    private static String stripTrailingComment(String line) {
        int i = line.indexOf("\t#");
        return i >= 0 ? line.substring(0, i) : line;
    }
}
