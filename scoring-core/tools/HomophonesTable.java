import com.ibm.icu.text.Transliterator;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

/**
 * Writes scoring-core's homophones table (src/main/resources/org/jifen/engine/homophones.txt, ADR 0223): for each
 * reading, toneless, of a character of the standard sentences, the everyday characters (GB 2312) read so. Not part of
 * the build: run by hand, with ICU4J on the class path, when the standard sentences change:
 *   java -cp icu4j-77.1.jar scoring-core/tools/HomophonesTable.java \
 *       scoring-core/src/main/resources/org/jifen/engine/jifen-standard.dsl \
 *       scoring-core/src/main/resources/org/jifen/engine/homophones.txt
 */
public class HomophonesTable {
    static final String HEADER = """
            # Characters that sound like a character of the standard sentences, for comparing a village's sentence with the
            # standard ones (ADR 0223): a line is a reading without its tone, then the characters of GB 2312 read so. The
            # first character of a line is a character of the standard sentences; every character of the line reads as it.
            #
            # Readings: ICU4J 77.1's Han-Latin transform (CLDR), whose readings are Unihan's kMandarin (the most common
            # reading of each character), under the Unicode License v3 (https://www.unicode.org/license.txt), © Unicode, Inc.
            # Written by scoring-core/tools/HomophonesTable.java from jifen-standard.dsl:
            #   java -cp icu4j-77.1.jar scoring-core/tools/HomophonesTable.java jifen-standard.dsl homophones.txt
            """;

    public static void main(String[] args) throws Exception {
        Transliterator reading = Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower");
        CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
        Map<String, StringBuilder> lines = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (line.startsWith("[")) {
                String sentence = line.substring(line.indexOf(']') + 1, line.indexOf('=')).replaceAll("\\{[^}]*}", "");
                sentence.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                        .forEach(c -> {
                            StringBuilder same = lines.computeIfAbsent(reading.transliterate(Character.toString(c)),
                                    r -> new StringBuilder());
                            if (same.indexOf(Character.toString(c)) < 0) {
                                same.appendCodePoint(c);
                            }
                        });
            }
        }
        for (int c = 0x4E00; c <= 0x9FFF; c++) {
            String text = Character.toString(c);
            StringBuilder line = lines.get(reading.transliterate(text));
            if (line != null && gb2312.canEncode(text) && line.indexOf(text) < 0) {
                line.append(text);
            }
        }
        StringBuilder out = new StringBuilder(HEADER);
        lines.forEach((syllable, characters) -> out.append(syllable).append(' ').append(characters).append('\n'));
        Files.writeString(Path.of(args[1]), out, StandardCharsets.UTF_8);
    }
}
