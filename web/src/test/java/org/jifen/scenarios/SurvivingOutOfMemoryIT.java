package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jifen.integrity.Sha256;
import org.jifen.support.Api;
import org.jifen.support.H2FatalClose;
import org.jifen.support.Plans;
import org.jifen.support.ServiceProcess;
import org.jifen.support.TestDatabase;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The service survives running out of memory: it never goes on answering from a broken state. The packaged
 * service, on a heap too small for what staff ask of it, runs out of memory for real (many 5 MB photos opened at
 * once) and, started as operators are told to, with {@code -XX:+ExitOnOutOfMemoryError}, ends. Started again
 * without the flag, it serves everything as before and its health says WARNING. Its embedded H2 database is then
 * closed under it as H2 closes it after a fatal error, and it ends by itself; started again, it serves. On H2 only:
 * the embedded database is the one that can close under the service (PostgreSQL going away is
 * {@link DatabaseOutageIT}). Consoles in {@code target/out-of-memory/*.log}.
 */
class SurvivingOutOfMemoryIT {

    /** What the JVM returns after -XX:+ExitOnOutOfMemoryError. */
    private static final int OUT_OF_MEMORY_EXIT = 3;
    private static final int PHOTO_BYTES = 5_000_000;
    private static final int OPENED_AT_ONCE = 40;

    @Test
    void outOfMemoryOrWithItsDatabaseClosedTheServiceEndsAndStartedAgainItServes() throws Exception {
        assumeFalse(TestDatabase.isPostgres(), "the embedded H2 database only (web/pom.xml excludes the PostgreSQL run)");
        Path directory = ServiceProcess.freshDirectory("out-of-memory");
        Path data = directory.resolve("data");
        Map<String, String> environment = Map.of("JIFEN_DATA_DIR", data.toString());
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String village;
        JsonNode event;
        JsonNode photo;

        // The JVM's default collector (G1), as operators run it, not the quick-start one: on a heap this small a
        // 5 MB photo takes regions of its own, and a burst of them finds no room.
        try (ServiceProcess small = ServiceProcess.start(directory, "small-heap",
                List.of("-XX:TieredStopAtLevel=1", "-Xmx160m", "-XX:+ExitOnOutOfMemoryError"), environment)) {
            Township township = Township.of(small);
            JsonNode health = township.api().get("/actuator/health").json();
            assertThat(health.at("/status").asString()).as(health.toString()).isEqualTo("UP");
            assertThat(health.at("/components/memory/details/onOutOfMemory").asString())
                    .startsWith("-XX:+ExitOnOutOfMemoryError");
            village = township.aVillage();
            township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
            event = township.anEvent(village, township.aHousehold(village), "参加村民大会", today).json();
            Api.Reply attached = township.api().multipart("/api/villages/" + village + "/events/"
                    + event.at("/eventId").asString() + "/evidence", List.of(Api.Part.file("file", "签到表.jpg",
                    "image/jpeg", jpeg())));
            assertThat(attached.status()).as(attached.toString()).isEqualTo(201);
            photo = attached.json();

            openAtOnceUntilItEnds(small, photo.at("/download").asString());

            assertThat(small.awaitExit(Duration.ofSeconds(30))).as("exit status").isEqualTo(OUT_OF_MEMORY_EXIT);
            assertThat(small.console()).contains("Terminating due to java.lang.OutOfMemoryError");
        }

        try (ServiceProcess withoutTheFlag = ServiceProcess.start(directory, "without-the-flag", options(),
                environment)) {
            Township township = Township.of(withoutTheFlag);
            servesAsBefore(township.api(), village, event, photo);
            Api.Reply health = township.api().anonymous().get("/actuator/health");
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.text("/status")).as(health.toString()).isEqualTo("WARNING");
            assertThat(health.text("/components/memory/status")).isEqualTo("WARNING");
            assertThat(health.json().at("/components/memory/details").isMissingNode()).as("details for staff only")
                    .isTrue();
            assertThat(township.api().get("/actuator/health").text("/components/memory/details/problem"))
                    .contains("-XX:+ExitOnOutOfMemoryError");
            assertThat(withoutTheFlag.console()).contains("The JVM was started without -XX:+ExitOnOutOfMemoryError");

            H2FatalClose.inside(withoutTheFlag, data);

            healthSaysDownWhileItEnds(township.api().anonymous());
            assertThat(withoutTheFlag.awaitExit(Duration.ofSeconds(60))).as("exit status").isEqualTo(1);
            assertThat(withoutTheFlag.console()).contains("The embedded H2 database was closed under the running service");
        }

        try (ServiceProcess restarted = ServiceProcess.start(directory, "restarted",
                options("-XX:+ExitOnOutOfMemoryError"), environment)) {
            Township township = Township.of(restarted);
            servesAsBefore(township.api(), village, event, photo);
            assertThat(township.api().anonymous().get("/actuator/health").text("/status")).isEqualTo("UP");
            assertThat(township.api().get("/api/villages/" + village + "/ledger/verify").json().at("/valid")
                    .asBoolean()).isTrue();
            township.anEvent(village, township.aHousehold(village), "参加村民大会", today);
        }
    }

    private static List<String> options(String... more) {
        return Stream.concat(ServiceProcess.QUICK_START.stream(), Stream.of(more)).toList();
    }

    /** Staff open the same photo many at once, again and again, until the service ends (or a minute passes). */
    private static void openAtOnceUntilItEnds(ServiceProcess service, String download) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest open = HttpRequest.newBuilder(URI.create(service.base() + download))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:"
                        + Township.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(30)).build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (service.isAlive() && System.nanoTime() < deadline) {
            List<CompletableFuture<?>> wave = new ArrayList<>();
            for (int i = 0; i < OPENED_AT_ONCE; i++) {
                wave.add(http.sendAsync(open, HttpResponse.BodyHandlers.discarding()).exceptionally(failed -> null));
            }
            CompletableFuture.allOf(wave.toArray(CompletableFuture[]::new)).join();
        }
        TimeUnit.MILLISECONDS.sleep(100);
    }

    private static void servesAsBefore(Api api, String village, JsonNode event, JsonNode photo) {
        assertThat(api.get("/api/villages/" + village + "/events/" + event.at("/eventId").asString()).json())
                .isEqualTo(event);
        Api.Download downloaded = api.fetch(photo.at("/download").asString());
        assertThat(downloaded.status()).isEqualTo(200);
        assertThat(Sha256.hex(downloaded.body())).isEqualTo(photo.at("/sha256").asString());
    }

    /** Right after H2 closed the database, health is DOWN; moments later the process is gone. */
    private static void healthSaysDownWhileItEnds(Api anonymous) {
        try {
            Api.Reply health = anonymous.get("/actuator/health");
            assertThat(health.status()).as(health.toString()).isEqualTo(503);
            assertThat(health.text("/components/embeddedDatabase/status")).as(health.toString()).isEqualTo("DOWN");
        } catch (UncheckedIOException alreadyGone) {
            // The watchdog's own check came first and the process no longer listens: that is the point too.
        }
    }

    private static byte[] jpeg() {
        byte[] bytes = new byte[PHOTO_BYTES];
        new Random(7).nextBytes(bytes);
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        return bytes;
    }
}
