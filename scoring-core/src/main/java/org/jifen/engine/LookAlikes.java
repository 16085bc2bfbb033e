package org.jifen.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a name reads as on the notice board (ADR 0203). Its skeleton folds what NFKC folds (full-width forms,
 * compatibility ideographs, Kangxi radicals), leaves out spaces, and reads each character as Unicode's look-alikes
 * table reads it: a traditional or Japanese variant as its simplified character (戶 and 戸 as 户, 風 as 风, 覀 as 西),
 * a confusable as its prototype (士 as 土, Cyrillic А as A). Two names with one skeleton that are written differently
 * imitate each other: villagers cannot tell them apart, and staff who record one never match the other.
 */
final class LookAlikes {

    private LookAlikes() {
    }

    /** The name as it reads: the same for names a villager cannot tell apart. */
    static String skeleton(String name) {
        StringBuilder skeleton = new StringBuilder();
        Normalizer.normalize(name, Normalizer.Form.NFKC).codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT)
                .forEach(c -> {
                    String readAs = Table.readAs(c);
                    if (readAs == null) {
                        skeleton.appendCodePoint(c);
                    } else {
                        skeleton.append(readAs);
                    }
                });
        return skeleton.toString();
    }

    /**
     * One character's skeleton: as {@link #skeleton}, without normalising what NFKC leaves as it is (the everyday
     * ideographs and ASCII letters and digits), so a sentence can be read character by character at little cost.
     */
    static String skeleton(int c) {
        boolean asItIs = c >= 0x4E00 && c <= 0x9FFF || c < 0x80 && Character.isLetterOrDigit(c);
        if (!asItIs) {
            return skeleton(Character.toString(c));
        }
        String readAs = Table.readAs(c);
        return readAs == null ? Character.toString(c) : readAs;
    }

    /** Whether the two are written differently but read the same. */
    static boolean imitates(String name, String other) {
        return !name.equals(other) && skeleton(name).equals(skeleton(other));
    }

    /**
     * How two names that read the same differ, in Chinese, for a message that already quotes both: 「只差繁简、异体或
     * 形近的字（第 1 个字符「戶」和「户」）」, or 「只差看起来一样的字符（…）」 where one of them is no ideograph.
     */
    static String howTheyDiffer(String name, String other) {
        boolean variants = name.codePoints().filter(c -> other.codePoints().noneMatch(o -> o == c))
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return (variants ? "只差繁简、异体或形近的字（" : "只差看起来一样的字符（") + differences(name, other) + "）";
    }

    /**
     * Where {@code name} differs from {@code other}, in Chinese, for a message that already quotes both: 「第 4 个字符
     * 「類」和「类」」, each differing character with its position (the first three), or where they begin to differ when
     * one is longer (「m」 and 「rn」).
     */
    static String differences(String name, String other) {
        int[] written = name.codePoints().toArray();
        int[] shown = other.codePoints().toArray();
        List<String> differing = new ArrayList<>();
        if (written.length == shown.length) {
            for (int i = 0; i < written.length; i++) {
                if (written[i] != shown[i]) {
                    differing.add("第 " + (i + 1) + " 个字符「" + Character.toString(written[i]) + "」和「"
                            + Character.toString(shown[i]) + "」");
                }
            }
        }
        if (differing.isEmpty()) {
            int from = 0;
            while (from < Math.min(written.length, shown.length) && written[from] == shown[from]) {
                from++;
            }
            return "从第 " + (from + 1) + " 个字符起写法不同";
        }
        return String.join("、", differing.subList(0, Math.min(3, differing.size())))
                + (differing.size() > 3 ? " 等 " + differing.size() + " 处" : "");
    }

    /** The table, read once on first use: start-up and stored plans that compare no names never read it. */
    private static final class Table {

        private static final String RESOURCE = "look-alikes.txt";
        private static final int[] CODE_POINTS;
        private static final String[] READ_AS;

        static {
            byte[] text;
            try (InputStream in = Objects.requireNonNull(LookAlikes.class.getResourceAsStream(RESOURCE), RESOURCE)) {
                text = in.readAllBytes();
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
            // lines of hexadecimal code points, the first the one read, in order: parsed by hand, it is read at upload
            List<Integer> codePoints = new ArrayList<>();
            List<String> readAs = new ArrayList<>();
            int[] line = new int[16];
            int at = 0;
            while (at < text.length) {
                if (text[at] == '\n') {
                    at++;
                    continue;
                }
                if (text[at] == '#') {
                    while (at < text.length && text[at] != '\n') {
                        at++;
                    }
                    at++;
                    continue;
                }
                int count = 0;
                int value = 0;
                for (; at < text.length && text[at] != '\n'; at++) {
                    if (text[at] == ' ') {
                        line[count++] = value;
                        value = 0;
                    } else {
                        value = value * 16 + Character.digit(text[at], 16);
                    }
                }
                at++;
                line[count++] = value;
                codePoints.add(line[0]);
                readAs.add(new String(line, 1, count - 1));
            }
            CODE_POINTS = codePoints.stream().mapToInt(Integer::intValue).toArray();
            READ_AS = readAs.toArray(String[]::new);
        }

        static @Nullable String readAs(int c) {
            int at = Arrays.binarySearch(CODE_POINTS, c);
            return at < 0 ? null : READ_AS[at];
        }
    }
}
