package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Staff keep recording September's events while the village activates version 2 from September (ADR 0056): every
 * event is scored by version 1 and re-scored, or scored by version 2 after the activation, never left with version
 * 1's entries standing in a month version 2 governs. The clock stands on 10 September 2024.
 */
@AppTest
@TestPropertySource(properties = ActivatingWhileEventsAreRecordedIT.CLOCK)
class ActivatingWhileEventsAreRecordedIT {

    static final String CLOCK = "jifen.clock.fixed-at=2024-09-10T01:00:00Z";

    private static final int CLERKS = 4;
    private static final int EVENTS_EACH = 15;
    private static final int ROUNDS = 3;

    @Autowired
    Township township;

    @Test
    void noEventRecordedDuringAnActivationKeepsTheOldVersionsPoints() throws Exception {
        Api clerksNode = clerksThrough(township.api());
        for (int round = 0; round < ROUNDS; round++) {
            String village = township.aVillage();
            List<Long> households = List.of(township.aHousehold(village), township.aHousehold(village));
            township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
            assertThat(township.api().upload("/api/villages/" + village + "/rule-sets",
                    ActivatingAPlanFromAMonthIT.RAISED).status()).isEqualTo(201);
            CountDownLatch someRecorded = new CountDownLatch(CLERKS * 2);
            ExecutorService clerks = Executors.newFixedThreadPool(CLERKS);
            List<Future<List<Integer>>> recording = new ArrayList<>();
            for (int clerk = 0; clerk < CLERKS; clerk++) {
                int id = clerk;
                recording.add(clerks.submit(() -> {
                    List<Integer> statuses = new ArrayList<>();
                    for (int i = 0; i < EVENTS_EACH; i++) {
                        statuses.add(clerksNode.post("/api/villages/" + village + "/events", json("eventId",
                                "c" + id + "-" + i, "householdId", households.get(i % 2), "type", "参加村民大会",
                                "occurredOn", "2024-09-0" + (1 + i % 9))).status());
                        someRecorded.countDown();
                    }
                    return statuses;
                }));
            }
            assertThat(someRecorded.await(60, TimeUnit.SECONDS)).isTrue();
            Api.Reply activated = township.api().post("/api/villages/" + village + "/rule-sets/2/activate",
                    json("from", "2024-09"));
            List<Integer> statuses = new ArrayList<>();
            for (Future<List<Integer>> clerk : recording) {
                statuses.addAll(clerk.get(120, TimeUnit.SECONDS));
            }
            clerks.shutdown();

            assertThat(activated.status()).as(activated.toString()).isEqualTo(200);
            assertThat(statuses).hasSize(CLERKS * EVENTS_EACH).containsOnly(201);
            int total = 0;
            for (long household : households) {
                JsonNode month = township.api().get("/api/villages/" + village + "/households/" + household
                        + "/months/2024-09").json();
                Set<Long> reversed = new HashSet<>();
                month.at("/awards").forEach(entry -> {
                    if (!entry.at("/reverses").isNull()) {
                        reversed.add(entry.at("/reverses").asLong());
                    }
                });
                month.at("/awards").valueStream()
                        .filter(entry -> entry.at("/reverses").isNull() && !reversed.contains(entry.at("/id").asLong()))
                        .forEach(standing -> assertThat(standing.at("/ruleSetVersion").asInt())
                                .as("a standing entry: " + standing).isEqualTo(2));
                total += month.at("/total").asInt();
            }
            assertThat(total).as("every event at version 2's 3 points").isEqualTo(3 * CLERKS * EVENTS_EACH);
            assertThat(township.api().get("/api/villages/" + village + "/ledger/verify").json().at("/valid")
                    .asBoolean()).isTrue();
        }
    }

    /**
     * The node the clerks' events reach: the activation's here, the other in
     * {@link ActivatingWhileEventsAreRecordedOnTwoNodesIT}.
     */
    Api clerksThrough(Api clerk) {
        return clerk;
    }
}
