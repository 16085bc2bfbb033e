package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.jifen.support.hostile.RawHttp;
import org.jifen.support.hostile.RawRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * The database goes away while staff submit events, and comes back. Its own PostgreSQL on a fixed port and data
 * directory, so it can be stopped and started again under the running application (not the shared one of
 * {@code @AppTest}). The build runs it once, in the PostgreSQL execution of failsafe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jifen.admin-password=" + Township.ADMIN_PASSWORD, "jifen.data-dir=target/outage-data"})
@ContextConfiguration(initializers = DatabaseOutageIT.OwnPostgres.class)
@Import(Township.class)
@DirtiesContext
class DatabaseOutageIT {

    private static final int SUBMITTERS = 4;

    @Autowired
    Township township;

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    @AfterAll
    static void stopPostgres() {
        OwnPostgres.stop();
    }

    @Test
    void whileTheDatabaseIsAwayEventsAreRefusedWith503AndTheServiceRecoversByItselfWithNothingLostOrDoubled()
            throws Exception {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        List<Long> households = List.of(township.aHousehold(village), township.aHousehold(village),
                township.aHousehold(village), township.aHousehold(village));
        RawHttp http = new RawHttp("http://localhost:" + environment.getProperty("local.server.port"), "admin",
                Township.ADMIN_PASSWORD);
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String events = "/api/villages/" + village + "/events";

        Map<String, Integer> answered = new ConcurrentHashMap<>();
        Map<String, String> bodies = new ConcurrentHashMap<>();
        List<String> unexpected = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong stoppedAt = new AtomicLong(Long.MAX_VALUE);
        AtomicLong first503At = new AtomicLong(Long.MAX_VALUE);
        AtomicInteger sequence = new AtomicInteger();
        ExecutorService submitters = Executors.newFixedThreadPool(SUBMITTERS);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < SUBMITTERS; t++) {
            long household = households.get(t);
            done.add(submitters.submit(() -> {
                while (running.get()) {
                    String eventId = "outage-" + sequence.incrementAndGet();
                    String body = "{\"eventId\":\"" + eventId + "\",\"householdId\":" + household
                            + ",\"type\":\"参加村民大会\",\"occurredOn\":\"" + today + "\"}";
                    bodies.put(eventId, body);
                    RawHttp.Answer answer = http.send(RawRequest.json("POST", events, body, eventId));
                    answered.put(eventId, answer.status());
                    if (answer.status() == 503) {
                        first503At.accumulateAndGet(System.nanoTime(), Math::min);
                        if (answer.retryAfter().isEmpty() || !answer.isProblem()) {
                            unexpected.add(eventId + " 503 without Retry-After or problem: " + answer);
                        }
                    } else if (answer.status() != 201) {
                        unexpected.add(eventId + " → " + answer);
                    }
                }
            }));
        }

        TimeUnit.SECONDS.sleep(3);
        stoppedAt.set(System.nanoTime());
        OwnPostgres.stop();
        TimeUnit.SECONDS.sleep(6);
        RawHttp.Answer whileAway = http.send(RawRequest.json("POST", events, "{\"eventId\":\"away-1\",\"householdId\":"
                + households.get(0) + ",\"type\":\"参加村民大会\",\"occurredOn\":\"" + today + "\"}", "away-1"));
        long restartedAt = System.nanoTime();
        OwnPostgres.start();
        long upAt = System.nanoTime();
        long recoveredAt = waitForA201(http, events, households.get(0), today);
        TimeUnit.SECONDS.sleep(3);
        running.set(false);
        for (Future<?> submitter : done) {
            submitter.get(2, TimeUnit.MINUTES);
        }
        submitters.shutdown();

