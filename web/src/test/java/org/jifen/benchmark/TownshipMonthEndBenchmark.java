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
import org.jifen.engine.CompiledPlan;
import org.jifen.engine.PlanCompiler;
import org.jifen.engine.PlanFile;
import org.jifen.pilots.PilotPlans;
import org.jifen.rules.Household;
import org.jifen.rules.MonthSummary;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.TestDatabase;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The township's month-end: {@value #VILLAGES} villages of {@value #HOUSEHOLDS} households with {@value #EVENTS}
 * events each a month (the 杨家庄村 pilot plan, 45 rules), evaluated village by village, one request each as an admin
 * would click (the baseline), and then in one call for the township (ADR 0103), each on a month of its own with the
 * same events, in the same run. Also the month-end per household, to scale to issue 13's data set (19 villages of
 * 800 households), and the engine alone firing every household's month-end in the same run (the baseline, ADR
 * 0130). Not part of the build; run it with
 * {@code ./mvnw -pl web -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=TownshipMonthEndBenchmark}
 * and read target/benchmark-month-end-*.txt.
 */
@AppTest
class TownshipMonthEndBenchmark {

    private static final String[] TYPES = {"参加村民大会", "垃圾分类检查合格", "参加平安巡逻", "宅前屋后乱堆物", "参加志愿服务",
        "好人好事", "参加村民小组会议", "垃圾分类不合格"};
    private static final int VILLAGES = 19;
    /** Households per village: 800 for issue 13's data set ({@code -Djifen.bench.households=800}, long to load). */
    private static final int HOUSEHOLDS = Integer.getInteger("jifen.bench.households", 40);
    private static final int EVENTS = 20;

    @Autowired
    Township township;

    private int sequence;

    @Test
    void evaluatingEveryVillageInOneCallAgainstVillageByVillage() throws IOException {
        Api api = township.api();
        PlanFile[] plan = PilotPlans.of("yangjiazhuang").files().toArray(new PlanFile[0]);
        List<String> villages = new ArrayList<>();
        for (int v = 0; v < VILLAGES; v++) {
            String village = township.aVillage();
            List<Long> households = new ArrayList<>();
            for (int h = 0; h < HOUSEHOLDS; h++) {
                households.add(township.aHousehold(village, h % 5 == 0 ? new String[] {"党员户"} : new String[0]));
            }
            township.anActivePlan(village, plan);
            for (int month = 7; month <= 8; month++) {
                events(api, village, households, month);
            }
            villages.add(village);
        }

        // The baseline: the engine alone, every household's month-end summary of one month fired once.
        CompiledPlan compiled = new PlanCompiler(1000).compile(PilotPlans.of("yangjiazhuang").files());
        long started = System.nanoTime();
        for (int h = 0; h < VILLAGES * HOUSEHOLDS; h++) {
            compiled.fire(List.of(new MonthSummary(String.valueOf(h), "2024-07", Map.of(TYPES[h % TYPES.length],
                    EVENTS), Map.of(TYPES[h % TYPES.length], EVENTS), 40, 5, h % 3, EVENTS, Map.of()),
                    new Household(String.valueOf(h), "一组", "中心村", 3, 2, h % 5 == 0 ? Set.of("党员户") : Set.of())));
        }
        double engine = (System.nanoTime() - started) / 1e9;

        started = System.nanoTime();
        for (String village : villages) {
            Api.Reply evaluated = api.post("/api/villages/" + village + "/months/2024-07/evaluate");
            if (evaluated.status() != 200) {
                throw new IllegalStateException("not evaluated: " + evaluated);
            }
        }
        double oneByOne = (System.nanoTime() - started) / 1e9;
        started = System.nanoTime();
        Api.Reply together = api.post("/api/township/months/2024-08/evaluate");
        double inOneCall = (System.nanoTime() - started) / 1e9;
        if (together.status() != 200 || together.json().at("/evaluated").asInt() != VILLAGES) {
            throw new IllegalStateException("township not evaluated: " + together);
        }

        int households = VILLAGES * HOUSEHOLDS;
        double perHousehold = inOneCall / households;
        String report = String.format("""
                Month-end of %d villages x %d households x %d events on %s, %d cores, yangjiazhuang plan
                village by village, one request each (2024-07): %6.1f s
                the township in one call (2024-08):             %6.1f s   ratio %.2f
                the engine alone, every household's month-end:  %6.1f s   township call / engine %.1f
                per household in one call: %.2f ms; 19 villages x 800 households at that rate: %.0f s
                """, VILLAGES, HOUSEHOLDS, EVENTS, TestDatabase.isPostgres() ? "PostgreSQL (embedded)" : "H2 (in memory)",
                Runtime.getRuntime().availableProcessors(), oneByOne, inOneCall, inOneCall / oneByOne, engine,
                inOneCall / engine,
                perHousehold * 1000, perHousehold * 19 * 800);
        Files.writeString(Path.of("target", "benchmark-month-end-" + (TestDatabase.isPostgres() ? "postgres" : "h2")
                + ".txt"), report);
        org.slf4j.LoggerFactory.getLogger(getClass()).warn("\n{}", report);
    }

    /** {@value #EVENTS} events per household in the month, sent in batches of 100. */
    private void events(Api api, String village, List<Long> households, int month) {
        List<Map<String, Object>> events = new ArrayList<>();
        for (long household : households) {
            for (int e = 0; e < EVENTS; e++) {
                int n = ++sequence;
                events.add(json("eventId", "m-" + n, "householdId", household, "type", TYPES[n % TYPES.length],
                        "occurredOn", LocalDate.of(2024, month, 1 + e % 28).toString(), "quantity", 1 + n % 3));
                if (events.size() == 100) {
                    send(api, village, events);
                    events = new ArrayList<>();
                }
            }
        }
        if (!events.isEmpty()) {
            send(api, village, events);
        }
    }

    private static void send(Api api, String village, List<Map<String, Object>> events) {
        Api.Reply reply = api.post("/api/villages/" + village + "/events:batch", json("events", events));
        if (reply.status() != 200) {
            throw new IllegalStateException("batch failed: " + reply);
        }
    }
}
