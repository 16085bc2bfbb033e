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
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;
import javax.sql.DataSource;
import org.jifen.engine.CompiledPlan;
import org.jifen.engine.PlanCompiler;
import org.jifen.engine.PlanFile;
import org.jifen.pilots.PilotPlans;
import org.jifen.rules.Event;
import org.jifen.rules.Household;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 13's benchmark, in one run on the embedded PostgreSQL: the engine alone; the service over HTTP at 1, 8 and 32
 * clients, single events and batches of 100, with events/s and p50/p99 per request; and raw JDBC writing the same rows
 * (an event row and as many award rows as the service granted) into the same database, one event a transaction and
 * batches of 100 a transaction, from as many threads. Each pair runs raw, HTTP, HTTP, raw, so that a drift in the
 * machine's load shows between the two of a kind; the ratio is of the means. The 杨家庄村 pilot plan (45 rules), one
 * village of 50 households, events dated July 2024. Not part of the build (skipped on H2); run it with
 * {@code ./mvnw -pl web -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=EventThroughputBenchmark}
 * and read target/benchmark-events-postgres.txt. {@code -Djifen.bench.seconds=N} sets each run's length (default 5),
 * {@code -Djifen.bench.clients=8} the numbers of clients (default 1,8,32), {@code -Djifen.bench.modes=single} the
 * kinds of request (default single,batch). A request answered 503 (no connection free
 * within the pool's timeout, nothing written) is sent again as a client would, and counted.
 */
@AppTest
@EnabledIfSystemProperty(named = "jifen.test.database", matches = "postgres",
        disabledReason = "issue 13's benchmark is measured on PostgreSQL")
class EventThroughputBenchmark {

    private static final String[] TYPES = {"参加村民大会", "垃圾分类检查合格", "参加平安巡逻", "宅前屋后乱堆物", "参加志愿服务",
        "好人好事", "参加村民小组会议", "垃圾分类不合格"};
    private static final int[] CLIENTS = java.util.Arrays.stream(System.getProperty("jifen.bench.clients", "1,8,32")
            .split(",")).mapToInt(Integer::parseInt).toArray();
    private static final List<String> MODES = List.of(System.getProperty("jifen.bench.modes", "single,batch").split(","));
    private static final double SECONDS = Double.parseDouble(System.getProperty("jifen.bench.seconds", "5"));

    @Autowired
    Township township;

    @Autowired
    DataSource dataSource;

    private final AtomicInteger sequence = new AtomicInteger();
    private final AtomicLong rawId = new AtomicLong(1_000_000_000_000L);
    private final AtomicLong rawSeq = new AtomicLong();
    /** Requests answered 503 and sent again. */
    private static final AtomicInteger unavailable = new AtomicInteger();

    @Test
    void recordingEvents() throws IOException, SQLException, InterruptedException {
        PlanFile[] pilot = PilotPlans.of("yangjiazhuang").files().toArray(new PlanFile[0]);
        String village = township.aVillage();
        List<Long> households = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            households.add(township.aHousehold(village, i % 5 == 0 ? new String[] {"党员户"} : new String[0]));
        }
        township.anActivePlan(village, pilot);
        String rawVillage = township.aVillage();
        long rawHousehold = township.aHousehold(rawVillage);
        township.anActivePlan(rawVillage, pilot);
        Raw raw = new Raw(id("select id from village where code = ?", rawVillage), rawHousehold,
                id("select id from rule_set where village_id = (select id from village where code = ?)", rawVillage),
                0);
        Api api = township.api();
        StringBuilder report = new StringBuilder(String.format(
                "Event throughput on PostgreSQL (embedded), %d cores, yangjiazhuang plan, 50 households, %.0f s a run%n",
                Runtime.getRuntime().availableProcessors(), SECONDS));
        report.append(String.format("engine alone (stateless session, one thread): %,.0f events/s  [load %s]%n%n",
                engine(), load()));

        // Warm-up (the JIT compiles for a while, longer on a busy machine), and the awards the service grants per
        // event, which the raw rows then copy.
        run(8, () -> single(api, village, households), 1);
        run(4, () -> batch(api, village, households), 100);
        Run warmSingles = run(8, () -> single(api, village, households), 1);
        Run warmBatches = run(4, () -> batch(api, village, households), 100);
        Raw rawSingle = raw.withAwards((int) Math.max(1, Math.round((double) warmSingles.awards() / warmSingles.events())));
        Raw rawBatch = raw.withAwards((int) Math.max(1, Math.round(100.0 * warmBatches.awards() / warmBatches.events())));
        for (int i = 0; i < 2; i++) {
            run(8, () -> raw(rawSingle, 1), 1);
            run(4, () -> raw(rawBatch, 100), 100);
        }
        report.append(String.format("raw JDBC rows: one event + %d award row(s) a transaction; 100 events + %d award "
                + "rows a batch transaction%n", rawSingle.awards(), rawBatch.awards()));
        report.append("mode      clients  run  path   events/s    p50 ms    p99 ms   load (1 min)  JVM CPU µs/event\n");
        List<String> ratios = new ArrayList<>();
        for (int clients : MODES.contains("single") ? CLIENTS : new int[0]) {
            ratios.add(compare(report, "single", clients, () -> raw(rawSingle, 1),
                    () -> single(api, village, households), 1));
        }
        for (int clients : MODES.contains("batch") ? CLIENTS : new int[0]) {
            ratios.add(compare(report, "batch", clients, () -> raw(rawBatch, 100),
                    () -> batch(api, village, households), 100));
        }
        report.append("\nHTTP / raw JDBC (means of the two runs of each; p99 of the worse HTTP run):\n");
        ratios.forEach(ratio -> report.append(ratio).append('\n'));
        written(report);
        LoggerFactory.getLogger(getClass()).warn("\n{}", report);
    }

    /** The report so far, in its file: a run cut short keeps what it measured. */
    private static void written(CharSequence report) {
        try {
            Files.writeString(Path.of("target", "benchmark-events-postgres.txt"), report);
        } catch (IOException failed) {
            throw new java.io.UncheckedIOException(failed);
        }
    }

    /** Raw, HTTP, HTTP, raw at this many clients: the four lines, and the ratio's line. */
    private static String compare(StringBuilder report, String mode, int clients, IntSupplier raw, IntSupplier http,
            int eventsPerRequest) throws InterruptedException {
        Run raw1 = run(clients, raw, eventsPerRequest);
        Run http1 = run(clients, http, eventsPerRequest);
        Run http2 = run(clients, http, eventsPerRequest);
        Run raw2 = run(clients, raw, eventsPerRequest);
        String line = "%-8s %8d %4d  %-5s %s%n";
        String lines = String.format(line, mode, clients, 1, "raw", raw1)
                + String.format(line, mode, clients, 2, "HTTP", http1)
                + String.format(line, mode, clients, 3, "HTTP", http2)
                + String.format(line, mode, clients, 4, "raw", raw2);
        report.append(lines);
        written(report);
        Run worst = http1.p99() > http2.p99() ? http1 : http2;
        return String.format("%-8s %2d clients: %5.1f%%   (HTTP %,.0f events/s, p99 %.1f ms; raw %,.0f events/s; "
                + "JVM CPU per event HTTP %,.0f µs, raw %,.0f µs)", mode,
                clients, 100 * (http1.rate() + http2.rate()) / (raw1.rate() + raw2.rate()),
                (http1.rate() + http2.rate()) / 2, worst.p99(), (raw1.rate() + raw2.rate()) / 2,
                (http1.cpuPerEvent() + http2.cpuPerEvent()) / 2, (raw1.cpuPerEvent() + raw2.cpuPerEvent()) / 2);
    }

    /** The engine alone on one thread: a stateless session on the compiled plan, events/s after a warm-up. */
    private static double engine() {
        CompiledPlan plan = new PlanCompiler(1000).compile(PilotPlans.of("yangjiazhuang").files());
        Household fact = new Household("1", "一组", null, 3, 2, Set.of("党员户"));
        IntSupplier fire = new IntSupplier() {
            int i;

            @Override
            public int getAsInt() {
                i++;
                return plan.fire(List.of(new Event(TYPES[i % TYPES.length], "1", LocalDate.of(2024, 7, 1 + i % 28),
                        1 + i % 3, Map.of()), fact)).size();
            }
        };
        for (int i = 0; i < 20_000; i++) {
            fire.getAsInt();
        }
        long start = System.nanoTime();
        int events = 0;
        while (System.nanoTime() - start < SECONDS * 1e9) {
            fire.getAsInt();
            events++;
        }
        return events / ((System.nanoTime() - start) / 1e9);
    }

    /** {@code clients} threads each doing {@code one} request after another for {@link #SECONDS}. */
    private static Run run(int clients, IntSupplier one, int eventsPerRequest) throws InterruptedException {
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong awards = new AtomicLong();
        unavailable.set(0);
        long cpuBefore = processCpu();
        long start = System.nanoTime();
        long end = start + (long) (SECONDS * 1e9);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(threads.submit(() -> {
                    while (System.nanoTime() < end) {
                        long sent = System.nanoTime();
                        awards.addAndGet(one.getAsInt());
                        latencies.add(System.nanoTime() - sent);
                    }
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } catch (ExecutionException failed) {
            throw new IllegalStateException(failed.getCause());
        } finally {
            threads.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long cpu = processCpu() - cpuBefore;
        List<Long> sorted = latencies.stream().sorted().toList();
        long events = (long) sorted.size() * eventsPerRequest;
        return new Run(events / seconds, sorted.get(sorted.size() / 2) / 1e6,
                sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1) / 1e6, events, awards.get(), load(),
                unavailable.getAndSet(0), cpu / 1e3 / Math.max(events, 1));
    }

    /**
     * The CPU time the whole test JVM used so far, in ns: the service, and the benchmark's own clients (HTTP or JDBC),
     * not PostgreSQL's processes. Per event it depends far less on the machine's load than a rate does.
     */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * A run: events/s, p50 and p99 of a request in ms, the events and awards written, the load average at its end, and
     * the test JVM's CPU per event in µs.
     */
    private record Run(double rate, double p50, double p99, long events, long awards, String load, int unavailable,
            double cpuPerEvent) {
        @Override
        public String toString() {
            return String.format("%9.0f %9.1f %9.1f   %-6s %9.0f%s", rate, p50, p99, load, cpuPerEvent,
                    unavailable == 0 ? "" : "  (" + unavailable + " answered 503, sent again)");
        }
    }

    /** The machine's load average over the last minute. */
    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException unknown) {
            return "?";
        }
    }

    /** One event over HTTP, a request of its own; the number of awards it granted. */
    private int single(Api api, String village, List<Long> households) {
        Api.Reply reply = untilServed(api, "/api/villages/" + village + "/events", body("single", households));
        if (reply.status() != 201) {
            throw new IllegalStateException("event not recorded: " + reply);
        }
        return reply.json().at("/awards").size();
    }

    /** One batch of 100 events over HTTP; the number of awards it granted. */
    private int batch(Api api, String village, List<Long> households) {
        List<Object> events = new ArrayList<>();
        for (int j = 0; j < 100; j++) {
            events.add(body("batch", households));
        }
        Api.Reply reply = untilServed(api, "/api/villages/" + village + "/events:batch", json("events", events));
        if (reply.status() != 200 || !reply.json().at("/results").findValues("status").isEmpty()) {
            throw new IllegalStateException("batch failed: " + reply);
        }
        int awards = 0;
        for (var result : reply.json().at("/results")) {
            awards += result.at("/awards").size();
        }
        return awards;
    }

    /** Sends again, as a client does, what was answered 503 (nothing was written: the eventIds make it safe). */
    private Api.Reply untilServed(Api api, String path, Object body) {
        Api.Reply reply = api.post(path, body);
        while (reply.status() == 503) {
            unavailable.incrementAndGet();
            reply = api.post(path, body);
        }
        return reply;
    }

    private Map<String, Object> body(String prefix, List<Long> households) {
        int n = sequence.incrementAndGet();
        return json("eventId", prefix + "-" + n, "householdId", households.get(n % households.size()),
                "type", TYPES[n % TYPES.length], "occurredOn", LocalDate.of(2024, 7, 1 + n % 28).toString(),
                "quantity", 1 + n % 3);
    }

    /** Where raw JDBC writes: its village, household and rule set, and the award rows it writes per transaction. */
    private record Raw(long village, long household, long ruleSet, int awards) {
        Raw withAwards(int awards) {
            return new Raw(village, household, ruleSet, awards);
        }
    }

    /** {@code events} event rows and the award rows in one transaction, each table one JDBC batch; the awards. */
    private int raw(Raw to, int events) {
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
                    insert.setLong(2, to.village());
                    insert.setString(3, "raw-" + id);
                    insert.setLong(4, to.household());
                    insert.setString(5, TYPES[j % TYPES.length]);
                    insert.setObject(6, LocalDate.of(2024, 7, 1 + j % 28));
                    insert.setString(7, "2024-07");
                    insert.setInt(8, 1 + j % 3);
                    insert.setLong(9, to.ruleSet());
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
                for (int j = 0; j < to.awards(); j++) {
                    long id = rawId.getAndIncrement();
                    insert.setLong(1, id);
                    insert.setLong(2, to.village());
                    insert.setLong(3, to.household());
                    insert.setLong(4, firstEvent + j % events);
                    insert.setString(5, "raw-" + (firstEvent + j % events));
                    insert.setLong(6, to.ruleSet());
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
            return to.awards();
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
}
