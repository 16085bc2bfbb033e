package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
import tools.jackson.databind.JsonNode;

/**
 * Staff of one village recording through two application nodes on one PostgreSQL (issue 13): a plan activated on one
 * node governs the other's very next event (the other node had just answered that there was none); phones on flaky
 * connections send each event to one node and its repeat to the other, all at once; each event id is recorded
 * exactly once, every repeat is replayed, and the village's chain is whole. Run on PostgreSQL only (web/pom.xml).
 */
@AppTest
class RecordingOnTwoNodesIT {

    private static final int UNIQUE_EVENTS = 160;
    private static final int REPEATS = 60;
    private static final int CLIENTS = 16;

    @RegisterExtension
    static final SecondNode SECOND_NODE = new SecondNode();

    @Autowired
    Township township;

    @Test
    void aPlanActivatedOnOneNodeGovernsTheOtherAndEveryEventIsRecordedOnceWhicheverNodeItReaches() throws Exception {
        String village = township.aVillage();
        List<Long> households = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            households.add(township.aHousehold(village));
        }
        Api first = township.aUser("STAFF", village);
        Api second = SECOND_NODE.as(first);
        String events = "/api/villages/" + village + "/events";

        Api.Reply beforeAnyPlan = second.post(events, json("eventId", "before", "householdId", households.get(0),
                "type", "参加村民大会", "occurredOn", "2024-09-02", "quantity", 1));
        int version = township.anActivePlan(village, Plans.CONTRACT_EXAMPLE, Plans.generous());
        Api.Reply rightAfter = second.post(events, json("eventId", "after", "householdId", households.get(0),
                "type", "参加村民大会", "occurredOn", "2024-09-02", "quantity", 1));

        assertThat(beforeAnyPlan.status()).as(beforeAnyPlan.toString()).isEqualTo(409);
        assertThat(rightAfter.status()).as("the other node's next event: " + rightAfter).isEqualTo(201);
        assertThat(rightAfter.json().at("/ruleSetVersion").asInt()).isEqualTo(version);

        Random random = new Random(7);
        String[] types = {"参加村民大会", "宅前屋后乱堆物", "清扫公共区域", "见义勇为"};
        List<Map<String, Object>> unique = new ArrayList<>();
        for (int i = 0; i < UNIQUE_EVENTS; i++) {
            unique.add(json("eventId", "phone-" + i, "householdId", households.get(random.nextInt(households.size())),
                    "type", types[random.nextInt(types.length)], "occurredOn", "2024-09-" + (10 + random.nextInt(18)),
                    "quantity", 1 + random.nextInt(4)));
        }
        List<Sending> sendings = new ArrayList<>();
        for (Map<String, Object> event : unique) {
            sendings.add(new Sending(event, random.nextBoolean()));
        }
        for (int i = 0; i < REPEATS; i++) {
            Sending original = sendings.get(random.nextInt(UNIQUE_EVENTS));
            sendings.add(new Sending(original.event(), !original.toSecond()));
        }
        Collections.shuffle(sendings, random);

        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> sent = new ArrayList<>();
        for (Sending sending : sendings) {
            sent.add(clients.submit(() -> statuses.merge((sending.toSecond() ? second : first)
                    .post(events, sending.event()).status(), 1, Integer::sum)));
        }
        for (Future<?> one : sent) {
            one.get();
        }
        clients.shutdown();
        assertThat(clients.awaitTermination(1, TimeUnit.MINUTES)).isTrue();

        assertThat(statuses.keySet()).as("statuses seen: %s", statuses).containsOnly(200, 201);
        assertThat(statuses.get(201)).as("one recording per event id").isEqualTo(UNIQUE_EVENTS);
        assertThat(statuses.get(200)).as("every repeat replayed, on whichever node").isEqualTo(REPEATS);
        int awards = 0;
        for (long household : households) {
            awards += first.get("/api/villages/" + village + "/households/" + household + "/months/2024-09").json()
                    .at("/awards").size();
        }
        assertThat(awards).as("one award per recorded event, none doubled").isEqualTo(UNIQUE_EVENTS + 1);
        JsonNode chain = SECOND_NODE.as(township.api()).get("/api/villages/" + village + "/ledger/verify").json();
        assertThat(chain.at("/valid").asBoolean()).as("the chain after the race: %s", chain).isTrue();
        assertThat(chain.at("/entries").asInt()).isEqualTo(UNIQUE_EVENTS + 1);
    }

    /**
     * What a node keeps in memory of a village (ADR 0204) never outlives a change made on the other node: the second
     * node has recorded into August and September, then the first finalises August and puts version 2 in force from
     * September; the second node's very next events are refused for August and scored by version 2 in September.
     */
    @Test
    void aMonthFinalisedOrAVersionActivatedOnOneNodeHoldsOnTheOtherAtOnce() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        List<Long> group = township.aSelfGovernanceGroup(village);
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE, Plans.generous());
        Api first = township.aUser("STAFF", village);
        Api second = SECOND_NODE.as(first);
        String events = "/api/villages/" + village + "/events";
        assertThat(second.post(events, meeting("aug-1", household, "2024-08-05")).status()).isEqualTo(201);
        assertThat(second.post(events, meeting("sep-1", household, "2024-09-05")).status()).isEqualTo(201);

        township.aFinalisedMonth(village, "2024-08", group);
        Api.Reply uploaded = township.api().upload("/api/villages/" + village + "/rule-sets",
                Plans.CONTRACT_EXAMPLE, Plans.generous());
        int version = uploaded.json().at("/version").asInt();
        Api.Reply activated = township.api().post("/api/villages/" + village + "/rule-sets/" + version
                + "/activate", json("from", "2024-09"));
        assertThat(activated.status()).as(activated.toString()).isEqualTo(200);

        Api.Reply intoAugust = second.post(events, meeting("aug-2", household, "2024-08-06"));
        Api.Reply intoSeptember = second.post(events, meeting("sep-2", household, "2024-09-06"));
        assertThat(intoAugust.status()).as("August, finalised on the other node: " + intoAugust).isEqualTo(409);
        assertThat(intoAugust.text("/type")).endsWith("/month-already-finalised");
        assertThat(intoSeptember.status()).as(intoSeptember.toString()).isEqualTo(201);
        assertThat(intoSeptember.json().at("/ruleSetVersion").asInt()).as("the version the other node put in force")
                .isEqualTo(version);
    }

    private static Map<String, Object> meeting(String eventId, long household, String occurredOn) {
        return json("eventId", eventId, "householdId", household, "type", "参加村民大会", "occurredOn", occurredOn,
                "quantity", 1);
    }

    private record Sending(Map<String, Object> event, boolean toSecond) {
    }
}
