package org.jifen.benchmark;

import static org.jifen.support.Api.json;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.jifen.support.Api;

/**
 * The event benchmark's HTTP clients, in a JVM of their own (as an outside load tool would be), so that the service's
 * JVM spends its CPU on the service alone. {@link EventThroughputBenchmark} starts it on the test class path and
 * drives it through standard input, one command a line: {@code single <clients> <seconds>} or {@code batch <clients>
 * <seconds>}, or the same to the benchmark's floor ({@link FloorEndpoint}) as {@code floor-single} or
 * {@code floor-batch}; it answers each with one line {@code RESULT} followed by the run's figures
 * ({@link ClosedLoop.Sample#line}), the requests answered 503 and sent again, and its own CPU, compile time and
 * compiler threads' CPU so far ({@link ThisJvm}); {@code quit} ends it.
 *
 * <p>Arguments: the service's base address, a user and password, then one argument a village: its code and its
 * households' ids, as {@code code=id,id,...}. With several villages, each client thread takes the next village in
 * turn for all its requests of a run, and each village's households take their events in turn, as with one.
 */
public final class LoadDriver {

    /** The event types sent in turn; the engine-alone run fires the same. */
    static final String[] TYPES = {"参加村民大会", "垃圾分类检查合格", "参加平安巡逻", "宅前屋后乱堆物", "参加志愿服务",
        "好人好事", "参加村民小组会议", "垃圾分类不合格"};

    private final Api api;
    private final List<Village> villages;
    /** Which village a client thread sends to; a run's threads are new, so each run deals the villages again. */
    private final AtomicInteger dealt = new AtomicInteger();
    private final ThreadLocal<Village> village;
    /**
     * Events a household has in a month before the driver's events move to the next month (issue 13's data set: 20). All
     * in one month, a long run gave each of 50 households thousands of entries a month, which every event's reading of
     * its household's month then summed, and the month reached the ledger's 100,000 entries and was refused.
     */
    static final int EVENTS_A_HOUSEHOLD_MONTH = 20;
    private static final java.time.YearMonth FIRST_MONTH = java.time.YearMonth.of(2023, 1);
    private final AtomicInteger unavailable = new AtomicInteger();

    /** A village the driver sends to: its code, its households, and the number of its events so far. */
    private record Village(String code, List<Long> households, AtomicInteger sequence) {

        static Village parse(String argument) {
            String[] parts = argument.split("=", 2);
            return new Village(parts[0], Arrays.stream(parts[1].split(",")).map(Long::valueOf).toList(),
                    new AtomicInteger());
        }
    }

    private LoadDriver(Api api, List<Village> villages) {
        this.api = api;
        this.villages = villages;
        this.village = ThreadLocal.withInitial(() -> villages.get(dealt.getAndIncrement() % villages.size()));
    }

    public static void main(String[] arguments) throws Exception {
        LoadDriver driver = new LoadDriver(Api.signedIn(arguments[0], arguments[1], arguments[2]),
                Arrays.stream(arguments, 3, arguments.length).map(Village::parse).toList());
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String command = commands.readLine(); command != null && !command.equals("quit");
                command = commands.readLine()) {
            String[] words = command.split(" ");
            boolean single = words[0].endsWith("single");
            String path = words[0].startsWith("floor-") ? "/benchmark-floor/events" : "/events";
            IntSupplier one = single ? () -> driver.single(path) : () -> driver.batch(path);
            driver.unavailable.set(0);
            driver.dealt.set(0);
            ClosedLoop.Sample sample = ClosedLoop.run(Integer.parseInt(words[1]), Double.parseDouble(words[2]), one,
                    single ? 1 : 100);
            ThisJvm spent = ThisJvm.now();
            System.out.println("RESULT " + sample.line() + " " + driver.unavailable.get() + " " + spent.cpuNs() + " "
                    + spent.compileMs() + " " + spent.jitCpuNs());
            System.out.flush();
        }
    }

    /** One event over HTTP to the service's or the floor's address, a request of its own; the awards it granted. */
    private int single(String path) {
        Village to = village.get();
        Api.Reply reply = untilServed("/api/villages/" + to.code() + path, body(to, "single"));
        if (reply.status() != 201) {
            throw new IllegalStateException("event not recorded: " + reply);
        }
        return reply.json().at("/awards").size();
    }

    /** One batch of 100 events over HTTP to the service's or the floor's address; the awards it granted. */
    private int batch(String path) {
        Village to = village.get();
        List<Object> events = new ArrayList<>();
        for (int j = 0; j < 100; j++) {
            events.add(body(to, "batch"));
        }
        Api.Reply reply = untilServed("/api/villages/" + to.code() + path + ":batch", json("events", events));
        if (reply.status() != 200 || !reply.json().at("/results").findValues("status").isEmpty()) {
            throw new IllegalStateException("batch failed: " + reply);
        }
        int awards = 0;
        for (var result : reply.json().at("/results")) {
            awards += result.at("/awards").size();
        }
        return awards;
    }

    /**
     * Sends again, as a client does, what was answered 503 (no connection free within the pool's timeout: nothing was
     * written, and the eventIds make it safe).
     */
    private Api.Reply untilServed(String path, Object body) {
        Api.Reply reply = api.post(path, body);
        while (reply.status() == 503) {
            unavailable.incrementAndGet();
            reply = api.post(path, body);
        }
        return reply;
    }

    /** The month of the n-th event: each household's month takes 20 events, then the next month begins. */
    static java.time.YearMonth month(int n, int households) {
        return FIRST_MONTH.plusMonths((n / (EVENTS_A_HOUSEHOLD_MONTH * households)) % 24);
    }

    static java.time.LocalDate day(int n, java.time.YearMonth month) {
        return month.atDay(1 + n % 28);
    }

    private static Map<String, Object> body(Village to, String prefix) {
        int n = to.sequence().incrementAndGet();
        List<Long> households = to.households();
        // a household's month holds what a real one does: a month takes 20 events a household, then the next begins
        java.time.YearMonth month = month(n, households.size());
        return json("eventId", prefix + "-" + n, "householdId", households.get(n % households.size()),
                "type", TYPES[n % TYPES.length], "occurredOn", day(n, month).toString(),
                "quantity", 1 + n % 3);
    }
}
