package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A flaky phone connection sends the same event twice: it must count once. */
@AppTest
class IdempotentReplayIT {

    @Autowired
    Township township;

    @Test
    void theSameEventSentAgainIsAnsweredWithTheFirstResultAndCountsOnce() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        Api staff = township.aUser("STAFF", village);
        var event = json("eventId", "phone-42", "householdId", household, "type", "宅前屋后乱堆物",
                "occurredOn", "2024-08-03", "quantity", 2);

        Api.Reply first = staff.post("/api/villages/" + village + "/events", event);
        Api.Reply again = resentThrough(staff).post("/api/villages/" + village + "/events", event);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(first.location()).endsWith("/api/villages/" + village + "/events/phone-42");
        assertThat(staff.get(first.location().substring(first.location().indexOf("/api/"))).json())
                .isEqualTo(first.json());
        Api.Reply month = staff.get("/api/villages/" + village + "/households/" + household + "/months/2024-08");
        assertThat(month.json().at("/awards").size()).isEqualTo(1);
        assertThat(month.json().at("/base").asInt()).isZero();
    }

    @Test
    void theSameEventIdWithAnotherBodyIsRefusedAndTheFirstRecordingStands() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        Api staff = township.aUser("STAFF", village);
        staff.post("/api/villages/" + village + "/events", json("eventId", "e-1", "householdId", household,
                "type", "参加村民大会", "occurredOn", "2024-08-03"));

        Api.Reply other = resentThrough(staff).post("/api/villages/" + village + "/events", json("eventId", "e-1",
                "householdId", household, "type", "见义勇为", "occurredOn", "2024-08-03"));

        assertThat(other.status()).isEqualTo(409);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(other.text("/detail")).contains("e-1");
        Api.Reply month = staff.get("/api/villages/" + village + "/households/" + household + "/months/2024-08");
        assertThat(month.json().at("/total").asInt()).isEqualTo(2);
    }

    @Test
    void anEventIdIsUniquePerVillageNotAcrossVillages() {
        String north = township.aVillage();
        String south = township.aVillage();
        long northHousehold = township.aHousehold(north);
        long southHousehold = township.aHousehold(south);
        township.anActivePlan(north, Plans.CONTRACT_EXAMPLE);
        township.anActivePlan(south, Plans.CONTRACT_EXAMPLE);

        Api.Reply inNorth = township.api().post("/api/villages/" + north + "/events", json("eventId", "2024-08-001",
                "householdId", northHousehold, "type", "参加村民大会", "occurredOn", "2024-08-03"));
        Api.Reply inSouth = township.api().post("/api/villages/" + south + "/events", json("eventId", "2024-08-001",
                "householdId", southHousehold, "type", "参加村民大会", "occurredOn", "2024-08-03"));

        assertThat(inNorth.status()).isEqualTo(201);
        assertThat(inSouth.status()).isEqualTo(201);
    }

    /** Where the phone's repeat arrives: the first sending's node here, the other in the two nodes' test. */
    Api resentThrough(Api staff) {
        return staff;
    }
}
