package org.jifen.benchmark;

import static org.jifen.support.Api.json;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jifen.access.Actor;
import org.jifen.access.Role;
import org.jifen.engine.CompiledPlan;
import org.jifen.engine.PlanCompiler;
import org.jifen.engine.PlanFile;
import org.jifen.pilots.PilotPlans;
import org.jifen.rules.Household;
import org.jifen.rules.MonthSummary;
import org.jifen.scoring.EventOutcome;
import org.jifen.scoring.EventRecorder;
import org.jifen.scoring.RecordEvent;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.TestDatabase;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 13's township data set: {@value #VILLAGES} villages of {@code jifen.bench.households} households (default
 * 800) with {@value #EVENTS} events each in July 2024, under the 杨家庄村 pilot plan (45 rules). Measured in one run
 * on PostgreSQL: the township's month-end in one call (ADR 0103) while staff record events into one of the villages,
 * the same call again (nothing to change), and the engine alone firing every household's month-end summary (the
 * baseline). The events are set up through the service's own batch recording in process, several villages at once:
 * the rows are those the service writes, without 304,000 HTTP requests. PostgreSQL only (issue 13's target; the H2
 * execution skips it). Not part of the build; run it with
 * {@code ./mvnw -pl web -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=TownshipMonthEndBenchmark}
 * and read target/benchmark-month-end-postgres.txt.
 */
@AppTest
class TownshipMonthEndBenchmark {

    private static final String[] TYPES = {"参加村民大会", "垃圾分类检查合格", "参加平安巡逻", "宅前屋后乱堆物", "参加志愿服务",
        "好人好事", "参加村民小组会议", "垃圾分类不合格"};
    private static final int VILLAGES = 19;
    private static final int HOUSEHOLDS = Integer.getInteger("jifen.bench.households", 800);
    private static final int EVENTS = 20;
    /** Events per in-process batch while setting up: as many as the batch endpoint takes. */
    private static final int BATCH = 100;
    /** Villages set up at once. */
    private static final int LOADERS = 4;

    @Autowired
    Township township;

    @Autowired
    EventRecorder recorder;

