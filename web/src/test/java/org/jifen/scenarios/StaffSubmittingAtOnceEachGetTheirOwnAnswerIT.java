package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import tools.jackson.databind.JsonNode;

/**
 * Many staff submit single events for one village at the same moment, and the service writes those that arrive
 * together in one transaction (ADR 0102). Each submission still gets its own answer: an event for a household of
 * another village and an event dated in the future are refused on their own, and their neighbours are recorded, each
 * once, in one unbroken chain.
 */
@AppTest
class StaffSubmittingAtOnceEachGetTheirOwnAnswerIT {

    private static final int STAFF = 8;
    private static final int EACH = 6;

    @Autowired
    Township township;

    @Test
    void aRefusedEventAmongSimultaneousSubmissionsNeverFailsItsNeighbours() throws Exception {
        String village = township.aVillage();
        List<Long> households = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            households.add(township.aHousehold(village));
        }
        long elsewhere = township.aHousehold(township.aVillage());
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        Api staff = township.aUser("STAFF", village);
        String future = java.time.LocalDate.now().plusDays(3).toString();

        List<Map<String, Object>> submissions = new ArrayList<>();
        for (int i = 0; i < STAFF * EACH; i++) {
            long household = i % 12 == 5 ? elsewhere : households.get(i % households.size());
            submissions.add(json("eventId", "at-once-" + i, "householdId", household, "type", "参加村民大会",
                    "occurredOn", i % 12 == 7 ? future : "2024-09-" + (10 + i % 15)));
        }
        CountDownLatch ready = new CountDownLatch(STAFF);
        ExecutorService phones = Executors.newFixedThreadPool(STAFF);
        List<Future<List<Api.Reply>>> sent = new ArrayList<>();
        for (int s = 0; s < STAFF; s++) {
            int first = s * EACH;
            Api phone = phoneOf(staff, s);
            sent.add(phones.submit(() -> {
                ready.countDown();
                ready.await();
                List<Api.Reply> replies = new ArrayList<>();
                for (int i = first; i < first + EACH; i++) {
                    replies.add(phone.post("/api/villages/" + village + "/events", submissions.get(i)));
                }
                return replies;
            }));
        }
        List<Api.Reply> replies = new ArrayList<>();
        for (Future<List<Api.Reply>> one : sent) {
            replies.addAll(one.get(2, TimeUnit.MINUTES));
        }
        phones.shutdown();

        int recorded = 0;
        java.util.Set<Long> awards = new java.util.HashSet<>();
        for (int i = 0; i < replies.size(); i++) {
            Api.Reply reply = replies.get(i);
            if (i % 12 == 5) {
                assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
                assertThat(reply.text("/type")).endsWith("/household-not-found");
            } else if (i % 12 == 7) {
                assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
                assertThat(reply.text("/type")).endsWith("/implausible-date");
            } else {
                assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
                assertThat(reply.text("/eventId")).isEqualTo("at-once-" + i);
                assertThat(reply.json().at("/awards").size()).as("its own award").isEqualTo(1);
                awards.add(reply.json().at("/awards/0/id").asLong());
                recorded++;
            }
        }
        assertThat(recorded).isEqualTo(STAFF * EACH - 2 * (STAFF * EACH / 12));
        assertThat(awards).as("each answer its own award, none a neighbour's").hasSize(recorded);
        for (int i = 0; i < replies.size(); i++) {
            int status = staff.get("/api/villages/" + village + "/events/at-once-" + i).status();
            assertThat(status).as("at-once-" + i).isEqualTo(i % 12 == 5 || i % 12 == 7 ? 404 : 200);
        }
        JsonNode chain = township.api().get("/api/villages/" + village + "/ledger/verify").json();
        assertThat(chain.at("/valid").asBoolean()).as("the chain: %s", chain).isTrue();
        assertThat(chain.at("/entries").asInt()).as("one entry per recorded event").isEqualTo(recorded);
    }

    /** The node a staff member's phone reaches: the same for all here, the other for half in the two nodes' test. */
    Api phoneOf(Api staff, int member) {
        return staff;
    }
}
