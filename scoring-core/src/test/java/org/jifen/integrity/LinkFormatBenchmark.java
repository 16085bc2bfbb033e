package org.jifen.integrity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a link costs in each format (ADR 0180), for the month-end and batch writes that link thousands of entries in
 * one transaction: an award's fields linked 200,000 times, median of 9 rounds after 3 warm-up rounds. Not part of the
 * build; run it with
 * {@code ./mvnw -pl scoring-core test -Dtest=LinkFormatBenchmark -Dsurefire.failIfNoSpecifiedTests=false} and read
 * {@code scoring-core/target/benchmark-link-format.txt}.
 */
class LinkFormatBenchmark {

    private static final int LINKS = 200_000;
    private static final int WARM_UP = 3;
    private static final int ROUNDS = 9;

    @Test
    void linkingAnAwardInEachFormat() throws IOException {
        LinkFields award = LinkFields.of(12L, 4711L, "2026-11", "MONTH_END", null, null, 88L, 3,
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "垃圾分类每月全部合格", "人居环境",
                "BASE", 5, null, null, "system", null, Instant.parse("2026-11-30T16:00:00.123Z")).late("capKey", null);
        List<String> report = new ArrayList<>();
        report.add("before ADR 0180 (Sha256.chained over the award's fields): "
                + median((previous, seq) -> beforeTheChange(previous, seq, award)) + " ns a link");
        for (LinkFormat format : LinkFormat.values()) {
            report.add(format + ": " + median((previous, seq) -> format.link(previous, seq, award)) + " ns a link");
        }
        report.add("(median of " + ROUNDS + " rounds of " + LINKS + " links after " + WARM_UP + " warm-up rounds)");
        Files.write(Path.of("target/benchmark-link-format.txt"), report);
    }

    private interface Linker {
        String link(String previous, long seq);
    }

    private static long median(Linker linker) {
        long[] rounds = new long[ROUNDS];
        for (int round = -WARM_UP; round < ROUNDS; round++) {
            long start = System.nanoTime();
            String previous = "";
            for (int i = 0; i < LINKS; i++) {
                previous = linker.link(previous, i + 1);
            }
            if (round >= 0) {
                rounds[round] = System.nanoTime() - start;
            }
        }
        Arrays.sort(rounds);
        return rounds[ROUNDS / 2] / LINKS;
    }

    /** The code that linked an award before ADR 0180, as it was: String.valueOf of each field, joined, hashed. */
    private static String beforeTheChange(String previous, long seq, LinkFields fields) {
        String[] texts = new String[fields.values().size() + 1];
        texts[0] = String.valueOf(seq);
        for (int i = 0; i < fields.values().size(); i++) {
            texts[i + 1] = String.valueOf(fields.values().get(i));
        }
        return Sha256.hex(previous + "\u0000" + String.join("\u0001", texts));
    }
}