    @Test
    void theTownshipsMonthEndInOneCall() throws Exception {
        assumeTrue(TestDatabase.isPostgres(), "issue 13's target is on PostgreSQL");
        long started = System.nanoTime();
        List<String> villages = new ArrayList<>();
        ExecutorService loaders = Executors.newFixedThreadPool(LOADERS);
        try {
            List<Future<String>> loading = new ArrayList<>();
            for (int v = 0; v < VILLAGES; v++) {
                int number = v;
                loading.add(loaders.submit(() -> aLoadedVillage(number)));
            }
            for (Future<String> village : loading) {
                villages.add(village.get());
            }
        } finally {
            loaders.shutdownNow();
        }
        double loaded = seconds(started);

        // The baseline: the engine alone, every household's month-end summary fired once.
        CompiledPlan compiled = new PlanCompiler(1000).compile(PilotPlans.of("yangjiazhuang").files());
        started = System.nanoTime();
        for (int h = 0; h < VILLAGES * HOUSEHOLDS; h++) {
            compiled.fire(List.of(new MonthSummary(String.valueOf(h), "2024-07", Map.of(TYPES[h % TYPES.length],
                    EVENTS), Map.of(TYPES[h % TYPES.length], EVENTS), 40, 5, h % 3, EVENTS, Map.of()),
                    new Household(String.valueOf(h), "一组", "中心村", 3, 2, h % 5 == 0 ? Set.of("党员户") : Set.of())));
        }
        double engine = seconds(started);

        // The township in one call, while staff record events into the first village's same month (ADR 0130).
        Api api = township.api();
        Api staff = township.aUser("STAFF", villages.get(0));
        long household = households(villages.get(0)).get(0);
        started = System.nanoTime();
        CompletableFuture<Api.Reply> running = CompletableFuture.supplyAsync(
                () -> api.post("/api/township/months/2024-07/evaluate"));
        List<Double> latencies = new ArrayList<>();
        int refused = 0;
        while (!running.isDone()) {
            long sent = System.nanoTime();
            Api.Reply recorded = staff.post("/api/villages/" + villages.get(0) + "/events", json("eventId",
                    "during-" + latencies.size() + "-" + refused, "householdId", household, "type", TYPES[0],
                    "occurredOn", "2024-07-30", "quantity", 1));
            if (recorded.status() == 201) {
                latencies.add(seconds(sent));
            } else {
                refused++;
            }
        }
        Api.Reply first = running.join();
        double inOneCall = seconds(started);
        int added = evaluated(first);
        started = System.nanoTime();
        Api.Reply again = api.post("/api/township/months/2024-07/evaluate");
        double onceMore = seconds(started);
        int addedAgain = evaluated(again);

        latencies.sort(Double::compare);
        String report = String.format("""
                Month-end of %d villages x %d households x %d events on %s, %d cores, yangjiazhuang plan
                set-up (villages, registers, plans, %d events recorded in process): %6.1f s
                the engine alone, every household's month-end:       %6.1f s
                the township in one call, %d entries granted:     %6.1f s   ratio to the engine %.1f
                the township again, %d granted:                        %6.1f s   ratio to the engine %.1f
                staff events meanwhile into one village's month: %d recorded, %d refused, p50 %.2f s, max %.2f s
                load average before the run: %s
                """, VILLAGES, HOUSEHOLDS, EVENTS, "PostgreSQL (embedded)",
                Runtime.getRuntime().availableProcessors(), VILLAGES * HOUSEHOLDS * EVENTS, loaded, engine, added,
                inOneCall, inOneCall / engine, addedAgain, onceMore, onceMore / engine, latencies.size(), refused,
                latencies.isEmpty() ? 0 : latencies.get(latencies.size() / 2),
                latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1), loadAverage());
        Files.writeString(Path.of("target", "benchmark-month-end-postgres.txt"), report);
        LoggerFactory.getLogger(getClass()).warn("\n{}", report);
    }

    /** A village with its register imported, the pilot plan in force and its month of events recorded. */
    private String aLoadedVillage(int number) {
        String village = township.aVillage();
        String csv = "户号,户主姓名,村民小组,自然村,本地户籍,宅基地,常住人口,家庭人口,标签\r\n" + IntStream.rangeClosed(1, HOUSEHOLDS)
                .mapToObj(n -> String.format("%05d,户主%d,%s,中心村,是,是,2,3,%s", n, n, n % 2 == 0 ? "一组" : "二组",
                        n % 5 == 0 ? "党员户" : ""))
                .collect(Collectors.joining("\r\n"));
        Api.Reply imported = township.api().upload("/api/villages/" + village + "/households:import", "file",
                new PlanFile("全村.csv", csv.getBytes(StandardCharsets.UTF_8)));
        if (imported.status() != 200 || !imported.body().contains("\"created\":" + HOUSEHOLDS)) {
            throw new IllegalStateException("register not imported: " + imported);
        }
        township.anActivePlan(village, PilotPlans.of("yangjiazhuang").files().toArray(new PlanFile[0]));
        Actor staff = new Actor("bench-staff", Role.STAFF, village);
        List<RecordEvent> batch = new ArrayList<>(BATCH);
        int sequence = 0;
        for (long household : households(village)) {
            for (int e = 0; e < EVENTS; e++) {
                int n = ++sequence;
                batch.add(new RecordEvent(number + "-" + n, household, TYPES[n % TYPES.length],
                        LocalDate.of(2024, 7, 1 + e % 28), 1 + n % 3, null, null));
                if (batch.size() == BATCH) {
                    record(village, batch, staff);
                    batch = new ArrayList<>(BATCH);
                }
            }
        }
        if (!batch.isEmpty()) {
            record(village, batch, staff);
        }
        return village;
    }

    private void record(String village, List<RecordEvent> batch, Actor staff) {
        for (EventOutcome outcome : recorder.recordAll(village, List.copyOf(batch), staff)) {
            if (outcome instanceof EventOutcome.Refused refused) {
                throw new IllegalStateException("event refused while setting up: " + refused.refusal().getMessage());
            }
        }
    }

    private List<Long> households(String village) {
        List<Long> ids = new ArrayList<>();
        township.api().get("/api/villages/" + village + "/households").json()
                .forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    /** Entries granted by a township call that evaluated every village. */
    private static int evaluated(Api.Reply reply) {
        if (reply.status() != 200 || reply.json().at("/evaluated").asInt() != VILLAGES) {
            throw new IllegalStateException("township not evaluated: " + reply);
        }
        int added = 0;
        for (var village : reply.json().at("/results")) {
            added += village.at("/summary/awardsAdded").asInt();
        }
        return added;
    }

    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).strip();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
