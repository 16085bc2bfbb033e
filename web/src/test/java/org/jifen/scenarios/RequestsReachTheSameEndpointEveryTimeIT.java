package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The service remembers, per method and address, which of its endpoints can answer (ADR 0262): a request reaches the
 * same endpoint, or gets the same refusal (404, 405 with the methods allowed, 415), the first time its address is
 * seen and every time after, whatever was asked of that address before, in any order.
 */
@AppTest
class RequestsReachTheSameEndpointEveryTimeIT {

    @Autowired
    Township township;

    @Test
    void everyMethodOfAnAddressIsAnsweredAsTheFirstTime() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        Api api = township.api();
        String households = "/api/villages/" + village + "/households";
        String one = households + "/" + household;
        String events = "/api/villages/" + village + "/events";

        // Each round asks in another order, so that every address is also asked after every other.
        Map<String, Function<Integer, Api.Reply>> asks = new LinkedHashMap<>();
        asks.put("read", round -> api.get(one));
        asks.put("head", round -> api.call("HEAD", one));
        asks.put("delete", round -> api.call("DELETE", one));
        asks.put("record", round -> api.post(events, Api.json("eventId", "same-" + round, "householdId", household,
                "type", "参加村民大会", "occurredOn", "2024-07-03")));
        asks.put("put", round -> api.call("PUT", events));
        asks.put("form", round -> api.multipart(events, List.of(Api.Part.text("eventId", "form-" + round))));
        asks.put("nowhere", round -> api.get("/api/villages/" + village + "/no-such-thing"));
        asks.put("unknown village", round -> api.get("/api/villages/no-such-" + round + "/households/" + household));
        List<String> names = new ArrayList<>(asks.keySet());
        List<Map<String, String>> rounds = new ArrayList<>();
        for (int round = 0; round < names.size(); round++) {
            Map<String, Api.Reply> replies = new LinkedHashMap<>();
            for (String name : names) {
                replies.put(name, asks.get(name).apply(round));
            }
            Api.Reply read = replies.get("read");
            assertThat(read.status()).as(read.toString()).isEqualTo(200);
            assertThat(read.json().at("/id").asLong()).isEqualTo(household);
            assertThat(replies.get("head").status()).isEqualTo(200);
            assertThat(replies.get("delete").status()).as(replies.get("delete").toString()).isEqualTo(405);
            assertThat(replies.get("delete").header("Allow")).contains("GET");
            assertThat(replies.get("record").status()).as(replies.get("record").toString()).isEqualTo(201);
            assertThat(replies.get("put").status()).as(replies.get("put").toString()).isEqualTo(405);
            assertThat(replies.get("put").header("Allow")).contains("POST");
            assertThat(replies.get("form").status()).as(replies.get("form").toString()).isEqualTo(415);
            assertThat(replies.get("nowhere").status()).isEqualTo(404);
            assertThat(replies.get("unknown village").status()).isEqualTo(404);
            Map<String, String> answers = new TreeMap<>();
            replies.forEach((name, reply) -> answers.put(name, reply.status() + " " + reply.header("Allow")));
            rounds.add(answers);
            Collections.rotate(names, 1);
        }

        assertThat(rounds).as("the same answers in every round").containsOnly(rounds.get(0));
    }
}
