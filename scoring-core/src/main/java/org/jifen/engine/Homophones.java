package org.jifen.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a character of a sentence sounds like, for comparing a village's sentence with the standard ones (ADR 0223):
 * 份 sounds like 分 and 记 like 计, so 「加 5 份 记入」 is heard as 「加 5 分 计入」. Only the readings of the standard
 * sentences' characters are known (homophones.txt, from Unihan's kMandarin through ICU4J's Han-Latin); any other
 * character is heard as itself. Tones are left out: a reader who takes 份 for 分 does not hear the tone.
 */
final class Homophones {

    private Homophones() {
    }

    /** The character of the standard sentences {@code c} sounds like, or {@code c}. */
    static int heardAs(int c) {
        return Table.HEARD_AS.getOrDefault(c, c);
    }

    /** Read once, on the first comparison of a village's own sentence. */
    private static final class Table {

        private static final Map<Integer, Integer> HEARD_AS = new HashMap<>();

        static {
            String text;
            try (InputStream in = Objects.requireNonNull(Homophones.class.getResourceAsStream("homophones.txt"))) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
            for (String line : text.split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    int[] characters = line.substring(line.indexOf(' ') + 1).strip().codePoints().toArray();
                    for (int c : characters) {
                        HEARD_AS.put(c, characters[0]);
                    }
                }
            }
        }
    }
}
