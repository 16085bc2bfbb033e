package org.jifen.benchmark;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jifen.support.KillUnderLoad;
import org.jifen.support.ServiceProcess;
import org.jifen.support.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * What {@code WRITE_DELAY=0} in the H2 URL costs and what it saves (ADR 0050): the packaged service on a fresh H2
 * file, four clients recording events, killed with SIGKILL after about 450 answers, started again; with the URL as it
 * was before (H2's default, commits written every 500 ms) and as it is now, alternating, on the same machine in the
 * same run. A full JVM (C2, the default collector), unlike the tests' quick-start one. Not part of the build; run
 * it with {@code ./mvnw -pl web -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=H2WriteDelayBenchmark} and read {@code target/benchmark-h2-write-delay.txt}. H2 only: the PostgreSQL
 * execution skips it.
 */
class H2WriteDelayBenchmark {

    private static final int ROUNDS = 2;
    private static final int ANSWERED_BEFORE_KILL = 450;

    @Test
    void killedUnderLoadWithCommitsWrittenLaterAndAtOnce() throws Exception {
        assumeFalse(TestDatabase.isPostgres(), "a setting of H2's");
        StringBuilder report = new StringBuilder("# H2 WRITE_DELAY: killed under load (SIGKILL), "
                + KillUnderLoad.CLIENTS + " clients, ~" + ANSWERED_BEFORE_KILL + " events answered before the kill\n"
                + "| round | URL | events answered 201 | lost | events/s before the kill | jifen.mv.db after |\n"
                + "|---|---|---|---|---|---|\n");
        for (int round = 1; round <= ROUNDS; round++) {
            for (boolean delayed : new boolean[] {true, false}) {
                Path directory = ServiceProcess.freshDirectory("benchmark-write-delay-" + round + (delayed ? "-500" : "-0"));
                Path data = directory.resolve("data");
                KillUnderLoad.Outcome outcome = KillUnderLoad.run(directory, List.of("-XX:+ExitOnOutOfMemoryError"),
                        environment(data, delayed), ANSWERED_BEFORE_KILL, Duration.ofMinutes(2));
                report.append("| ").append(round).append(" | ")
                        .append(delayed ? "before: H2's default (500 ms)" : "now: WRITE_DELAY=0").append(" | ")
                        .append(outcome.answered()).append(" | ").append(outcome.lost().size()).append(" | ")
                        .append(Math.round(outcome.eventsPerSecond())).append(" | ")
                        .append(Files.size(data.resolve("jifen.mv.db")) / 1024).append(" KB |\n");
                Files.writeString(Path.of("target", "benchmark-h2-write-delay.txt"), report, StandardCharsets.UTF_8);
            }
        }
    }

    /** Before ADR 0050 the URL named no write delay, so H2 wrote commits every 500 ms; now it is the jar's own. */
    private static Map<String, String> environment(Path data, boolean delayed) throws IOException {
        Files.createDirectories(data);
        return delayed
                ? Map.of("JIFEN_DATA_DIR", data.toString(), "SPRING_DATASOURCE_URL", "jdbc:h2:file:" + data
                        + "/jifen;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
                : Map.of("JIFEN_DATA_DIR", data.toString());
    }
}