        assertThat(whileAway.status()).as(whileAway.toString()).isEqualTo(503);
        assertThat(whileAway.retryAfter()).as("Retry-After").isPresent();
        assertThat(whileAway.isProblem()).as(whileAway.toString()).isTrue();
        assertThat(unexpected).as("answers other than 201 and a 503 problem with Retry-After").isEmpty();
        assertThat(answered.values()).as("answers during the outage").contains(503);
        assertThat(answered.values()).as("answers before and after").contains(201);
        List<String> refused = answered.entrySet().stream().filter(e -> e.getValue() == 503).map(Map.Entry::getKey)
                .toList();
        List<String> recorded = answered.entrySet().stream().filter(e -> e.getValue() == 201)
                .map(Map.Entry::getKey).toList();
        for (String eventId : refused) {
            RawHttp.Answer replay = http.send(RawRequest.json("POST", events, bodies.get(eventId), eventId));
            assertThat(replay.status()).as("replaying " + eventId + ": " + replay).isIn(200, 201);
        }
        for (String eventId : recorded) {
            assertThat(township.api().get(events + "/" + eventId).status()).as("event answered 201: " + eventId)
                    .isEqualTo(200);
        }
        Long villageId = jdbc.queryForObject("select id from village where code = ?", Long.class, village);
        Set<String> all = new java.util.HashSet<>(refused);
        all.addAll(recorded);
        for (String eventId : all) {
            assertThat(jdbc.queryForObject("select count(*) from behaviour_event where village_id = ? and event_id = ?",
                    Long.class, villageId, eventId)).as("records of " + eventId).isEqualTo(1);
        }
        assertThat(jdbc.queryForObject("select count(*) from behaviour_event e where e.village_id = ? and not exists"
                + " (select 1 from award a where a.event_row_id = e.id)", Long.class, villageId))
                .as("recorded events without their award").isZero();
        assertThat(township.api().get("/api/villages/" + village + "/ledger/verify").json().at("/valid").asBoolean())
                .as("ledger verifies").isTrue();

        String report = "# Database outage on PostgreSQL (" + SUBMITTERS + " submitters)\n"
                + "events answered: " + answered.size() + " (201: " + recorded.size() + ", 503: " + refused.size()
                + ", other: " + (answered.size() - recorded.size() - refused.size()) + ")\n"
                + "first 503 after stop: " + millis(first503At.get() - stoppedAt.get()) + " ms\n"
                + "database start took: " + millis(upAt - restartedAt) + " ms\n"
                + "first 201 after restart began: " + millis(recoveredAt - restartedAt) + " ms ("
                + millis(recoveredAt - upAt) + " ms after it accepted connections)\n"
                + "503 replayed: " + refused.size() + ", each recorded exactly once\n";
        Files.writeString(Path.of("target", "outage-postgres.txt"), report, StandardCharsets.UTF_8);
        assertThat(first503At.get() - stoppedAt.get()).as("time to the first 503")
                .isLessThan(TimeUnit.SECONDS.toNanos(10));
        assertThat(recoveredAt - upAt).as("time to recover once the database is up")
                .isLessThan(TimeUnit.SECONDS.toNanos(30));
    }

    private static long waitForA201(RawHttp http, String events, long household, String today)
            throws InterruptedException {
        for (int attempt = 0; attempt < 300; attempt++) {
            RawHttp.Answer answer = http.send(RawRequest.json("POST", events, "{\"eventId\":\"back-" + attempt
                    + "\",\"householdId\":" + household + ",\"type\":\"参加村民大会\",\"occurredOn\":\"" + today
                    + "\"}", "back-" + attempt));
            if (answer.status() == 201) {
                return System.nanoTime();
            }
            assertThat(answer.status()).as("while recovering: " + answer).isEqualTo(503);
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new AssertionError("the service did not record an event within 300 attempts after the restart");
    }

    private static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    /** A PostgreSQL of this test only, on a fixed port and data directory so that it can come back as it was. */
    static final class OwnPostgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        private static final Path DATA = Path.of("target", "outage-postgres");
        private static int port;
        private static EmbeddedPostgres running;

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            start();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("outage-database", Map.of(
                    "spring.datasource.url", running.getJdbcUrl("postgres", "postgres"),
                    "spring.datasource.username", "postgres", "spring.datasource.password", "postgres")));
        }

        static synchronized void start() {
            try {
                if (port == 0) {
                    deleteRecursively(DATA);
                    try (ServerSocket free = new ServerSocket(0)) {
                        port = free.getLocalPort();
                    }
                }
                running = EmbeddedPostgres.builder().setPort(port).setDataDirectory(DATA.toFile())
                        .setCleanDataDirectory(false).start();
            } catch (IOException cannotStart) {
                throw new UncheckedIOException(cannotStart);
            }
        }

        static synchronized void stop() {
            if (running != null) {
                try {
                    running.close();
                } catch (IOException cannotStop) {
                    throw new UncheckedIOException(cannotStop);
                }
                running = null;
            }
        }

        private static void deleteRecursively(Path path) throws IOException {
            if (Files.exists(path)) {
                try (var walk = Files.walk(path)) {
                    for (Path each : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(each);
                    }
                }
            }
        }
    }
}
