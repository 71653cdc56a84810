package org.borderwatch.engine;

import java.util.Random;

/** Hostile texts for {@link EngineFuzzTest}, in the project's own words (no third-party text). */
final class Texts {
    private static final String[] WORDS = {"Armenia", "Azerbaijan", "Armenian", "Azerbaijani", "CSTO", "border", "troops",
        "soldiers", "killed", "wounded", "captured", "shelled", "fired", "ceasefire", "said", "ministry", "defence",
        "village", "Jermuk", "Sotk", "Tegh", "Goris", "Kapan", "on", "the", "of", "and", "in", "near", "at", "least",
        "two", "three", "12", "2022", "September", "13", "Tuesday", "accused", "appealed", "to", "Article", "4",
        "mortars", "drones", "artillery", "claimed", "according", "sources", "civilians", "evacuated", "positions",
        "crossed", "into", "territory", "rejected", "demanded", "withdraw", "mission", "observers", "Kyrgyzstan",
        "Tajikistan", "India", "China", "Line", "of", "Actual", "Control", "Mr.", "Gen.", "U.S.", "No.", "killing",
        "death", "toll", "rose", "to", "more", "than", "about", "dozens", "hundreds"};
    private static final String[] PUNCTUATION = {".", ",", ";", ":", "!", "?", "\"", "'", "“", "”", "«", "»", "(", ")",
        "[", "]", "—", "-", "…", "/"};
    private static final String[] OPEN = {"(", "[", "{", "\"", "“", "«", "‘", "<"};
    private static final String[] CLOSE = {")", "]", "}", "\"", "”", "»", "’", ">"};
    /** Blocks of several scripts, combining marks and astral characters (surrogate pairs). */
    private static final int[][] SCRIPTS = {{0x0041, 0x007A}, {0x0400, 0x04FF}, {0x0531, 0x058F}, {0x0600, 0x06FF},
        {0x0900, 0x097F}, {0x4E00, 0x4FFF}, {0x0300, 0x036F}, {0x1F300, 0x1F5FF}, {0x10A0, 0x10FF}, {0x05D0, 0x05EA},
        {0x2000, 0x206F}, {0xFF01, 0xFF5E}};

    private Texts() {
    }

    static String generate(EngineFuzzTest.Kind kind, int length, Random random) {
        StringBuilder b = new StringBuilder(length + 64);
        switch (kind) {
            case RUN_ON -> {
                while (b.length() < length) {
                    b.append(word(random)).append(random.nextInt(8) == 0 ? ", and " : " ");
                }
            }
            case NO_PUNCTUATION -> {
                while (b.length() < length) {
                    b.append(word(random).replaceAll("\\p{Punct}", "")).append(' ');
                }
            }
            case ONE_WORD -> {
                String word = random.nextBoolean() ? word(random) : String.valueOf((char) ('a' + random.nextInt(26)));
                String separator = random.nextBoolean() ? " " : random.nextBoolean() ? ". " : "";
                while (b.length() < length) {
                    b.append(word).append(separator);
                }
            }
            case NESTED_QUOTES -> {
                int depth = 0;
                while (b.length() < length) {
                    int r = random.nextInt(10);
                    if (r < 4) {
                        b.append(OPEN[random.nextInt(OPEN.length)]);
                        depth++;
                    } else if (r < 6 && depth > 0) {
                        b.append(CLOSE[random.nextInt(CLOSE.length)]);
                        depth--;
                    } else {
                        b.append(word(random)).append(random.nextInt(5) == 0 ? " said " : " ");
                    }
                }
            }
            case DEEP_NESTING -> {
                int depth = Math.max(1, length / 2 - 20);
                String open = OPEN[random.nextInt(OPEN.length)];
                String close = CLOSE[random.nextInt(CLOSE.length)];
                b.append(open.repeat(depth)).append("troops killed two soldiers").append(close.repeat(depth));
            }
            case DIGIT_RUNS -> {
                while (b.length() < length) {
                    int run = 1 + random.nextInt(random.nextBoolean() ? 20 : 5000);
                    for (int i = 0; i < run; i++) {
                        b.append((char) ('0' + random.nextInt(10)));
                        if (random.nextInt(4) == 0) {
                            b.append(random.nextBoolean() ? ',' : '.');
                        }
                    }
                    b.append(random.nextBoolean() ? " soldiers were killed " : " ");
                }
            }
            case MIXED_SCRIPTS -> {
                while (b.length() < length) {
                    if (random.nextInt(4) == 0) {
                        b.append(word(random)).append(' ');
                    }
                    int[] block = SCRIPTS[random.nextInt(SCRIPTS.length)];
                    int n = 1 + random.nextInt(12);
                    for (int i = 0; i < n; i++) {
                        b.appendCodePoint(block[0] + random.nextInt(block[1] - block[0] + 1));
                    }
                    b.append(random.nextInt(3) == 0 ? ". " : " ");
                }
            }
            case INCIDENT_SOUP -> {
                while (b.length() < length) {
                    b.append(word(random));
                    b.append(random.nextInt(6) == 0 ? PUNCTUATION[random.nextInt(PUNCTUATION.length)] : "");
                    b.append(random.nextInt(30) == 0 ? "\n\n" : " ");
                }
            }
            case WHITESPACE -> {
                String[] spaces = {" ", "\n", "\t", "\r\n", "\u00A0", "\u2028", "\u3000", "\n\n\n"};
                while (b.length() < length) {
                    b.append(random.nextInt(5) == 0 ? word(random) : spaces[random.nextInt(spaces.length)]);
                }
            }
            case ENDLESS_WORD -> {
                while (b.length() < length) {
                    b.append(word(random).replace(" ", ""));
                }
            }
            default -> throw new IllegalArgumentException(kind.toString());
        }
        return b.length() > length ? b.substring(0, length) : b.toString();
    }

    private static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }
}
