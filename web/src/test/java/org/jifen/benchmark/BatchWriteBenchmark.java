package org.jifen.benchmark;

import static org.jifen.support.Api.json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jifen.pilots.PilotPlans;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.TestDatabase;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Batches of 100 events over HTTP against the same rows written by raw JDBC into the same database in the same run:
 * per batch one transaction, 100 event rows and as many award rows as the service wrote, each table one JDBC batch
 * (ADR 0100). And single events from {@value #CLIENTS} clients at once over HTTP, written together by the group commit
 * (ADR 0102), against {@value #CLIENTS} raw JDBC threads writing one event with its awards a transaction. Each runs raw,
 * HTTP, HTTP, raw, so that a drift in the machine's load shows as a difference between the two of a kind. Not part
 * of the build; run it with
 * {@code ./mvnw -pl web -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=BatchWriteBenchmark}
 * (H2 and PostgreSQL) and read target/benchmark-batch-*.txt and target/benchmark-singles-*.txt.
 */
@AppTest
class BatchWriteBenchmark {

    private static final String[] TYPES = {"参加村民大会", "垃圾分类检查合格", "参加平安巡逻", "宅前屋后乱堆物", "参加志愿服务",
        "好人好事", "参加村民小组会议", "垃圾分类不合格"};
    private static final int BATCHES = 15;
    private static final int CLIENTS = 8;
    /** Single events each client sends a run. */
    private static final int SINGLES = 40;

    @Autowired
    Township township;

    @Autowired
    DataSource dataSource;

    private final AtomicInteger sequence = new AtomicInteger();
    private final AtomicLong rawId = new AtomicLong(1_000_000_000_000L);
    private final AtomicLong rawSeq = new AtomicLong();

    @Test
    void batchesOfAHundred() throws IOException, SQLException {
        String village = township.aVillage();
        List<Long> households = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            households.add(township.aHousehold(village, i % 5 == 0 ? new String[] {"党员户"} : new String[0]));
        }
        township.anActivePlan(village, PilotPlans.of("yangjiazhuang").files().toArray(new org.jifen.engine.PlanFile[0]));
        String rawVillage = township.aVillage();
        long rawHousehold = township.aHousehold(rawVillage);
        township.anActivePlan(rawVillage, PilotPlans.of("yangjiazhuang").files().toArray(new org.jifen.engine.PlanFile[0]));
        long rawVillageId = id("select id from village where code = ?", rawVillage);
        long ruleSetId = id("select id from rule_set where village_id = (select id from village where code = ?)",
                rawVillage);
        Api api = township.api();

        int[] awards = {0};
        for (int i = 0; i < 3; i++) {
            awards[0] += http(api, village, households);
        }
        int awardsPerBatch = Math.max(awards[0] / 3, 1);
        for (int i = 0; i < 3; i++) {
            raw(rawVillageId, rawHousehold, ruleSetId, awardsPerBatch);
        }

        double raw1 = rate(() -> raw(rawVillageId, rawHousehold, ruleSetId, awardsPerBatch));
        double http1 = rate(() -> http(api, village, households));
        double http2 = rate(() -> http(api, village, households));
        double raw2 = rate(() -> raw(rawVillageId, rawHousehold, ruleSetId, awardsPerBatch));

        String database = TestDatabase.isPostgres() ? "PostgreSQL (embedded)" : "H2 (in memory)";
        String report = String.format("""
                Batches of 100 events on %s, %d cores, yangjiazhuang plan, %d awards per batch, %d batches a run
                run   raw JDBC events/s   HTTP batches events/s
                1     %10.0f
                2                         %10.0f
                3                         %10.0f
                4     %10.0f
                HTTP / raw JDBC: %.1f%% (means of the two runs of each)
                """, database, Runtime.getRuntime().availableProcessors(), awardsPerBatch, BATCHES, raw1, http1, http2,
                raw2, 100 * (http1 + http2) / (raw1 + raw2));
        Files.writeString(Path.of("target", "benchmark-batch-" + (TestDatabase.isPostgres() ? "postgres" : "h2")
                + ".txt"), report);
        org.slf4j.LoggerFactory.getLogger(getClass()).warn("\n{}", report);
    }

    @Test
    void singleEventsFromEightClientsAtOnce() throws IOException, SQLException, InterruptedException {
        String village = township.aVillage();
        List<Long> households = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            households.add(township.aHousehold(village, i % 5 == 0 ? new String[] {"党员户"} : new String[0]));
        }
        township.anActivePlan(village, PilotPlans.of("yangjiazhuang").files().toArray(new org.jifen.engine.PlanFile[0]));
        String rawVillage = township.aVillage();
        long rawHousehold = township.aHousehold(rawVillage);
        township.anActivePlan(rawVillage, PilotPlans.of("yangjiazhuang").files().toArray(new org.jifen.engine.PlanFile[0]));
        long rawVillageId = id("select id from village where code = ?", rawVillage);
        long ruleSetId = id("select id from rule_set where village_id = (select id from village where code = ?)",
                rawVillage);
        Api api = township.api();
        Run warmUp = clients(() -> single(api, village, households));
        int awardsPerEvent = (int) Math.max(1, Math.round((double) warmUp.awards() / (CLIENTS * SINGLES)));
        clients(() -> raw(rawVillageId, rawHousehold, ruleSetId, 1, awardsPerEvent));

        Run raw1 = clients(() -> raw(rawVillageId, rawHousehold, ruleSetId, 1, awardsPerEvent));
        Run http1 = clients(() -> single(api, village, households));
        Run http2 = clients(() -> single(api, village, households));
        Run raw2 = clients(() -> raw(rawVillageId, rawHousehold, ruleSetId, 1, awardsPerEvent));

        String database = TestDatabase.isPostgres() ? "PostgreSQL (embedded)" : "H2 (in memory)";
        String report = String.format("""
                Single events from %d clients at once on %s, %d cores, yangjiazhuang plan, %d award(s) per event, \
                %d events per client a run; raw JDBC: one transaction per event
                run   raw JDBC events/s (p50, p99 ms)   HTTP single events/s (p50, p99 ms)
                1     %s
                2                                       %s
                3                                       %s
                4     %s
                HTTP / raw JDBC: %.1f%% (means of the two runs of each)
                """, CLIENTS, database, Runtime.getRuntime().availableProcessors(), awardsPerEvent, SINGLES, raw1,
                http1, http2, raw2, 100 * (http1.rate() + http2.rate()) / (raw1.rate() + raw2.rate()));
        Files.writeString(Path.of("target", "benchmark-singles-" + (TestDatabase.isPostgres() ? "postgres" : "h2")
                + ".txt"), report);
        org.slf4j.LoggerFactory.getLogger(getClass()).warn("\n{}", report);
    }

    /** One event over HTTP, a request of its own; the number of awards it granted. */
    private int single(Api api, String village, List<Long> households) {
        int n = sequence.incrementAndGet();
        Api.Reply reply = api.post("/api/villages/" + village + "/events", json("eventId", "single-" + n,
                "householdId", households.get(n % households.size()), "type", TYPES[n % TYPES.length],
                "occurredOn", LocalDate.of(2024, 7, 1 + n % 28).toString(), "quantity", 1 + n % 3));
        if (reply.status() != 201) {
            throw new IllegalStateException("event not recorded: " + reply);
        }
        return reply.json().at("/awards").size();
    }

    /** {@value #CLIENTS} threads each doing {@code one} {@value #SINGLES} times: the rate, latencies and awards. */
    private static Run clients(java.util.function.IntSupplier one) throws InterruptedException {
        ExecutorService threads = Executors.newFixedThreadPool(CLIENTS);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong awards = new AtomicLong();
        long start = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                running.add(threads.submit(() -> {
                    for (int i = 0; i < SINGLES; i++) {
                        long sent = System.nanoTime();
                        awards.addAndGet(one.getAsInt());
                        latencies.add(System.nanoTime() - sent);
                    }
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } catch (java.util.concurrent.ExecutionException failed) {
            throw new IllegalStateException(failed.getCause());
        } finally {
            threads.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = latencies.stream().sorted().toList();
        return new Run(CLIENTS * SINGLES / seconds, sorted.get(sorted.size() / 2) / 1e6,
                sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1) / 1e6, awards.get());
    }

    private record Run(double rate, double p50, double p99, long awards) {
        @Override
        public String toString() {
            return String.format("%10.0f (%5.1f, %6.1f)", rate, p50, p99);
        }
    }

    /** One batch of 100 events over HTTP; the number of awards it granted. */
    private int http(Api api, String village, List<Long> households) {
        List<Object> events = new ArrayList<>();
        for (int j = 0; j < 100; j++) {
            int n = sequence.incrementAndGet();
            events.add(json("eventId", "batch-" + n, "householdId", households.get(n % households.size()),
                    "type", TYPES[n % TYPES.length], "occurredOn", LocalDate.of(2024, 7, 1 + n % 28).toString(),
                    "quantity", 1 + n % 3));
        }
        Api.Reply reply = api.post("/api/villages/" + village + "/events:batch", json("events", events));
        if (reply.status() != 200 || !reply.json().at("/results").findValues("status").isEmpty()) {
            throw new IllegalStateException("batch failed: " + reply);
        }
        int awards = 0;
        for (var result : reply.json().at("/results")) {
            awards += result.at("/awards").size();
        }
        return awards;
    }

    /** The same rows by raw JDBC: 100 events a transaction, the events in one JDBC batch, the awards in another. */
    private int raw(long villageId, long household, long ruleSetId, int awards) {
        return raw(villageId, household, ruleSetId, 100, awards);
    }

    /** {@code events} event rows and {@code awards} award rows in one transaction, each table one JDBC batch. */
    private int raw(long villageId, long household, long ruleSetId, int events, int awards) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            long firstEvent = rawId.getAndAdd(events);
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into behaviour_event (id, village_id, event_id, household_id, type, occurred_on, score_month,
                    quantity, attributes, rule_set_id, rule_set_version, fingerprint, recorded_by, recorded_at, answered)
                    values (?, ?, ?, ?, ?, ?, ?, ?, '{}', ?, 1, ?, 'benchmark', ?, ?)""")) {
                for (int j = 0; j < events; j++) {
                    long id = firstEvent + j;
                    insert.setLong(1, id);
                    insert.setLong(2, villageId);
                    insert.setString(3, "raw-" + id);
                    insert.setLong(4, household);
                    insert.setString(5, TYPES[j % TYPES.length]);
                    insert.setObject(6, LocalDate.of(2024, 7, 1 + j % 28));
                    insert.setString(7, "2024-07");
                    insert.setInt(8, 1 + j % 3);
                    insert.setLong(9, ruleSetId);
                    insert.setString(10, "f".repeat(64));
                    insert.setTimestamp(11, now);
                    insert.setString(12, "{\"counted\":[2],\"month\":{\"base\":60,\"bonus\":0,\"total\":60,"
                            + "\"vetoed\":false,\"gained\":2}}");
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into award (id, village_id, household_id, score_month, source, event_row_id, event_id,
                    rule_set_id, rule_set_version, rule_set_sha256, rule, category, kind, points, created_at,
                    recorded_by, chain_seq, chain_hash) values (?, ?, ?, '2024-07', 'EVENT', ?, ?, ?, 1, ?, ?, ?,
                    'BASE', 2, ?, 'benchmark', ?, ?)""")) {
                for (int j = 0; j < awards; j++) {
                    long id = rawId.getAndIncrement();
                    insert.setLong(1, id);
                    insert.setLong(2, villageId);
                    insert.setLong(3, household);
                    insert.setLong(4, firstEvent + j % events);
                    insert.setString(5, "raw-" + (firstEvent + j % events));
                    insert.setLong(6, ruleSetId);
                    insert.setString(7, "a".repeat(64));
                    insert.setString(8, "参加村民大会");
                    insert.setString(9, "村民议事");
                    insert.setTimestamp(10, now);
                    insert.setLong(11, rawSeq.incrementAndGet());
                    insert.setString(12, "b".repeat(64));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            connection.commit();
            return awards;
        } catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
    }

    private long id(String query, String code) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(query)) {
            select.setString(1, code);
            try (var row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static double rate(Runnable batch) {
        long start = System.nanoTime();
        for (int i = 0; i < BATCHES; i++) {
            batch.run();
        }
        return BATCHES * 100 / ((System.nanoTime() - start) / 1e9);
    }
}
