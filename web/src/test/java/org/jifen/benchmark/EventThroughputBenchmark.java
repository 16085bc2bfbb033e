package org.jifen.benchmark;

import static org.jifen.support.Api.json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.jifen.access.Actor;
import org.jifen.access.Role;
import org.jifen.engine.CompiledPlan;
import org.jifen.engine.PlanCompiler;
import org.jifen.pilots.PilotPlans;
import org.jifen.rules.Event;
import org.jifen.rules.Household;
import org.jifen.scoring.EventRecorder;
import org.jifen.scoring.RecordEvent;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.TestDatabase;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How fast events are recorded, as ratios against the engine alone measured in the same process: the engine's
 * stateless session (the baseline), the recording service (engine + one transaction), one HTTP request per event,
 * and batches of 100 over HTTP; and how long activating a version from the month takes, which re-scores all of
 * them. Not part of the build; run it with
 * {@code ./mvnw -pl web -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=EventThroughputBenchmark}
 * (it runs on H2 and on PostgreSQL like every full-application test) and read target/benchmark-*.txt.
 */
@AppTest
class EventThroughputBenchmark {

    private static final String[] TYPES = {"参加村民大会", "垃圾分类检查合格", "参加平安巡逻", "宅前屋后乱堆物", "参加志愿服务",
        "好人好事", "参加村民小组会议", "垃圾分类不合格"};

    @Autowired
    Township township;

    @Autowired
    EventRecorder recorder;

    @Test
    void recordingEvents() throws IOException {
        String village = township.aVillage();
        List<Long> households = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            households.add(township.aHousehold(village, i % 5 == 0 ? new String[] {"党员户"} : new String[0]));
        }
        township.anActivePlan(village, PilotPlans.of("yangjiazhuang").files().toArray(new org.jifen.engine.PlanFile[0]));
        CompiledPlan plan = new PlanCompiler(1000).compile(PilotPlans.of("yangjiazhuang").files());
        Household fact = new Household("1", "一组", null, 3, 2, Set.of("党员户"));
        Actor staff = new Actor("benchmark", Role.TOWNSHIP_ADMIN, null);
        Api api = township.api();
        int[] sequence = {0};

        IntConsumer engine = i -> plan.fire(List.of(new Event(TYPES[i % TYPES.length], "1",
                LocalDate.of(2024, 7, 1 + i % 28), 1 + i % 3, Map.of()), fact));
        IntConsumer service = i -> recorder.record(village, event("svc", ++sequence[0], households), staff);
        IntConsumer http = i -> api.post("/api/villages/" + village + "/events",
                body("http", ++sequence[0], households));
        IntConsumer batchOf100 = i -> {
            List<Object> events = new ArrayList<>();
            for (int j = 0; j < 100; j++) {
                events.add(body("batch", ++sequence[0], households));
            }
            api.post("/api/villages/" + village + "/events:batch", json("events", events));
        };

        double engineRate = rate(engine, 20_000, 1);
        double serviceRate = rate(service, 2_000, 1);
        double httpRate = rate(http, 1_000, 1);
        double batchRate = rate(batchOf100, 20, 100);
        // Re-scoring the month (ADR 0056): the same files as version 2, activated from July, so every event's entries
        // are taken back and granted again; the dry run first, then the activation.
        int events = sequence[0];
        township.api().upload("/api/villages/" + village + "/rule-sets",
                PilotPlans.of("yangjiazhuang").files().toArray(new org.jifen.engine.PlanFile[0]));
        long dryRunStart = System.nanoTime();
        Api.Reply dryRun = api.post("/api/villages/" + village + "/rule-sets/2/activate?dryRun=true",
                json("from", "2024-07"));
        double dryRunSeconds = (System.nanoTime() - dryRunStart) / 1e9;
        long activationStart = System.nanoTime();
        Api.Reply activation = api.post("/api/villages/" + village + "/rule-sets/2/activate", json("from", "2024-07"));
        double activationSeconds = (System.nanoTime() - activationStart) / 1e9;
        if (dryRun.status() != 200 || activation.status() != 200) {
            throw new IllegalStateException("re-scoring failed: " + dryRun + " / " + activation);
        }
        int rescored = activation.json().at("/activation/rescored/0/eventsRescored").asInt();

        String database = TestDatabase.isPostgres() ? "PostgreSQL (embedded)" : "H2 (in memory)";
        String report = String.format("""
                Event recording throughput on %s, %d cores, yangjiazhuang plan (%d rules)
                path                          events/s   ratio to engine
                engine (stateless session)  %10.0f   1
                recording service           %10.0f   1/%.0f
                HTTP, one event per request %10.0f   1/%.0f
                HTTP, batches of 100        %10.0f   1/%.0f
                re-scoring a month of %d events (%d re-scored): dry run %.1f s (%.0f events/s, 1/%.0f), \
                activation %.1f s (%.0f events/s, 1/%.0f)
                """, database, Runtime.getRuntime().availableProcessors(), plan.rules().size(),
                engineRate, serviceRate, engineRate / serviceRate, httpRate, engineRate / httpRate,
                batchRate, engineRate / batchRate, events, rescored, dryRunSeconds, events / dryRunSeconds,
                engineRate / (events / dryRunSeconds), activationSeconds, events / activationSeconds,
                engineRate / (events / activationSeconds));
        Files.writeString(Path.of("target", "benchmark-" + (TestDatabase.isPostgres() ? "postgres" : "h2") + ".txt"),
                report);
        org.slf4j.LoggerFactory.getLogger(getClass()).warn("\n{}", report);
    }

    /** Warms up with a fifth of the runs, then times the rest; events per second. */
    private static double rate(IntConsumer work, int runs, int eventsPerRun) {
        int warmUp = Math.max(runs / 5, 1);
        for (int i = 0; i < warmUp; i++) {
            work.accept(i);
        }
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            work.accept(i);
        }
        return (double) runs * eventsPerRun / ((System.nanoTime() - start) / 1e9);
    }

    private static RecordEvent event(String prefix, int n, List<Long> households) {
        return new RecordEvent(prefix + "-" + n, households.get(n % households.size()), TYPES[n % TYPES.length],
                LocalDate.of(2024, 7, 1 + n % 28), 1 + n % 3, Map.of(), null);
    }

    private static Map<String, Object> body(String prefix, int n, List<Long> households) {
        RecordEvent event = event(prefix, n, households);
        return json("eventId", event.eventId(), "householdId", event.householdId(), "type", event.type(),
                "occurredOn", event.occurredOn().toString(), "quantity", event.quantity());
    }
}
