package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The month a household sees: caps, the monthly 100, bonus on top, veto, and a ledger that explains each point. */
@AppTest
class MonthTotalsIT {

    @Autowired
    Township township;

    @Test
    void theMonthAppliesCapsAndTheFullScoreAndExplainsEveryDifference() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE, Plans.generous());
        Api staff = township.aUser("STAFF", village);
        record(staff, village, household, "m1", "参加村民大会", 1);
        record(staff, village, household, "m2", "宅前屋后乱堆物", 7);
        record(staff, village, household, "m3", "清扫公共区域", 5);
        record(staff, village, household, "m4", "见义勇为", 1);

        JsonNode month = staff.get("/api/villages/" + village + "/households/" + household + "/months/2024-10").json();

        assertThat(month.at("/base").asInt()).isEqualTo(100);
        assertThat(month.at("/bonus").asInt()).isEqualTo(20);
        assertThat(month.at("/total").asInt()).isEqualTo(120);
        assertThat(month.at("/vetoed").asBoolean()).isFalse();
        assertThat(month.at("/awards").findValues("points")).extracting(JsonNode::asInt)
                .containsExactly(2, -35, 150, 20);
        assertThat(month.at("/adjustments").findValuesAsString("reason")).containsExactly("CAP", "CEILING");
        assertThat(month.at("/adjustments/0/rule").asString()).isEqualTo("宅前屋后乱堆物");
        assertThat(month.at("/adjustments/0/points").asInt()).isEqualTo(10);
        assertThat(month.at("/adjustments/1/points").asInt()).isEqualTo(-27);
        int ledger = month.at("/awards").findValues("points").stream().mapToInt(JsonNode::asInt).sum()
                + month.at("/adjustments").findValues("points").stream().mapToInt(JsonNode::asInt).sum();
        assertThat(ledger).isEqualTo(month.at("/total").asInt());
    }

    @Test
    void aVetoZeroesTheHouseholdsMonthButNotTheNextOne() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        Api staff = township.aUser("STAFF", village);
        record(staff, village, household, "v1", "参加村民大会", 1);
        record(staff, village, household, "v2", "见义勇为", 1);
        Api.Reply veto = staff.post("/api/villages/" + village + "/events", json("eventId", "v3",
                "householdId", household, "type", "违法搭建", "occurredOn", "2024-10-20"));
        assertThat(veto.text("/awards/0/kind")).isEqualTo("VETO");
        staff.post("/api/villages/" + village + "/events", json("eventId", "v4", "householdId", household,
                "type", "参加村民大会", "occurredOn", "2024-11-02"));

        JsonNode october = staff.get("/api/villages/" + village + "/households/" + household + "/months/2024-10").json();
        JsonNode november = staff.get("/api/villages/" + village + "/households/" + household + "/months/2024-11").json();

        assertThat(october.at("/vetoed").asBoolean()).isTrue();
        assertThat(october.at("/base").asInt()).isZero();
        assertThat(october.at("/bonus").asInt()).isZero();
        assertThat(october.at("/total").asInt()).isZero();
        assertThat(october.at("/adjustments/0/reason").asString()).isEqualTo("VETO");
        assertThat(october.at("/adjustments/0/points").asInt()).isEqualTo(-22);
        assertThat(november.at("/total").asInt()).isEqualTo(2);
    }

    @Test
    void aMonthWithoutEventsIsEmptyAndAnUnknownHouseholdIsNotFound() {
        String village = township.aVillage();
        long household = township.aHousehold(village);

        JsonNode empty = township.api().get("/api/villages/" + village + "/households/" + household
                + "/months/2024-01").json();

        assertThat(empty.at("/total").asInt()).isZero();
        assertThat(empty.at("/awards").size()).isZero();
        assertThat(township.api().get("/api/villages/" + village + "/households/999999/months/2024-01").status())
                .isEqualTo(404);
        Api.Reply badMonth = township.api().get("/api/villages/" + village + "/households/" + household
                + "/months/2024-13");
        assertThat(badMonth.status()).isEqualTo(400);
        assertThat(badMonth.text("/type")).endsWith("/malformed-request");
        assertThat(badMonth.text("/detail")).contains("2024-13");
    }

    private static void record(Api staff, String village, long household, String id, String type, int quantity) {
        Api.Reply reply = staff.post("/api/villages/" + village + "/events", json("eventId", id,
                "householdId", household, "type", type, "occurredOn", "2024-10-15", "quantity", quantity));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }
}
