package org.jifen.benchmark;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jifen.support.KillUnderLoad;
import org.jifen.support.ServiceProcess;
import org.jifen.support.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * What {@code WRITE_DELAY=0} in the H2 URL costs and what it saves (ADR 0050). First H2 alone, as the baseline: how
 * many commits a second, and how large the file grows. Then the packaged service on a fresh H2
 * file, four clients recording events, killed with SIGKILL after about 450 answers, started again; with the URL as it
 * was before (H2's default, commits written every 500 ms) and as it is now, in the order before-now-now-before, on the
 * same machine in the same run. A full JVM (C2, the default collector), unlike the tests' quick-start one. Not part of the build; run
 * it with {@code ./mvnw -pl web -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=H2WriteDelayBenchmark} and read {@code target/benchmark-h2-alone.txt} and
 * {@code target/benchmark-h2-write-delay.txt}. H2 only: the PostgreSQL execution skips it.
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
            // before, now; then now, before: a machine getting busier or quieter favours neither
            for (boolean delayed : round % 2 == 1 ? new boolean[] {true, false} : new boolean[] {false, true}) {
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

    /**
     * The same two settings on H2 alone, without the service: four threads, each inserting a row and committing,
     * 2,000 times; the file's size before it is closed (H2 compacts it on closing). Second round warmed up.
     */
    @Test
    void commitsOfH2Alone() throws Exception {
        assumeFalse(TestDatabase.isPostgres(), "a setting of H2's");
        StringBuilder report = new StringBuilder("# H2 alone: 4 threads x 2,000 commits of one row each\n"
                + "| round | WRITE_DELAY | commits/s | file before closing |\n|---|---|---|---|\n");
        for (int round = 1; round <= ROUNDS; round++) {
            for (int delay : round % 2 == 1 ? new int[] {500, 0} : new int[] {0, 500}) {
                Path directory = ServiceProcess.freshDirectory("benchmark-h2-alone-" + round + "-" + delay);
                String url = "jdbc:h2:file:" + directory.resolve("alone") + ";WRITE_DELAY=" + delay;
                try (Connection owner = DriverManager.getConnection(url, "sa", "");
                        Statement schema = owner.createStatement()) {
                    schema.execute("create table event(id bigint generated always as identity primary key, "
                            + "event_id varchar(64) not null, household bigint not null)");
                    schema.execute("create index event_household on event(household)");
                    long began = System.nanoTime();
                    ExecutorService threads = Executors.newFixedThreadPool(4);
                    List<Future<?>> done = new ArrayList<>();
                    for (int thread = 0; thread < 4; thread++) {
                        long household = thread;
                        done.add(threads.submit(() -> insertAndCommit(url, household, 2_000)));
                    }
                    for (Future<?> each : done) {
                        each.get();
                    }
                    threads.shutdown();
                    double seconds = (System.nanoTime() - began) / 1e9;
                    report.append("| ").append(round).append(" | ").append(delay).append(" ms | ")
                            .append(Math.round(8_000 / seconds)).append(" | ")
                            .append(Files.size(directory.resolve("alone.mv.db")) / 1024).append(" KB |\n");
                }
            }
        }
        Files.writeString(Path.of("target", "benchmark-h2-alone.txt"), report, StandardCharsets.UTF_8);
    }

    private static Void insertAndCommit(String url, long household, int times) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                PreparedStatement insert = connection.prepareStatement(
                        "insert into event(event_id, household) values (?, ?)")) {
            connection.setAutoCommit(false);
            for (int i = 0; i < times; i++) {
                insert.setString(1, "e-" + household + "-" + i);
                insert.setLong(2, household);
                insert.executeUpdate();
                connection.commit();
            }
        }
        return null;
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
