package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Plans;
import org.jifen.support.SecondNode;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Staff of one village fill its month through two application nodes on one PostgreSQL at once (ADR 0219): the
 * month's bound (here 50 entries, one a meeting) holds exactly, whichever node each event reaches, because each node
 * reads and moves the month's count under the village's chain head. Run on PostgreSQL only.
 */
@AppTest
@TestPropertySource(properties = "jifen.recording.village-month-entries-at-most=" + FillingAMonthOnTwoNodesIT.BOUND)
class FillingAMonthOnTwoNodesIT {

    static final int BOUND = 50;
    private static final int EVENTS = 120;

    @RegisterExtension
    static final SecondNode SECOND_NODE = new SecondNode("--jifen.recording.village-month-entries-at-most=" + BOUND);

    @Autowired
    Township township;

    @Test
    void eventsSentToTwoNodesAtOnceFillTheMonthToItsBoundAndNoFurther() throws Exception {
        String village = township.aVillage();
        List<Long> households = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            households.add(township.aHousehold(village));
        }
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        Api first = township.aUser("STAFF", village);
        Api second = SECOND_NODE.as(first);
        String events = "/api/villages/" + village + "/events";

        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(16);
        List<Future<?>> sent = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            Api node = i % 2 == 0 ? first : second;
            Map<String, Object> event = json("eventId", "two-nodes-" + i, "householdId",
                    households.get(i % households.size()), "type", "参加村民大会", "occurredOn", "2024-09-02");
            sent.add(clients.submit(() -> statuses.merge(node.post(events, event).status(), 1, Integer::sum)));
        }
        for (Future<?> one : sent) {
            one.get();
        }
        clients.shutdown();
        assertThat(clients.awaitTermination(1, TimeUnit.MINUTES)).isTrue();

        assertThat(statuses).as("recorded up to the bound, the rest refused").isEqualTo(
                Map.of(201, BOUND, 422, EVENTS - BOUND));
        var chain = township.api().get("/api/villages/" + village + "/ledger/verify").json();
        assertThat(chain.at("/valid").asBoolean()).isTrue();
        assertThat(chain.at("/entries").asInt()).as("exactly the bound, on either node").isEqualTo(BOUND);
        Api.Reply more = second.post(events, json("eventId", "one-more", "householdId", households.get(0),
                "type", "参加村民大会", "occurredOn", "2024-09-03"));
        assertThat(more.text("/type")).endsWith("/month-ledger-full");
        assertThat(more.text("/detail")).contains("已有 " + BOUND + " 笔积分");
    }
}
