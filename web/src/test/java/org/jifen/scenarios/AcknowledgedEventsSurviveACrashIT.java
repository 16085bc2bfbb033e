package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jifen.support.KillUnderLoad;
import org.jifen.support.ServiceDatabase;
import org.jifen.support.ServiceProcess;
import org.jifen.support.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Acknowledged means stored: the packaged service is killed with SIGKILL while four clients record events, then
 * started again on the same database. Every event answered 201 must be there with the awards it was answered with,
 * and the ledger must verify. On H2 (the embedded default, its file in {@code target/acknowledged-h2/data}) and, in
 * the PostgreSQL run, on a fresh database of the build's embedded PostgreSQL. Figures in
 * {@code target/acknowledged-{h2,postgres}.txt}.
 */
class AcknowledgedEventsSurviveACrashIT {

    private static final int ANSWERED_BEFORE_KILL = 200;

    @Test
    void everyEventAnswered201SurvivesTheServiceBeingKilledUnderLoad() throws Exception {
        String database = TestDatabase.isPostgres() ? "postgres" : "h2";
        Path directory = ServiceProcess.freshDirectory("acknowledged-" + database);

        KillUnderLoad.Outcome outcome = KillUnderLoad.run(directory, ServiceProcess.QUICK_START,
                ServiceDatabase.fresh(directory.resolve("data")), ANSWERED_BEFORE_KILL, Duration.ofSeconds(30));

        Files.writeString(Path.of("target", "acknowledged-" + database + ".txt"), "# Killed under load (SIGKILL) on "
                + database + ", " + KillUnderLoad.CLIENTS + " clients, C1-only JVM\n"
                + "events answered 201 before the kill: " + outcome.answered() + "\n"
                + "events cut off by the kill (no answer): " + outcome.inFlight() + "\n"
                + "answered 201 but missing after the restart (lost): " + outcome.lost().size() + "\n"
                + "found with another result: " + outcome.changed().size() + "\n"
                + "throughput before the kill: " + Math.round(outcome.eventsPerSecond()) + " events/s\n"
                + "ledger after the restart: " + (outcome.ledgerValid() ? "valid" : "INVALID") + ", "
                + outcome.ledgerEntries() + " entries for " + outcome.awards() + " awards answered\n"
                + "start: " + outcome.firstStart().toMillis() + " ms, restart: " + outcome.restart().toMillis()
                + " ms\n", StandardCharsets.UTF_8);
        assertThat(outcome.refused()).as("answers other than 201 under load, 200 on replay").isEmpty();
        assertThat(outcome.answered()).as("events answered before the kill").isGreaterThanOrEqualTo(50);
        assertThat(outcome.lost()).as("events answered 201 and lost in the crash").isEmpty();
        assertThat(outcome.changed()).as("events found with another result than the one answered").isEmpty();
        assertThat(outcome.ledgerValid()).as("the ledger verifies after the crash").isTrue();
        assertThat(outcome.ledgerEntries()).as("ledger entries: the awards of the events answered and retried")
                .isEqualTo(outcome.awards());
    }
}
