package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every refusal of an event is a clear problem, and nothing of the event is recorded. */
@AppTest
class EventRefusalsIT {

    @Autowired
    Township township;

    @Test
    void anEventForAnUnknownVillageOrHouseholdIsNotFound() {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);

        Api.Reply noVillage = township.api().post("/api/villages/no-such-village/events", event("a", 1));
        Api.Reply noHousehold = township.api().post("/api/villages/" + village + "/events", event("b", 999_999));

        assertThat(noVillage.status()).isEqualTo(404);
        assertThat(noHousehold.status()).isEqualTo(404);
        assertThat(noHousehold.contentType()).startsWith("application/problem+json");
        assertThat(noHousehold.text("/detail")).contains("999999");
    }

    @Test
    void aHouseholdOutsideTheSchemeIsNotScored() {
        String village = township.aVillage();
        long ineligible = township.anIneligibleHousehold(village);
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);

        Api.Reply refused = township.api().post("/api/villages/" + village + "/events", event("c", ineligible));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("/detail")).contains("宅基地");
        assertThat(township.api().post("/api/villages/" + village + "/events", event("c", ineligible)).status())
                .as("nothing was recorded under the id").isEqualTo(422);
    }

    @Test
    void aVillageWithoutAnActivePlanCannotScore() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.api().upload("/api/villages/" + village + "/rule-sets", Plans.CONTRACT_EXAMPLE);

        Api.Reply refused = township.api().post("/api/villages/" + village + "/events", event("d", household));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("/detail")).contains("启用");
    }

    @Test
    void aMalformedEventIsABadRequestNamingWhatIsWrong() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        String events = "/api/villages/" + village + "/events";

        Api.Reply notJson = township.api().postRaw(events, "{\"eventId\": ");
        Api.Reply badDate = township.api().post(events, json("eventId", "x", "householdId", household,
                "type", "参加村民大会", "occurredOn", "2024-13-45"));
        Api.Reply noType = township.api().post(events, json("eventId", "y", "householdId", household,
                "occurredOn", "2024-07-01"));
        Api.Reply zeroQuantity = township.api().post(events, json("eventId", "z", "householdId", household,
                "type", "参加村民大会", "occurredOn", "2024-07-01", "quantity", 0));

        assertThat(notJson.status()).isEqualTo(400);
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(noType.status()).isEqualTo(400);
        assertThat(noType.text("/errors/0/field")).isEqualTo("type");
        assertThat(zeroQuantity.status()).isEqualTo(400);
        assertThat(notJson.contentType()).startsWith("application/problem+json");
        assertThat(township.api().get("/api/villages/" + village + "/households/" + household + "/months/2024-07")
                .json().at("/awards").size()).isZero();
    }

    @Test
    void aRuleThatFailsWhileScoringRefusesTheEventAndNamesTheRule() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, Plans.FAILS_WHILE_SCORING);

        Api.Reply refused = township.api().post("/api/villages/" + village + "/events", json("eventId", "e",
                "householdId", household, "type", "参加村民大会", "occurredOn", "2024-07-15", "quantity", 7));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("/rule")).isEqualTo("按次数平均");
        assertThat(refused.text("/detail")).contains("按次数平均");
        assertThat(township.api().get("/api/villages/" + village + "/events/e").status()).isEqualTo(404);
    }

    @Test
    void anEventInTheFutureOrAbsurdlyLongAgoIsRefused() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        String events = "/api/villages/" + village + "/events";

        Api.Reply future = township.api().post(events, json("eventId", "f1", "householdId", household,
                "type", "参加村民大会", "occurredOn", java.time.LocalDate.now().plusDays(3).toString()));
        Api.Reply ancient = township.api().post(events, json("eventId", "f2", "householdId", household,
                "type", "参加村民大会", "occurredOn", "1999-01-01"));

        assertThat(future.status()).isEqualTo(422);
        assertThat(future.text("/type")).endsWith("/implausible-date");
        assertThat(ancient.status()).isEqualTo(422);
        assertThat(township.api().get(events + "/f1").status()).isEqualTo(404);
    }

    private static Object event(String id, long household) {
        return json("eventId", id, "householdId", household, "type", "参加村民大会", "occurredOn", "2024-07-15");
    }
}
