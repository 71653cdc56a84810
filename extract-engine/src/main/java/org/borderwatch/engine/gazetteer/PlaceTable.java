package org.borderwatch.engine.gazetteer;

import java.util.Arrays;

/**
 * Column store of the places (about 175,000): parallel primitive arrays instead of one record per place keep the
 * loaded gazetteer small; {@link #get} builds the {@link Place} record on demand. Append-only while loading,
 * then read-only.
 */
final class PlaceTable {
    private static final PlaceKind[] KINDS = PlaceKind.values();

    private String[] names = new String[1024];
    private byte[] kinds = new byte[1024];
    private String[] countries = new String[1024];
    private String[] admin1s = new String[1024];
    private float[] lats = new float[1024];
    private float[] lons = new float[1024];
    private long[] populations = new long[1024];
    private boolean[] curated = new boolean[1024];
    private int size;

    int add(String name, PlaceKind kind, String country, String admin1, Double lat, Double lon, long population,
            boolean isCurated) {
        if (size == names.length) {
            int n = size * 2;
            names = Arrays.copyOf(names, n);
            kinds = Arrays.copyOf(kinds, n);
            countries = Arrays.copyOf(countries, n);
            admin1s = Arrays.copyOf(admin1s, n);
            lats = Arrays.copyOf(lats, n);
            lons = Arrays.copyOf(lons, n);
            populations = Arrays.copyOf(populations, n);
            curated = Arrays.copyOf(curated, n);
        }
        names[size] = name;
        kinds[size] = (byte) kind.ordinal();
        countries[size] = country;
        admin1s[size] = admin1;
        lats[size] = lat == null ? Float.NaN : lat.floatValue();
        lons[size] = lon == null ? Float.NaN : lon.floatValue();
        populations[size] = population;
        curated[size] = isCurated;
        return size++;
    }

    int size() {
        return size;
    }

    String country(int id) {
        return countries[id];
    }

    PlaceKind kind(int id) {
        return KINDS[kinds[id]];
    }

    boolean curated(int id) {
        return curated[id];
    }

    long population(int id) {
        return populations[id];
    }

    float lat(int id) {
        return lats[id];
    }

    float lon(int id) {
        return lons[id];
    }

    Place get(int id) {
        float lat = lats[id];
        float lon = lons[id];
        return new Place(names[id], KINDS[kinds[id]], countries[id], admin1s[id],
                Float.isNaN(lat) ? null : round(lat), Float.isNaN(lon) ? null : round(lon), populations[id],
                curated[id]);
    }

    /** float keeps ~1 m precision at these magnitudes; print it as the 5-decimal value it was read from. */
    private static Double round(float v) {
        return Math.round(v * 100000d) / 100000d;
    }

    void trim() {
        names = Arrays.copyOf(names, size);
        kinds = Arrays.copyOf(kinds, size);
        countries = Arrays.copyOf(countries, size);
        admin1s = Arrays.copyOf(admin1s, size);
        lats = Arrays.copyOf(lats, size);
        lons = Arrays.copyOf(lons, size);
        populations = Arrays.copyOf(populations, size);
        curated = Arrays.copyOf(curated, size);
    }
}
