package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jifen.engine.PlanFile;
import org.jifen.evaluation.RescoringSlots;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Plans;
import org.jifen.support.Statements;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A village looping dry runs of a version that would write far past the bound once held the township's one
 * re-scoring slot for 6–11 s a time, and every other village's simulation was answered 503 (eighth outside attack,
 * N1). Now such a dry run is counted in memory and refused before it writes anything, a village holds one slot of
 * its own, and the villages share a budget of entries: another village's simulation and dry run go through while
 * one village loops or re-scores at the bound; a second re-scoring of the same village is still answered 503
 * (ADR 0217), a dry run after waiting its time for the village's simulation (ADR 0225). Here the bound is 2,000
 * entries and the township's budget 1.5 times that.
 */
@AppTest
@TestPropertySource(properties = {"jifen.clock.fixed-at=2024-09-10T01:00:00Z", "jifen.plans.rescore-at-most=2000",
    "jifen.plans.rescoring-township-at-most=3000", "jifen.plans.rescoring-wait=1s"})
class AVillageReScoringHoldsUpNoOtherVillageIT {

    @Autowired
    Township township;

    @Autowired
    Statements statements;

    @Autowired
    RescoringSlots slots;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void aDryRunThatWouldWritePastTheBoundIsRefusedBeforeItWritesAnythingSayingHowItCounted() {
        String village = aVillageWithATooLargeVersion();

        Statements.Counted<Api.Reply> counted = statements.count(() -> township.api()
                .post("/api/villages/" + village + "/rule-sets/2/activate?dryRun=true", json("from", "2024-08")));

        Api.Reply refused = counted.result();
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.text("/type")).endsWith("/rescoring-too-large");
        assertThat(refused.text("/detail")).contains("这些月份里已有的 0 笔 + 其中要撤回的 0 笔 + 新方案要新写入的 2100 笔 = 2100 笔",
                "超过了一次最多能重算的 2000 笔", "一笔也没有写入", "\"2024-10\"");
        assertThat(refused.json().at("/added").asLong()).isEqualTo(2100);
        assertThat(refused.json().at("/entries").asLong()).isEqualTo(2100);
        assertThat(refused.json().at("/atMost").asLong()).isEqualTo(2000);
        // Writing the 2,000 entries the bound allows, as the act once did before it was refused, takes ids from the
        // award sequence 50 at a time: 40 blocks.
        assertThat(counted.idBlocks()).as("no entry was about to be written").isZero();
        assertThat(township.api().get("/api/villages/" + village + "/ledger/verify").json().at("/entries").asInt())
                .isZero();
    }

    @Test
    void anotherVillagesSimulationAndDryRunGoThroughWhileAVillageLoopsTooLargeDryRuns() throws Exception {
        String looping = aVillageWithATooLargeVersion();
        String other = aVillageWithAScoredEventAndASecondVersion();
        AtomicBoolean loop = new AtomicBoolean(true);
        Map<Integer, Integer> loopAnswers = new ConcurrentHashMap<>();
        CompletableFuture<Void> attack = CompletableFuture.runAsync(() -> {
            while (loop.get()) {
                loopAnswers.merge(township.api().post("/api/villages/" + looping
                        + "/rule-sets/2/activate?dryRun=true", json("from", "2024-08")).status(), 1, Integer::sum);
            }
        });

        List<Api.Reply> others = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            others.add(simulation(other));
            others.add(dryRun(other));
        }
        loop.set(false);
        attack.get(60, TimeUnit.SECONDS);

        assertThat(others).allSatisfy(reply -> assertThat(reply.status()).as(reply.toString()).isEqualTo(200));
        assertThat(loopAnswers).as("the looping village's own answers").containsOnlyKeys(422);
    }

    @Test
    void whileAVillageReScoresAtTheBoundAnotherGoesThroughAndTheSameVillageIsAskedToWait() throws Exception {
        String busy = aVillageWithAScoredEventAndASecondVersion();
        String other = aVillageWithAScoredEventAndASecondVersion();
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        CompletableFuture<Void> reScoring = holdingTheSlotOf(busy, 2000, held, done);
        try {
            assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();

            assertThat(simulation(other).status()).isEqualTo(200);
            assertThat(dryRun(other).status()).isEqualTo(200);
            for (Api.Reply same : List.of(simulation(busy), dryRun(busy))) {
                assertThat(same.status()).as(same.toString()).isEqualTo(503);
                assertThat(same.text("/type")).endsWith("/rescoring-busy");
                assertThat(same.text("/detail")).contains("本村正在按方案重新计分", "同一个村同一时间只能进行一个");
                assertThat(same.headers().firstValue("Retry-After")).isPresent();
            }
        } finally {
            done.countDown();
            reScoring.get(30, TimeUnit.SECONDS);
        }
        assertThat(simulation(busy).status()).as("its slot let go of with its transaction").isEqualTo(200);
    }

    @Test
    void whenTheVillagesReScoringHoldAsManyEntriesAsTheServiceTakesAThirdIsAskedToWait() throws Exception {
        String first = aVillageWithAScoredEventAndASecondVersion();
        String second = aVillageWithAScoredEventAndASecondVersion();
        String third = aVillageWithAScoredEventAndASecondVersion();
        CountDownLatch held = new CountDownLatch(2);
        CountDownLatch done = new CountDownLatch(1);
        List<CompletableFuture<Void>> reScorings = List.of(holdingTheSlotOf(first, 2000, held, done),
                holdingTheSlotOf(second, 1000, held, done));
        try {
            assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();

            Api.Reply waiting = simulation(third);

            assertThat(waiting.status()).as(waiting.toString()).isEqualTo(503);
            assertThat(waiting.text("/detail")).contains("其他村正在按新方案重新计分");
        } finally {
            done.countDown();
            for (CompletableFuture<Void> reScoring : reScorings) {
                reScoring.get(30, TimeUnit.SECONDS);
            }
        }
        assertThat(simulation(third).status()).isEqualTo(200);
    }

    /** A village of 30 events of a type its plan does not score, and a version 2 giving each 100 awards. */
    private String aVillageWithATooLargeVersion() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            events.add(json("eventId", village + "-" + i, "householdId", household, "type", "清扫公共区域",
                    "occurredOn", "2024-08-" + String.format("%02d", 1 + i % 28)));
        }
        Api.Reply recorded = township.api().post("/api/villages/" + village + "/events:batch", json("events", events));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        StringBuilder drl = new StringBuilder("package villages.test;\nimport org.jifen.rules.Event;\n"
                + "global org.jifen.rules.Awards awards;\n");
        for (int i = 0; i < 100; i++) {
            drl.append("\nrule \"清扫").append(i).append("\"\nwhen\n    Event( type == \"清扫公共区域\" )\nthen\n"
                    + "    awards.add(1, \"人居环境\");\nend\n");
        }
        Api.Reply uploaded = township.api().upload("/api/villages/" + village + "/rule-sets", Plans.CONTRACT_EXAMPLE,
                PlanFile.of("清扫.drl", drl.toString()));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        return village;
    }

    /** A village with one scored event in August and a version 2 that scores it again. */
    private String aVillageWithAScoredEventAndASecondVersion() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        township.anEvent(village, household, "参加村民大会", "2024-08-02");
        Api.Reply uploaded = township.api().upload("/api/villages/" + village + "/rule-sets", Plans.CONTRACT_EXAMPLE,
                Plans.generous());
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        return village;
    }

    private Api.Reply simulation(String village) {
        return township.api().get("/api/villages/" + village + "/rule-sets/2/simulation?month=2024-08");
    }

    private Api.Reply dryRun(String village) {
        return township.api().post("/api/villages/" + village + "/rule-sets/2/activate?dryRun=true",
                json("from", "2024-08"));
    }

    /** A re-scoring of the village holding {@code entries} in a transaction of its own, until {@code done}. */
    private CompletableFuture<Void> holdingTheSlotOf(String village, long entries, CountDownLatch held,
            CountDownLatch done) {
        long id = jdbc.queryForObject("select id from village where code = ?", Long.class, village);
        return CompletableFuture.runAsync(() -> new TransactionTemplate(transactionManager).executeWithoutResult(
                status -> {
                    slots.simulating(id, entries);
                    held.countDown();
                    try {
                        done.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                    }
                }));
    }
}
