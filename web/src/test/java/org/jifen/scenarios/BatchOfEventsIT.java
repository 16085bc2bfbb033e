package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.HouseholdMonthTotalsCheck;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
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

        Api.Reply batch = staff.post("/api/villages/" + village + "/events:batch", json("events", Arrays.asList(
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

    /**
     * ADR 0265: on PostgreSQL a batch's rows travel as one array a column, each value inside the array's own text;
     * what staff typed, quotes, backslashes, braces, commas, a note's line break and the word NULL, is stored as typed.
     */
    @Test
    void whatStaffTypedIsStoredAsTyped() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        Api staff = township.aUser("STAFF", village);
        String onOneLine = "他说\"到了\", {村东,村西} C:\\路";
        String typed = onOneLine + "\n第二行";

        Api.Reply batch = staff.post("/api/villages/" + village + "/events:batch", json("events", List.of(
                json("eventId", "t1", "householdId", household, "type", "参加村民大会", "occurredOn", "2024-07-01",
                        "note", typed, "attributes", Map.of("会议", onOneLine)),
                json("eventId", "t2", "householdId", household, "type", "见义勇为", "occurredOn", "2024-07-02",
                        "note", "NULL", "attributes", Map.of("事迹", "NULL")),
                json("eventId", "t3", "householdId", household, "type", "见义勇为", "occurredOn", "2024-07-03"))));

        assertThat(batch.status()).isEqualTo(200);
        assertThat(batch.json().at("/results/0/awards/0/points").asInt()).as(batch.json().toString()).isEqualTo(2);
        List<Map<String, Object>> stored = new JdbcTemplate(householdMonthTotalsDatabase).queryForList("""
                select e.event_id, e.note, e.attributes, e.occurred_on from behaviour_event e
                join village v on v.id = e.village_id where v.code = ? order by e.event_id""", village);
        assertThat(stored).extracting(row -> row.get("note")).containsExactly(typed, "NULL", null);
        assertThat(stored.get(0).get("attributes").toString())
                .isEqualTo("{\"会议\":\"他说\\\"到了\\\", {村东,村西} C:\\\\路\"}");
        assertThat(stored.get(1).get("attributes").toString()).isEqualTo("{\"事迹\":\"NULL\"}");
        assertThat(stored).extracting(row -> row.get("occurred_on").toString())
                .containsExactly("2024-07-01", "2024-07-02", "2024-07-03");
        assertThat(township.api().get("/api/villages/" + village + "/ledger/verify").json().at("/valid").asBoolean())
                .as("each entry's link, made of what was stored, still holds").isTrue();
    }
}
