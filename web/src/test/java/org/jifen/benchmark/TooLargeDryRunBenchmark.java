package org.jifen.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jifen.engine.PlanFile;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Plans;
import org.jifen.support.TestDatabase;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * What a refused too-large dry run costs, and what it does to other villages meanwhile (eighth outside attack, N1;
 * ADR 0217): a village of 30 households holds 13,000 events of a type its plan does not score
 * ({@code -Djifen.bench.events=N}), and a version of 100 rules that each give such an event a point would write
 * 1.3 million entries, thirteen times the bound. Its dry run is sent three times (wall clock and the process's CPU
 * each); then it is sent in a loop while another village asks for a simulation and a dry run of its own every half
 * second, and the answers of those are counted by status. Not part of the build; run it with
 * {@code ./mvnw -pl web -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=TooLargeDryRunBenchmark}
 * and read target/benchmark-too-large-dry-run-{h2,postgres}.txt.
 */
@AppTest
@TestPropertySource(properties = "jifen.clock.fixed-at=2024-09-10T01:00:00Z")
class TooLargeDryRunBenchmark {

    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final int EVENTS = Integer.getInteger("jifen.bench.events", 13_000);

    @Autowired
    Township township;

    @Test
    void aRefusedDryRunAndAnotherVillageMeanwhile() throws Exception {
        String hostile = township.aVillage();
        List<Long> households = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            households.add(township.aHousehold(hostile));
        }
        township.anActivePlan(hostile, Plans.CONTRACT_EXAMPLE);
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            events.add(json("eventId", "bench-" + i, "householdId", households.get(i % households.size()),
                    "type", "清扫公共区域", "occurredOn", "2024-08-" + String.format("%02d", 1 + i % 28)));
        }
        for (int from = 0; from < events.size(); from += 100) {
            Api.Reply recorded = township.api().post("/api/villages/" + hostile + "/events:batch",
                    json("events", events.subList(from, Math.min(events.size(), from + 100))));
            assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        }
        String plans = "/api/villages/" + hostile + "/rule-sets";
        Api.Reply uploaded = township.api().upload(plans, Plans.CONTRACT_EXAMPLE, hundredRules());
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        String dryRun = plans + "/" + uploaded.json().at("/version").asInt() + "/activate?dryRun=true";

        String other = township.aVillage();
        long household = township.aHousehold(other);
        township.anActivePlan(other, Plans.CONTRACT_EXAMPLE);
        township.anEvent(other, household, "参加村民大会", "2024-08-02");
        Api.Reply second = township.api().upload("/api/villages/" + other + "/rule-sets", Plans.CONTRACT_EXAMPLE,
                Plans.generous());
        int otherVersion = second.json().at("/version").asInt();

        List<String> report = new ArrayList<>();
        report.add("database: " + (TestDatabase.isPostgres() ? "PostgreSQL (embedded)" : "H2 (in memory)") + "; "
                + EVENTS + " events, 100 awards each; processors " + Runtime.getRuntime().availableProcessors());
        report.add("refused dry run | status | wall s | process CPU s | detail");
        for (int i = 1; i <= 3; i++) {
            long cpu = PROCESS.getProcessCpuTime();
            long wall = System.nanoTime();
            Api.Reply refused = township.api().post(dryRun, json("from", "2024-08"));
            report.add(String.format("%d | %d | %.2f | %.2f | %s", i, refused.status(),
                    (System.nanoTime() - wall) / 1e9, (PROCESS.getProcessCpuTime() - cpu) / 1e9,
                    refused.text("/detail")));
            write(report);
        }

        AtomicBoolean looping = new AtomicBoolean(true);
        Map<Integer, Integer> loop = new TreeMap<>();
        Thread attack = new Thread(() -> {
            while (looping.get()) {
                loop.merge(township.api().post(dryRun, json("from", "2024-08")).status(), 1, Integer::sum);
            }
        });
        attack.start();
        Map<Integer, Integer> simulations = new TreeMap<>();
        Map<Integer, Integer> dryRuns = new TreeMap<>();
        long loopCpu = PROCESS.getProcessCpuTime();
        long loopWall = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            Thread.sleep(500);
            simulations.merge(township.api().get("/api/villages/" + other + "/rule-sets/" + otherVersion
                    + "/simulation?month=2024-08").status(), 1, Integer::sum);
            dryRuns.merge(township.api().post("/api/villages/" + other + "/rule-sets/" + otherVersion
                    + "/activate?dryRun=true", json("from", "2024-08")).status(), 1, Integer::sum);
        }
        looping.set(false);
        attack.join();
        report.add(String.format("loop of %.1f s, process CPU %.1f s: the hostile village's dry runs by status %s;"
                + " the other village's simulations %s, its dry runs %s", (System.nanoTime() - loopWall) / 1e9,
                (PROCESS.getProcessCpuTime() - loopCpu) / 1e9, loop, simulations, dryRuns));
        write(report);
    }

    private static void write(List<String> report) throws IOException {
        Files.write(Path.of("target", "benchmark-too-large-dry-run-" + (TestDatabase.isPostgres() ? "postgres" : "h2")
                + ".txt"), report);
        org.slf4j.LoggerFactory.getLogger(TooLargeDryRunBenchmark.class).info(report.get(report.size() - 1));
    }

    /** 100 rules that each give every 清扫公共区域 event a point: 100 awards an event, the run's bound. */
    private static PlanFile hundredRules() {
        StringBuilder drl = new StringBuilder("""
                package villages.test;
                import org.jifen.rules.Event;
                global org.jifen.rules.Awards awards;
                """);
        for (int i = 0; i < 100; i++) {
            drl.append("\nrule \"清扫").append(String.format("%03d", i)).append("\"\nwhen\n    Event( type == \"清扫公共区域\" )"
                    + "\nthen\n    awards.add(1, \"人居环境\");\nend\n");
        }
        return PlanFile.of("清扫.drl", drl.toString());
    }
}
