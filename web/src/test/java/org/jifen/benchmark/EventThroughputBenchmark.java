package org.jifen.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.IntSupplier;
import javax.sql.DataSource;
import org.jifen.engine.CompiledPlan;
import org.jifen.engine.PlanCompiler;
import org.jifen.engine.PlanFile;
import org.jifen.pilots.PilotPlans;
import org.jifen.rules.Event;
import org.jifen.rules.Household;
import org.jifen.support.TestDatabase;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * Issue 13's benchmark, in one run on the embedded PostgreSQL: the engine alone; the service over HTTP at 1, 8 and 32
 * clients, single events and batches of 100, with events/s and p50/p99 per request; and raw JDBC writing the same rows
 * (an event row and as many award rows as the service granted) into the same database, one event a transaction and
 * batches of 100 a transaction, from as many threads; and the floor ({@link FloorEndpoint}): the same requests
 * through the same HTTP stack to an address that writes only raw JDBC's rows, the most any service on this stack could
 * reach here. Each kind runs raw, HTTP, floor, floor, HTTP, raw, so that a drift in the machine's load shows between
 * the two of a kind; the ratios are of the means. The 杨家庄村 pilot plan (45 rules), one village of 800
 * households, 20 events a household's month ({@link LoadDriver}); {@code -Djifen.bench.villages=8} shares them out
 * among 8 villages, each client sending to one. Not part of the build (skipped on H2); run it with
 * {@code ./mvnw -pl web -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=EventThroughputBenchmark}
 * and read target/benchmark-events-postgres.txt. {@code -Djifen.bench.seconds=N} sets each run's length (default 5),
 * {@code -Djifen.bench.clients=8} the numbers of clients (default 1,8,32), {@code -Djifen.bench.modes=single} the
 * kinds of request (default single,batch). A request answered 503 (no connection free
 * within the pool's timeout, nothing written) is sent again as a client would, and counted.
 *
 * <p>What is measured is the service's steady state (ADR 0241): the HTTP clients run in a JVM of their own
 * ({@link LoadDriver}), so that this JVM's CPU per event is the service's; before the first measured run, rounds of
 * every measured kind of request, HTTP and raw, run until the JIT compilers of each JVM took less than
 * {@code -Djifen.bench.warmup.jit} (default 0.05) of the service JVM's CPU, or for at most
 * {@code -Djifen.bench.warmup.max} seconds (default 240); each run then says what the compilers still spent, this
 * JVM's CPU per event without them, and its request threads' CPU per event. The
 * service runs without the full-application tests' statement counter ({@code Statements}, a proxy over every JDBC
 * call), which the packaged service does not have.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jifen.admin-password=" + Township.ADMIN_PASSWORD, "jifen.data-dir=target/test-data",
            "jifen.plans.check.isolated=false"})
@ContextConfiguration(initializers = TestDatabase.class)
@Import({Township.class, RawRows.class, FloorEndpoint.class})
@EnabledIfSystemProperty(named = "jifen.test.database", matches = "postgres",
        disabledReason = "issue 13's benchmark is measured on PostgreSQL")
class EventThroughputBenchmark {

    private static final int[] CLIENTS = java.util.Arrays.stream(System.getProperty("jifen.bench.clients", "1,8,32")
            .split(",")).mapToInt(Integer::parseInt).toArray();
    private static final List<String> MODES = List.of(System.getProperty("jifen.bench.modes", "single,batch").split(","));
    private static final double SECONDS = Double.parseDouble(System.getProperty("jifen.bench.seconds", "5"));
    /** The share of the service JVM's CPU each JVM's compilers may still take in a warm-up round for it to be steady. */
    private static final double STEADY = Double.parseDouble(System.getProperty("jifen.bench.warmup.jit", "0.05"));
    private static final double WARM_UP_AT_MOST = Double.parseDouble(System.getProperty("jifen.bench.warmup.max",
            "240"));
    /** The village's households: issue 13's pilot village (800); events go to each in turn. */
    private static final int HOUSEHOLDS = Integer.getInteger("jifen.bench.households", 800);
    /**
     * The villages the service's events go to, the households shared out among them, each client in a run sending to
     * one village (default 1, issue 13's case: every client queues for the one village's chain head).
     */
    private static final int VILLAGES = Integer.getInteger("jifen.bench.villages", 1);
    /** Each kind of request in a warm-up round, HTTP and raw, runs this long. */
    private static final double ROUND = 2;

