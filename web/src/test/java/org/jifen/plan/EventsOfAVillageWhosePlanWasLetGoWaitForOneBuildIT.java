package org.jifen.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A county keeps fewer compiled plans than it has villages (ADR 0101, 0231): a village whose plan was let go, or not
 * yet compiled after a start, has its next events scored as ever. Those arriving together wait for one build of the
 * plan, never one each, and none is refused. Kept here: one plan's weight, so that each village's plan lets the
 * other's go.
 */
@AppTest
@TestPropertySource(properties = "jifen.plans.cached=1")
class EventsOfAVillageWhosePlanWasLetGoWaitForOneBuildIT {

    private static final int AT_ONCE = 8;

    @Autowired
    Township township;

    @Autowired
    MeterRegistry meters;

    @Test
    void eventsArrivingTogetherAreScoredByTheOnePlanBuiltForThem() throws Exception {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        List<Long> households = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            households.add(township.aHousehold(village));
        }
        String other = township.aVillage();
        township.anActivePlan(other, Plans.CONTRACT_EXAMPLE);
        township.anEvent(other, township.aHousehold(other), "参加村民大会", "2024-07-02");
        long builds = builds();

        Api staff = township.aUser("STAFF", village);
        ExecutorService clients = Executors.newFixedThreadPool(AT_ONCE);
        List<Api.Reply> answers = new ArrayList<>();
        try {
            List<CompletableFuture<Api.Reply>> sent = households.stream().map(household -> CompletableFuture
                    .supplyAsync(() -> staff.post("/api/villages/" + village + "/events", json("eventId",
                            "together-" + household, "householdId", household, "type", "参加村民大会",
                            "occurredOn", "2024-07-03", "quantity", 1)), clients)).toList();
            for (CompletableFuture<Api.Reply> answer : sent) {
                answers.add(answer.get());
            }
        } finally {
            clients.shutdownNow();
        }

        for (Api.Reply answer : answers) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
            assertThat(answer.json().at("/awards/0/points").asInt()).as(answer.toString()).isEqualTo(2);
            assertThat(answer.json().at("/awards/0/rule").asString()).isEqualTo("参加村民大会");
        }
        assertThat(builds() - builds).as("builds of the village's plan for its %d events", AT_ONCE).isEqualTo(1);
        assertThat(meters.get("jifen.plans.let.go").counter().count()).isPositive();
    }

    private long builds() {
        return meters.get("jifen.plan.compile").timer().count();
    }
}
