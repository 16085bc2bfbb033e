package org.jifen.scenarios;

import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.jifen.support.HouseholdMonthTotalsCheck;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.util.List;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A phone that was offline sends the day's events at once: each stands or falls on its own. */
@AppTest
class BatchOfEventsIT {

    @Autowired
    DataSource householdMonthTotalsDatabase;

    /** ADR 0261: what this test appended, in every way it did, left the households' months' totals right. */
    @AfterEach
    void theHouseholdsMonthTotalsAreWhatTheirEntriesSumTo() {
        HouseholdMonthTotalsCheck.agreeWithTheEntries(householdMonthTotalsDatabase);
    }

    @Autowired
    Township township;

    @Test
    void eachEventOfABatchGetsItsOwnResultInOrder() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        Api staff = township.aUser("STAFF", village);
        var good = json("eventId", "b1", "householdId", household, "type", "参加村民大会", "occurredOn", "2024-07-01");

        Api.Reply batch = staff.post("/api/villages/" + village + "/events:batch", json("events", java.util.Arrays.asList(
                good,
                json("eventId", "b2", "householdId", 999_999, "type", "参加村民大会", "occurredOn", "2024-07-01"),
                json("eventId", "b3", "householdId", household, "occurredOn", "2024-07-01"),
                good,
                null)));

        assertThat(batch.status()).isEqualTo(200);
        JsonNode results = batch.json().at("/results");
        assertThat(results.size()).isEqualTo(5);
        assertThat(results.get(0).at("/awards/0/points").asInt()).isEqualTo(2);
        assertThat(results.get(1).at("/status").asInt()).isEqualTo(404);
        assertThat(results.get(2).at("/status").asInt()).isEqualTo(400);
        assertThat(results.get(2).at("/detail").asString()).contains("type");
        assertThat(results.get(3)).as("a repeat inside the batch replays the first").isEqualTo(results.get(0));
        assertThat(results.get(4).at("/status").asInt()).isEqualTo(400);
        assertThat(results.get(4).at("/type").asString()).isEqualTo(results.get(2).at("/type").asString());
        assertThat(staff.get("/api/villages/" + village + "/households/" + household + "/months/2024-07")
                .json().at("/total").asInt()).isEqualTo(2);
    }

    @Test
    void aBatchWithoutAListOfEventsIsABadRequest() {
        String village = township.aVillage();

        assertThat(township.api().post("/api/villages/" + village + "/events:batch", json("items", List.of()))
                .status()).isEqualTo(400);
    }
}