    @Autowired
    Township township;

    @Autowired
    DataSource dataSource;

    @Autowired
    RawRows rawRows;

    @Test
    void recordingEvents() throws Exception {
        PlanFile[] pilot = PilotPlans.of("yangjiazhuang").files().toArray(new PlanFile[0]);
        Map<String, List<Long>> villages = new LinkedHashMap<>();
        for (int v = 0; v < VILLAGES; v++) {
            String village = township.aVillage();
            List<Long> households = new ArrayList<>();
            for (int i = v; i < HOUSEHOLDS; i += VILLAGES) {
                households.add(township.aHousehold(village, i % 5 == 0 ? new String[] {"党员户"} : new String[0]));
            }
            township.anActivePlan(village, pilot);
            villages.put(village, households);
        }
        // raw JDBC's rows go to a village of its own with as many households, in the same turns (RawRows)
        String rawVillage = township.aVillage();
        List<Long> rawHouseholds = new ArrayList<>();
        for (int i = 0; i < HOUSEHOLDS; i++) {
            rawHouseholds.add(township.aHousehold(rawVillage));
        }
        township.anActivePlan(rawVillage, pilot);
        RawRows.Target raw = new RawRows.Target(id("select id from village where code = ?", rawVillage), rawHouseholds,
                id("select id from rule_set where village_id = (select id from village where code = ?)", rawVillage),
                0);
        StringBuilder report = new StringBuilder(String.format(
                "Event throughput on PostgreSQL (embedded), %d cores, yangjiazhuang plan, %d households in %d "
                + "village(s), %d events a household's month, %.0f s a run%n", Runtime.getRuntime().availableProcessors(),
                HOUSEHOLDS, VILLAGES, LoadDriver.EVENTS_A_HOUSEHOLD_MONTH, SECONDS));
        report.append(String.format("engine alone (stateless session, one thread): %,.0f events/s  [load %s]%n",
                engine(), load()));
        try (Driver driver = Driver.start(township.api().base(), villages)) {
            RawRows.Target[] rows = warmUp(driver, raw, report);
            RawRows.Target rawSingle = rows[0];
            RawRows.Target rawBatch = rows[1];
            // Only the kinds measured: an unmeasured kind's award rows were never learnt from the service's answers.
            List<String> rawRowsOf = new ArrayList<>();
            if (MODES.contains("single")) {
                rawRowsOf.add("one event + " + rawSingle.awards() + " award row(s) a transaction");
            }
            if (MODES.contains("batch")) {
                rawRowsOf.add("100 events + " + rawBatch.awards() + " award rows a batch transaction");
            }
            report.append("raw JDBC rows: ").append(String.join("; ", rawRowsOf)).append('\n');
            report.append("mode      clients  run  path   events/s    p50 ms    p99 ms   load (1 min)  "
                    + "JVM CPU µs/event   JIT ms  JIT % of CPU  without JIT  request threads  PostgreSQL CPU\n");
            List<String> ratios = new ArrayList<>();
            for (int clients : MODES.contains("single") ? CLIENTS : new int[0]) {
                ratios.add(compare(report, "single", clients, () -> raw(rawSingle, 1, clients, SECONDS),
                        () -> driver.run("single", clients, SECONDS),
                        () -> driver.run("floor-single", clients, SECONDS)));
            }
            for (int clients : MODES.contains("batch") ? CLIENTS : new int[0]) {
                ratios.add(compare(report, "batch", clients, () -> raw(rawBatch, 100, clients, SECONDS),
                        () -> driver.run("batch", clients, SECONDS),
                        () -> driver.run("floor-batch", clients, SECONDS)));
            }
            report.append("\nHTTP / raw JDBC (means of the two runs of each; p99 of the worse HTTP run; "
                    + "the load driver's own CPU apart), and the floor's (the same requests, raw JDBC's rows):\n");
            ratios.forEach(ratio -> report.append(ratio).append('\n'));
        }
        written(report);
        LoggerFactory.getLogger(getClass()).warn("\n{}", report);
    }

