package org.jifen.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
            List<int[]> lines = new ArrayList<>();
            try (InputStream in = Objects.requireNonNull(LookAlikes.class.getResourceAsStream(RESOURCE), RESOURCE);
                    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isEmpty() && !line.startsWith("#")) {
                        lines.add(Arrays.stream(line.split(" ")).mapToInt(hex -> Integer.parseInt(hex, 16)).toArray());
                    }
                }
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
            lines.sort((a, b) -> Integer.compare(a[0], b[0]));
            CODE_POINTS = new int[lines.size()];
            READ_AS = new String[lines.size()];
            for (int i = 0; i < lines.size(); i++) {
                int[] line = lines.get(i);
                CODE_POINTS[i] = line[0];
                READ_AS[i] = new String(line, 1, line.length - 1);
            }
        }

        static @Nullable String readAs(int c) {
            int at = Arrays.binarySearch(CODE_POINTS, c);
            return at < 0 ? null : READ_AS[at];
        }
    }
}
