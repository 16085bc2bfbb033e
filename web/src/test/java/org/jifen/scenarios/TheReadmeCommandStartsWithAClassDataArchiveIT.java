package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.jifen.support.Plans;
import org.jifen.support.ServiceProcess;
import org.jifen.support.TestDatabase;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;

/**
 * The README's command, {@code ./jifen} (ADR 0266): the first start of a build records a class-data archive of what a
 * start loads and starts with it, later starts use it as it is, and a new build is recorded again. The service it
 * starts from the extracted jar works as the packaged jar does: a village's plan is checked in a JVM of its own, and
 * an event scores. On H2 only: the command, not the database, is under test. Consoles in
 * {@code target/readme-command/*.log}.
 */
class TheReadmeCommandStartsWithAClassDataArchiveIT {

    private static final String RECORDING = "recording its class-data archive";

    @Test
    void theFirstStartOfABuildRecordsTheArchiveAndEveryStartUsesIt() throws Exception {
        assumeFalse(TestDatabase.isPostgres(), "the packaged service on its embedded database only");
        Path directory = ServiceProcess.freshDirectory("readme-command");
        Path build = Files.copy(ServiceProcess.JAR, directory.resolve("jifen.jar"));
        Path archive = directory.resolve("jifen-app").resolve("jifen.jsa");
        Map<String, String> environment = Map.of("JIFEN_JAR", build.toString(),
                "JIFEN_DATA_DIR", directory.resolve("data").toString());

        try (ServiceProcess first = ServiceProcess.startByScript(directory, "first", ServiceProcess.QUICK_START,
                environment)) {
            assertThat(first.console()).contains(RECORDING).doesNotContain("could not record");
            assertThat(first.maps(archive)).as("the first start runs with the archive it recorded").isTrue();
            Township township = Township.of(first);
            String village = township.aVillage();
            township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
            var event = township.anEvent(village, township.aHousehold(village), "参加村民大会",
                    LocalDate.now().withDayOfMonth(1).toString());
            assertThat(event.status()).as(event.toString()).isEqualTo(201);
            assertThat(event.json().at("/awards/0/points").asInt()).isEqualTo(2);
        }
        Instant recorded = Files.getLastModifiedTime(archive).toInstant();

        try (ServiceProcess again = ServiceProcess.startByScript(directory, "again", ServiceProcess.QUICK_START,
                environment)) {
            assertThat(again.console()).doesNotContain(RECORDING);
            assertThat(again.maps(archive)).as("a later start uses the archive").isTrue();
            assertThat(Files.getLastModifiedTime(archive).toInstant()).isEqualTo(recorded);
        }

        Files.setLastModifiedTime(build, FileTime.from(Instant.now().plusSeconds(60)));
        try (ServiceProcess rebuilt = ServiceProcess.startByScript(directory, "rebuilt", ServiceProcess.QUICK_START,
                environment)) {
            assertThat(rebuilt.console()).as("a new build is recorded again").contains(RECORDING);
            assertThat(rebuilt.maps(archive)).isTrue();
            assertThat(Files.getLastModifiedTime(archive).toInstant()).isAfter(recorded);
        }
    }

    /**
     * Installed where the service's user cannot write beside the jar (a package under /opt, a read-only disk), the
     * command still starts the service: as the plain jar, saying why and what to set.
     */
    @Test
    void whereItCannotKeepTheArchiveTheServiceStartsAsThePlainJar() throws Exception {
        assumeFalse(TestDatabase.isPostgres(), "the packaged service on its embedded database only");
        Path directory = ServiceProcess.freshDirectory("readme-command-read-only");
        Path build = Files.copy(ServiceProcess.JAR, directory.resolve("jifen.jar"));
        Path notADirectory = Files.writeString(directory.resolve("a-file"), "");
        Map<String, String> environment = Map.of("JIFEN_JAR", build.toString(),
                "JIFEN_APP_DIR", notADirectory.resolve("jifen-app").toString(),
                "JIFEN_DATA_DIR", directory.resolve("data").toString());

        try (ServiceProcess plain = ServiceProcess.startByScript(directory, "plain", ServiceProcess.QUICK_START,
                environment)) {
            assertThat(plain.console()).contains("starting without the class-data archive", "JIFEN_APP_DIR")
                    .doesNotContain(RECORDING);
            Township township = Township.of(plain);
            String village = township.aVillage();
            township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
            var event = township.anEvent(village, township.aHousehold(village), "参加村民大会",
                    LocalDate.now().withDayOfMonth(1).toString());
            assertThat(event.status()).as(event.toString()).isEqualTo(201);
        }
    }
}