    /**
     * Rounds of every measured kind of request (HTTP from 8 clients for single events, 4 for batches; raw JDBC the
     * same) until the JIT compilers of this JVM and of the load driver each took less than {@link #STEADY} of this
     * JVM's CPU in a round (their compile time per second of the round where the compiler threads' CPU is unknown),
     * or {@link #WARM_UP_AT_MOST} seconds passed; the first round's HTTP answers give the awards per event the raw rows
     * copy. Returns the raw rows for a single event and for a batch.
     */
    private RawRows.Target[] warmUp(Driver driver, RawRows.Target raw, StringBuilder report) throws Exception {
        long began = System.nanoTime();
        RawRows.Target[] rows = null;
        List<String> trail = new ArrayList<>();
        boolean steady = false;
        while (!steady && (System.nanoTime() - began) / 1e9 < WARM_UP_AT_MOST) {
            ThisJvm before = ThisJvm.now();
            ThisJvm driverBefore = driver.spent;
            long roundBegan = System.nanoTime();
            Outcome single = MODES.contains("single") ? driver.run("single", 8, ROUND) : null;
            Outcome batch = MODES.contains("batch") ? driver.run("batch", 4, ROUND) : null;
            if (rows == null) {
                rows = new RawRows.Target[] {raw.withAwards(single == null ? 1 : (int) Math.max(1,
                        Math.round((double) single.sample().awards() / single.sample().events()))),
                    raw.withAwards(batch == null ? 1 : (int) Math.max(1,
                        Math.round(100.0 * batch.sample().awards() / batch.sample().events())))};
                rawRows.aim(rows[0], rows[1]);
            }
            if (single != null) {
                raw(rows[0], 1, 8, ROUND);
                driver.run("floor-single", 8, ROUND);
            }
            if (batch != null) {
                raw(rows[1], 100, 4, ROUND);
                driver.run("floor-batch", 4, ROUND);
            }
            double roundMs = (System.nanoTime() - roundBegan) / 1e6;
            ThisJvm spent = ThisJvm.now().since(before);
            double service = compiling(spent, spent, roundMs);
            double client = compiling(driver.spent.since(driverBefore), spent, roundMs);
            trail.add(String.format("%.0f/%.0f", 100 * service, 100 * client));
            steady = service < STEADY && client < STEADY;
        }
        report.append(String.format("warm-up: %.0f s, %d rounds, %s; each round's compiler threads' CPU, in %% of "
                + "the service JVM's CPU (service/load driver): %s%n%n", (System.nanoTime() - began) / 1e9, trail.size(), steady
                ? String.format("steady (both below %.0f%%)", 100 * STEADY)
                : String.format("NOT steady within %.0f s (steady: both below %.0f%%)", WARM_UP_AT_MOST,
                        100 * STEADY), String.join(", ", trail)));
        written(report);
        return rows;
    }

    /**
     * A JVM's compiler threads' CPU as a share of the service JVM's (the driver's own CPU is small, so its compilers
     * are weighed against the service's work they take a core from), or where unknown its compile time per ms of the
     * round.
     */
    private static double compiling(ThisJvm spent, ThisJvm service, double roundMs) {
        return spent.jitCpuNs() < 0 ? spent.compileMs() / roundMs
                : (double) spent.jitCpuNs() / Math.max(service.cpuNs(), 1);
    }

    /** The report so far, in its file: a run cut short keeps what it measured. */
    private static void written(CharSequence report) {
        try {
            Files.writeString(Path.of("target", "benchmark-events-postgres.txt"), report);
        } catch (IOException failed) {
            throw new java.io.UncheckedIOException(failed);
        }
    }

