import com.ibm.icu.text.SpoofChecker;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.*;

/**
 * Writes scoring-core's look-alikes table (src/main/resources/org/jifen/engine/look-alikes.txt, ADR 0203): for each
 * code point that reads as another, the characters it reads as. Not part of the build: run by hand, with ICU4J on the
 * class path and Unicode's Unihan_Variants.txt, when Unicode's data is to be taken up again:
 *   java -cp icu4j-77.1.jar scoring-core/tools/LookAlikesTable.java Unihan_Variants.txt \
 *       scoring-core/src/main/resources/org/jifen/engine/look-alikes.txt
 */
public class LookAlikesTable {
    static final Map<Integer, Integer> parent = new HashMap<>();
    static final Map<Integer, Integer> simplifiedOf = new HashMap<>();
    static final CharsetEncoder GB2312 = Charset.forName("GB2312").newEncoder();
    static final CharsetEncoder BIG5 = Charset.forName("Big5").newEncoder();
    static final String HEADER = """
            # What each character reads as, for comparing names (ADR 0203): a line is a code point and the code points it reads
            # as, in hexadecimal. A name's skeleton is its NFKC form without spaces, each code point replaced by its line here.
            #
            # Derived from Unicode data, under the Unicode License v3 (https://www.unicode.org/license.txt), © Unicode, Inc.:
            # - confusables.txt (UTS #39 security mechanisms, the skeleton mapping), as ICU4J 77.1 ships it (SpoofChecker);
            # - Unihan_Variants.txt (Unicode 10.0.0): kSimplifiedVariant, kTraditionalVariant, kZVariant, and kSemanticVariant
            #   where one side is in neither GB 2312 nor Big5 (a Japanese or rare form); each class of variants reads as its
            #   character in GB 2312 (the simplified one), and no class holds two GB 2312 characters (those are two words).
            # Written by scoring-core/tools/LookAlikesTable.java:
            #   java -cp icu4j-77.1.jar scoring-core/tools/LookAlikesTable.java Unihan_Variants.txt look-alikes.txt
            """;
    static final List<String> FIELDS = List.of("kSimplifiedVariant", "kTraditionalVariant", "kZVariant", "kSemanticVariant");

    public static void main(String[] args) throws Exception {
        List<String[]> variants = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            String[] field = line.split("\t");
            if (!line.startsWith("#") && field.length == 3 && FIELDS.contains(field[1])) {
                variants.add(field);
            }
        }
        variants.sort(Comparator.comparingInt(field -> FIELDS.indexOf(field[1])));
        for (String[] field : variants) {
            int from = codePoint(field[0]);
            for (String target : field[2].split(" ")) {
                int to = codePoint(target.split("<")[0]);
                // a semantic variant that is a character of its own in mainland or Taiwan use is another word
                if (!field[1].equals("kSemanticVariant") || !common(from) || !common(to)) {
                    union(from, to);
                }
            }
        }
        SpoofChecker spoof = new SpoofChecker.Builder().build();
        StringBuilder out = new StringBuilder(HEADER);
        for (int c = 0; c <= 0x10FFFF; c++) {
            int type = Character.getType(c);
            if (type == Character.UNASSIGNED || type == Character.SURROGATE || type == Character.PRIVATE_USE
                    || type == Character.CONTROL || !Normalizer.normalize(text(c), Normalizer.Form.NFKC).equals(text(c))) {
                continue;
            }
            String folded = text(c);
            for (int round = 0; round < 6; round++) {
                String next = fold(spoof, folded);
                if (next.equals(folded)) {
                    break;
                }
                folded = next;
            }
            if (!folded.equals(text(c))) {
                out.append(String.format("%04X", c));
                folded.codePoints().forEach(f -> out.append(String.format(" %04X", f)));
                out.append('\n');
            }
        }
        Files.writeString(Path.of(args[1]), out, StandardCharsets.UTF_8);
    }

    static String fold(SpoofChecker spoof, String text) {
        String skeleton = Normalizer.normalize(spoof.getSkeleton(text), Normalizer.Form.NFKC);
        StringBuilder han = new StringBuilder();
        skeleton.codePoints().forEach(c -> han.appendCodePoint(representative(c)));
        return han.toString();
    }

    /** The simplified member of the character's variant class, else its smallest code point. */
    static int representative(int c) {
        if (!parent.containsKey(c)) {
            return c;
        }
        int root = find(c);
        Integer simplified = simplifiedOf.get(root);
        if (simplified != null) {
            return simplified;
        }
        int least = c;
        for (int member : parent.keySet()) {
            if (find(member) == root) {
                least = Math.min(least, member);
            }
        }
        return least;
    }

    static int find(int c) {
        Integer up = parent.get(c);
        if (up == null || up == c) {
            return c;
        }
        int root = find(up);
        parent.put(c, root);
        return root;
    }

    /** Joins two classes unless each already holds another simplified character (they are then two words). */
    static void union(int a, int b) {
        parent.putIfAbsent(a, a);
        parent.putIfAbsent(b, b);
        int rootA = find(a);
        int rootB = find(b);
        if (rootA == rootB) {
            return;
        }
        Integer simplifiedA = simplifiedOf.getOrDefault(rootA, gb(a) ? a : null);
        Integer simplifiedB = simplifiedOf.getOrDefault(rootB, gb(b) ? b : null);
        if (simplifiedA != null && simplifiedB != null && !simplifiedA.equals(simplifiedB)) {
            return;
        }
        parent.put(rootA, rootB);
        Integer simplified = simplifiedA != null ? simplifiedA : simplifiedB;
        if (simplified != null) {
            simplifiedOf.put(rootB, simplified);
        }
    }

    static boolean gb(int c) {
        return GB2312.canEncode(text(c));
    }

    static boolean common(int c) {
        return GB2312.canEncode(text(c)) || BIG5.canEncode(text(c));
    }

    static int codePoint(String unicode) {
        return Integer.parseInt(unicode.substring(2), 16);
    }

    static String text(int c) {
        return new String(Character.toChars(c));
    }
}
