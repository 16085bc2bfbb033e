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
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Many phones on flaky connections: hundreds of submissions from many clients at once, a quarter of them repeats
 * racing their originals. Each event id is recorded exactly once, nobody gets a 5xx, and every month stays within
 * the township's arithmetic. On PostgreSQL this is a real race; the build runs it there too.
 */
@AppTest
class ConcurrentSubmissionsIT {

    private static final int UNIQUE_EVENTS = 240;
    private static final int REPEATS = 80;
    private static final int CLIENTS = 16;

    @Autowired
    Township township;

    @Test
    void everyEventIsRecordedExactlyOnceWhateverTheRace() throws Exception {
        String village = township.aVillage();
        List<Long> households = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            households.add(township.aHousehold(village));
        }
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE, Plans.generous());
        Api staff = township.aUser("STAFF", village);
        Random random = new Random(42);
        String[] types = {"参加村民大会", "宅前屋后乱堆物", "清扫公共区域", "见义勇为"};
        List<Map<String, Object>> unique = new ArrayList<>();
        for (int i = 0; i < UNIQUE_EVENTS; i++) {
            unique.add(json("eventId", "phone-" + i, "householdId", households.get(random.nextInt(households.size())),
                    "type", types[random.nextInt(types.length)], "occurredOn", "2024-09-" + (10 + random.nextInt(18)),
                    "quantity", 1 + random.nextInt(4)));
        }
        List<Map<String, Object>> submissions = new ArrayList<>(unique);
        for (int i = 0; i < REPEATS; i++) {
            submissions.add(unique.get(random.nextInt(unique.size())));
        }
        Collections.shuffle(submissions, random);

        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> sent = new ArrayList<>();
        for (int i = 0; i < submissions.size(); i++) {
            Map<String, Object> submission = submissions.get(i);
            Api phone = phoneThrough(staff, i);
            sent.add(clients.submit(() -> statuses.merge(
                    phone.post("/api/villages/" + village + "/events", submission).status(), 1, Integer::sum)));
        }
        for (Future<?> one : sent) {
            one.get();
        }
        clients.shutdown();
        assertThat(clients.awaitTermination(1, TimeUnit.MINUTES)).isTrue();

        assertThat(statuses.keySet()).as("statuses seen: %s", statuses).containsOnly(200, 201);
        assertThat(statuses.get(201)).as("one recording per event id").isEqualTo(UNIQUE_EVENTS);
        assertThat(statuses.get(200)).as("every repeat replayed").isEqualTo(REPEATS);
        int awards = 0;
        for (long household : households) {
            JsonNode month = staff.get("/api/villages/" + village + "/households/" + household + "/months/2024-09")
                    .json();
            awards += month.at("/awards").size();
            assertThat(month.at("/base").asInt()).isBetween(0, 100);
            assertThat(month.at("/total").asInt()).isEqualTo(month.at("/vetoed").asBoolean() ? 0
                    : month.at("/base").asInt() + month.at("/bonus").asInt());
            int piles = 0;
            for (JsonNode award : month.at("/awards")) {
                piles += award.at("/rule").asString().equals("宅前屋后乱堆物") ? award.at("/points").asInt() : 0;
            }
            for (JsonNode adjustment : month.at("/adjustments")) {
                piles += "宅前屋后乱堆物".equals(adjustment.at("/rule").asString()) ? adjustment.at("/points").asInt() : 0;
            }
            assertThat(piles).as("宅前屋后乱堆物 counts within its cap").isBetween(-25, 0);
        }
        assertThat(awards).as("one award per recorded event, none doubled").isEqualTo(UNIQUE_EVENTS);
        JsonNode chain = township.api().get("/api/villages/" + village + "/ledger/verify").json();
        assertThat(chain.at("/valid").asBoolean()).as("the chain after the race: %s", chain).isTrue();
        assertThat(chain.at("/entries").asInt()).isEqualTo(UNIQUE_EVENTS);
    }

    /** Where a submission arrives: this node here; every other one the other node in the two nodes' test. */
    Api phoneThrough(Api staff, int submission) {
        return staff;
    }
}