    /**
     * Raw, HTTP, floor, floor, HTTP, raw at this many clients: the six lines, and the ratios' line; with
     * {@code -Djifen.bench.statements=true}, the database's statements of each path (PostgresStatements) after them.
     */
    private String compare(StringBuilder report, String mode, int clients, Callable<Outcome> raw,
            Callable<Outcome> http, Callable<Outcome> floor) throws Exception {
        PostgresStatements statements = new PostgresStatements(dataSource);
        statements.reset();
        Run raw1 = measured(raw);
        String rawStatements = statements.top(mode + ", raw JDBC, " + clients + " clients, first run", raw1.sample().events(), 6);
        statements.reset();
        Run http1 = measured(http);
        String httpStatements = statements.top(mode + ", HTTP, " + clients + " clients, first run",
                http1.sample().events(), 20);
        Run floor1 = measured(floor);
        Run floor2 = measured(floor);
        Run http2 = measured(http);
        Run raw2 = measured(raw);
        String line = "%-8s %8d %4d  %-5s %s%n";
        String lines = String.format(line, mode, clients, 1, "raw", raw1)
                + String.format(line, mode, clients, 2, "HTTP", http1)
                + String.format(line, mode, clients, 3, "floor", floor1)
                + String.format(line, mode, clients, 4, "floor", floor2)
                + String.format(line, mode, clients, 5, "HTTP", http2)
                + String.format(line, mode, clients, 6, "raw", raw2);
        report.append(lines).append(httpStatements).append(rawStatements);
        written(report);
        Run worst = http1.sample().p99() > http2.sample().p99() ? http1 : http2;
        double rawRate = (raw1.sample().rate() + raw2.sample().rate()) / 2;
        double httpRate = (http1.sample().rate() + http2.sample().rate()) / 2;
        double floorRate = (floor1.sample().rate() + floor2.sample().rate()) / 2;
        return String.format("%-8s %2d clients: %5.1f%%   (HTTP %,.0f events/s, p99 %.1f ms; raw %,.0f events/s; "
                + "service JVM CPU per event HTTP %,.0f µs (without JIT %,.0f, request threads %,.0f), raw %,.0f µs; "
                + "PostgreSQL CPU per event HTTP %,.0f µs, raw %,.0f µs; load driver %,.0f µs)%n"
                + "%20s floor / raw %5.1f%%, HTTP / floor %5.1f%%   (floor %,.0f events/s, p99 %.1f ms; request "
                + "threads %,.0f µs, PostgreSQL %,.0f µs, load driver %,.0f µs per event)", mode,
                clients, 100 * httpRate / rawRate, httpRate, worst.sample().p99(), rawRate,
                (http1.cpuPerEvent() + http2.cpuPerEvent()) / 2,
                (http1.cpuPerEventWithoutJit() + http2.cpuPerEventWithoutJit()) / 2,
                (http1.requestCpuPerEvent() + http2.requestCpuPerEvent()) / 2,
                (raw1.cpuPerEvent() + raw2.cpuPerEvent()) / 2,
                (http1.databaseCpuPerEvent() + http2.databaseCpuPerEvent()) / 2,
                (raw1.databaseCpuPerEvent() + raw2.databaseCpuPerEvent()) / 2,
                (http1.clientCpuPerEvent() + http2.clientCpuPerEvent()) / 2,
                "", 100 * floorRate / rawRate, 100 * httpRate / floorRate, floorRate,
                Math.max(floor1.sample().p99(), floor2.sample().p99()),
                (floor1.requestCpuPerEvent() + floor2.requestCpuPerEvent()) / 2,
                (floor1.databaseCpuPerEvent() + floor2.databaseCpuPerEvent()) / 2,
                (floor1.clientCpuPerEvent() + floor2.clientCpuPerEvent()) / 2);
    }

