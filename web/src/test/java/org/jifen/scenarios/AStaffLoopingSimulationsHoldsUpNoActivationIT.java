package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A staff account looping simulations of a version kept its own village admin's dry runs at 503 in 175 of 185 tries,
 * and so its activation too: simulations, dry runs and activations share the village's re-scoring slot (tenth outside
 * attack, NEW-4). Now an activation or its dry run goes first: it waits for the running simulation, and no new one
 * starts while it waits (ADR 0225).
 */
@AppTest
@TestPropertySource(properties = "jifen.clock.fixed-at=2024-09-10T01:00:00Z")
class AStaffLoopingSimulationsHoldsUpNoActivationIT {

    private static final int STAFF_THREADS = 3;

    @Autowired
    Township township;

    @Test
    void theVillageAdminDryRunsAndActivatesWhileItsStaffLoopsSimulations() throws Exception {
        String village = aVillageWithAMonthOfEventsAndASecondVersion();
        Api staff = township.aUser("STAFF", village);
        Api admin = township.aUser("VILLAGE_ADMIN", village);
        AtomicBoolean looping = new AtomicBoolean(true);
        Map<Integer, Integer> staffAnswers = new ConcurrentHashMap<>();
        List<CompletableFuture<Void>> loops = new ArrayList<>();
        for (int i = 0; i < STAFF_THREADS; i++) {
            loops.add(CompletableFuture.runAsync(() -> {
                while (looping.get()) {
                    staffAnswers.merge(staff.get("/api/villages/" + village + "/rule-sets/2/simulation?month=2024-08")
                            .status(), 1, Integer::sum);
                }
            }));
        }
        List<Api.Reply> adminAnswers = new ArrayList<>();
        try {
            waitForSimulationsToRun(staffAnswers);
            for (int i = 0; i < 10; i++) {
                adminAnswers.add(admin.post("/api/villages/" + village + "/rule-sets/2/activate?dryRun=true",
                        json("from", "2024-08")));
            }
            adminAnswers.add(admin.post("/api/villages/" + village + "/rule-sets/2/activate", json("from", "2024-08")));
        } finally {
            looping.set(false);
            for (CompletableFuture<Void> loop : loops) {
                loop.get(60, TimeUnit.SECONDS);
            }
        }

        assertThat(adminAnswers).allSatisfy(reply -> assertThat(reply.status()).as(reply.toString()).isEqualTo(200));
        Api.Reply activated = adminAnswers.get(adminAnswers.size() - 1);
        assertThat(activated.text("/status")).isEqualTo("ACTIVE");
        assertThat(activated.json().at("/activation/rescored/0/awardsAdded").asInt()).isPositive();
        assertThat(staffAnswers).as("the staff's simulations ran beside, refused only while the admin's act ran")
                .containsKey(200).containsOnlyKeys(200, 503);
    }

    /** Blocks until the staff's loops have had simulations answered, so that they hold the slot as the admin acts. */
    private static void waitForSimulationsToRun(Map<Integer, Integer> answers) throws InterruptedException {
        for (int i = 0; i < 600 && answers.getOrDefault(200, 0) < 2 * STAFF_THREADS; i++) {
            Thread.sleep(50);
        }
        assertThat(answers.getOrDefault(200, 0)).as("the staff's simulations run").isPositive();
    }

    /** A village of 200 August events its plan scores, and a version 2 that scores them otherwise. */
    private String aVillageWithAMonthOfEventsAndASecondVersion() {
        String village = township.aVillage();
        List<Long> households = List.of(township.aHousehold(village), township.aHousehold(village),
                township.aHousehold(village), township.aHousehold(village));
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            events.add(json("eventId", village + "-" + i, "householdId", households.get(i % households.size()),
                    "type", "清扫公共区域", "occurredOn", "2024-08-" + String.format("%02d", 1 + i % 28)));
        }
        Api.Reply recorded = township.api().post("/api/villages/" + village + "/events:batch", json("events", events));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        Api.Reply uploaded = township.api().upload("/api/villages/" + village + "/rule-sets", Plans.CONTRACT_EXAMPLE,
                Plans.generous());
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        return village;
    }
}
