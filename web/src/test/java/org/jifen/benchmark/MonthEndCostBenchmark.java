package org.jifen.benchmark;

import static org.jifen.support.Api.json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.jifen.engine.CompiledPlan;
import org.jifen.engine.PlanCompiler;
import org.jifen.rules.Household;
import org.jifen.rules.MonthSummary;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.ManyMonthEndRules;
import org.jifen.support.TestDatabase;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The third outside tryout's M1 at full size (issue 9): {@value #RULES} month-end rules that every household meets,
 * over {@code jifen.bench.households} imported households (default 5,000, the most one import takes). Measured in one
 * run: the engine alone firing every household's month (the baseline), the month-end over HTTP (500,000 entries
 * granted), the month-end again (nothing changes), and staff recording events into the same village while the first
 * month-end runs (ADR 0130). Not part of the build; run it with
 * {@code ./mvnw -pl web -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=MonthEndCostBenchmark}
 * (add {@code -Djifen.bench.households=500} for a short run) and read target/benchmark-month-end-cost-*.txt.
 */
@AppTest
class MonthEndCostBenchmark {

    private static final int RULES = 100;
    private static final int HOUSEHOLDS = Integer.getInteger("jifen.bench.households", 5_000);

    @Autowired
    Township township;

    @Test
    void aHundredMonthEndRulesOverAWholeRegister() throws IOException {
        String village = township.aVillage();
        List<Long> households = ManyMonthEndRules.register(township, village, HOUSEHOLDS);
        township.anActivePlan(village, ManyMonthEndRules.plan(RULES));
        Api staff = township.aUser("STAFF", village);

        CompiledPlan plan = new PlanCompiler(1000).compile(List.of(ManyMonthEndRules.plan(RULES)));
        long started = System.nanoTime();
        int fired = 0;
        for (long household : households) {
            fired += plan.fire(List.of(new MonthSummary(String.valueOf(household), "2024-07", Map.of(), Map.of(), 0,
                    0, 0, 0, Map.of()), new Household(String.valueOf(household), "一组", "中心村", 3, 2, Set.of())))
                    .size();
        }
        double engine = seconds(started);

        started = System.nanoTime();
        CompletableFuture<Api.Reply> running = CompletableFuture.supplyAsync(
                () -> township.api().post("/api/villages/" + village + "/months/2024-07/evaluate"));
        List<Double> latencies = new ArrayList<>();
        int refused = 0;
        // why each refusal was answered: its status and problem type, so that a refusal is never a bare count
        java.util.Map<String, Integer> refusals = new java.util.TreeMap<>();
        while (!running.isDone()) {
            long sent = System.nanoTime();
            Api.Reply recorded = staff.post("/api/villages/" + village + "/events", json("eventId",
                    "during-" + latencies.size() + "-" + refused, "householdId",
                    households.get(latencies.size() % households.size()), "type", "A", "occurredOn", "2024-07-15",
                    "quantity", 1));
            if (recorded.status() == 201) {
                latencies.add(seconds(sent));
            } else {
                refused++;
                refusals.merge(recorded.status() + " " + problemType(recorded), 1, Integer::sum);
            }
        }
        Api.Reply first = running.join();
        double evaluated = seconds(started);
        check(first, RULES * HOUSEHOLDS);
        started = System.nanoTime();
        Api.Reply again = township.api().post("/api/villages/" + village + "/months/2024-07/evaluate");
        double reevaluated = seconds(started);
        check(again, 0);

        latencies.sort(Double::compare);
        String report = String.format("""
                Month-end of %d month-end rules x %d households on %s, %d cores
                engine alone, every household's month fired (%d awards): %7.1f s
                month-end over HTTP, %d entries granted:            %7.1f s   ratio %.1f
                month-end again, nothing to change:                      %7.1f s   ratio %.1f
                staff events meanwhile in the same village: %d recorded, %d refused %s, p50 %.2f s, max %.2f s
                """, RULES, HOUSEHOLDS, TestDatabase.isPostgres() ? "PostgreSQL (embedded)" : "H2 (in memory)",
                Runtime.getRuntime().availableProcessors(), fired, engine, RULES * HOUSEHOLDS, evaluated,
                evaluated / engine, reevaluated, reevaluated / engine, latencies.size(), refused,
                refusals, latencies.isEmpty() ? 0 : latencies.get(latencies.size() / 2),
                latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1));
        Files.writeString(Path.of("target", "benchmark-month-end-cost-"
                + (TestDatabase.isPostgres() ? "postgres" : "h2") + ".txt"), report);
        LoggerFactory.getLogger(getClass()).warn("\n{}", report);
    }

    private static void check(Api.Reply evaluation, int added) {
        if (evaluation.status() != 200 || evaluation.json().at("/awardsAdded").asInt() != added) {
            throw new IllegalStateException("month-end not as expected: " + evaluation);
        }
    }

    /** The problem's type (RFC 9457), or the body's start where it is not a problem. */
    private static String problemType(Api.Reply reply) {
        try {
            return reply.text("/type");
        } catch (RuntimeException notJson) {
            return reply.body().substring(0, Math.min(80, reply.body().length()));
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