    /** A run, with what this JVM (the service, and raw JDBC's threads) spent meanwhile. */
    private static Run measured(Callable<Outcome> run) throws Exception {
        ThisJvm before = ThisJvm.now();
        long database = PostgresCpu.nanos();
        Outcome outcome = run.call();
        ThisJvm spent = ThisJvm.now().since(before);
        return new Run(outcome.sample(), load(), outcome.unavailable(), spent, outcome.clientCpuNs(),
                PostgresCpu.nanos() - database);
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
                return plan.fire(List.of(new Event(LoadDriver.TYPES[i % LoadDriver.TYPES.length], "1", LocalDate.of(2024, 7, 1 + i % 28),
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

    /** What a run's clients saw, the requests answered 503 and sent again, and the clients' own CPU (-1: in this JVM). */
    private record Outcome(ClosedLoop.Sample sample, int unavailable, long clientCpuNs) {
    }

    /**
     * A measured run: what its clients saw, the load average at its end, and what this JVM spent meanwhile: its CPU
     * per event in µs (the service's alone for HTTP, the raw threads' for raw JDBC), the JIT compilers' time in ms and
     * their share of the CPU.
     */
    private record Run(ClosedLoop.Sample sample, String load, int unavailable, ThisJvm spent, long clientCpuNs,
            long databaseCpuNs) {

        double databaseCpuPerEvent() {
            return databaseCpuNs / 1e3 / Math.max(sample.events(), 1);
        }

        double cpuPerEvent() {
            return spent.cpuNs() / 1e3 / Math.max(sample.events(), 1);
        }

        /** The same without the compiler threads' CPU; NaN where that is unknown. */
        double cpuPerEventWithoutJit() {
            return spent.jitCpuNs() < 0 ? Double.NaN
                    : (spent.cpuNs() - spent.jitCpuNs()) / 1e3 / Math.max(sample.events(), 1);
        }

        double requestCpuPerEvent() {
            return spent.requestCpuNs() / 1e3 / Math.max(sample.events(), 1);
        }

        double clientCpuPerEvent() {
            return clientCpuNs / 1e3 / Math.max(sample.events(), 1);
        }

        @Override
        public String toString() {
            return String.format("%9.0f %9.1f %9.1f   %-6s %17.0f %8d %12.1f%% %12.0f %16.0f %14.0f%s", sample.rate(),
                    sample.p50(), sample.p99(), load, cpuPerEvent(), spent.compileMs(), spent.jitShare(),
                    cpuPerEventWithoutJit(), requestCpuPerEvent(), databaseCpuPerEvent(),
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

    /** The load driver's process: started on the test class path, fed one command a line, read one result a line. */
    private static final class Driver implements AutoCloseable {

        private static final Path LOG = Path.of("target", "benchmark-load-driver.log");
        private final Process process;
        private final java.io.BufferedWriter commands;
        private final java.io.BufferedReader results;
        /** What the driver's JVM had spent at its last answer. */
        private ThisJvm spent = new ThisJvm(0, 0, 0, 0);

        private Driver(Process process) {
            this.process = process;
            this.commands = process.outputWriter(java.nio.charset.StandardCharsets.UTF_8);
            this.results = process.inputReader(java.nio.charset.StandardCharsets.UTF_8);
        }

        static Driver start(String base, Map<String, List<Long>> villages) throws IOException {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-XX:+UseSerialGC",
                    "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                    LoadDriver.class.getName(), base, "admin", Township.ADMIN_PASSWORD));
            villages.forEach((village, households) -> command.add(village + "=" + households.stream()
                    .map(String::valueOf).collect(java.util.stream.Collectors.joining(","))));
            return new Driver(new ProcessBuilder(command).redirectError(LOG.toFile()).start());
        }

        /** One run of {@code clients} HTTP clients sending single events or batches for this long. */
        Outcome run(String mode, int clients, double seconds) throws IOException {
            commands.write(mode + " " + clients + " " + seconds + "\n");
            commands.flush();
            for (String line = results.readLine(); line != null; line = results.readLine()) {
                if (line.startsWith("RESULT ")) {
                    String[] fields = line.split(" ");
                    ThisJvm now = new ThisJvm(Long.parseLong(fields[7]), Long.parseLong(fields[8]),
                            Long.parseLong(fields[9]), 0);
                    Outcome outcome = new Outcome(ClosedLoop.Sample.parse(fields, 1), Integer.parseInt(fields[6]),
                            now.cpuNs() - spent.cpuNs());
                    spent = now;
                    return outcome;
                }
            }
            throw new IllegalStateException("the load driver ended; see " + LOG.toAbsolutePath());
        }

        @Override
        public void close() throws IOException, InterruptedException {
            try {
                commands.write("quit\n");
                commands.flush();
            } catch (IOException ended) {
                // it has ended already
            }
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** {@code clients} threads writing raw rows, {@code events} a transaction, for this long. */
    private Outcome raw(RawRows.Target to, int events, int clients, double seconds) throws InterruptedException {
        return new Outcome(ClosedLoop.run(clients, seconds, () -> rawRows.write(to, events), events), 0, -1);
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
