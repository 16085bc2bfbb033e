package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The monthly evaluation (积分评定) runs the plan's month-end rules over every eligible household's month. The
 * contract example's "当月无扣分" grants 10 points to a household with events and no deduction that month.
 */
@AppTest
class MonthlyEvaluationIT {

    @Autowired
    Township township;

    @Test
    void monthEndRulesScoreEachEligibleHouseholdOnceHoweverOftenTheMonthIsEvaluated() {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        long diligent = township.aHousehold(village);
        long untidy = township.aHousehold(village);
        township.aHousehold(village);
        township.anIneligibleHousehold(village);
        township.anEvent(village, diligent, "参加村民大会", "2024-07-03");
        township.anEvent(village, diligent, "参加村民大会", "2024-07-24");
        township.anEvent(village, untidy, "参加村民大会", "2024-07-03");
        township.anEvent(village, untidy, "宅前屋后乱堆物", "2024-07-11");
        Api staff = township.aUser("STAFF", village);

        Api.Reply first = staff.post("/api/villages/" + village + "/months/2024-07/evaluate");
        Api.Reply second = staff.post("/api/villages/" + village + "/months/2024-07/evaluate");

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.text("/month")).isEqualTo("2024-07");
        assertThat(first.json().at("/ruleSetVersion").asInt()).isEqualTo(1);
        assertThat(first.json().at("/households").asInt()).isEqualTo(3);
        assertThat(first.json().at("/awardsAdded").asInt()).isEqualTo(1);
        assertThat(first.json().at("/awardsReversed").asInt()).isZero();
        assertThat(first.json().at("/finalised").asBoolean()).isFalse();
        assertThat(second.json().at("/awardsAdded").asInt()).isZero();
        assertThat(second.json().at("/awardsReversed").asInt()).isZero();
        JsonNode month = month(village, diligent, "2024-07");
        assertThat(month.at("/total").asInt()).isEqualTo(14);
        JsonNode monthEnd = month.at("/awards/2");
        assertThat(monthEnd.at("/source").asString()).isEqualTo("MONTH_END");
        assertThat(monthEnd.at("/rule").asString()).isEqualTo("当月无扣分");
        assertThat(monthEnd.at("/points").asInt()).isEqualTo(10);
        assertThat(monthEnd.at("/eventId").isNull()).isTrue();
        assertThat(monthEnd.at("/recordedBy").asString()).startsWith("staff-");
        assertThat(month.at("/awards").size()).isEqualTo(3);
        assertThat(month(village, untidy, "2024-07").at("/awards").findValuesAsString("source"))
                .doesNotContain("MONTH_END");
        JsonNode status = staff.get("/api/villages/" + village + "/months/2024-07").json();
        assertThat(status.at("/finalised").asBoolean()).isFalse();
        assertThat(status.at("/evaluations").size()).isEqualTo(2);
        assertThat(status.at("/evaluations/0/awardsAdded").asInt()).isEqualTo(1);
        assertThat(status.at("/evaluations/1/evaluatedBy").asString()).startsWith("staff-");
        assertThat(status.at("/evaluations/1/evaluatedAt").asString()).isNotBlank();
    }

    @Test
    void aMonthEndAwardThatNoLongerAppliesIsReversedByANewEntryNeverDeleted() {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        long household = township.aHousehold(village);
        township.anEvent(village, household, "参加村民大会", "2024-07-03");
        township.api().post("/api/villages/" + village + "/months/2024-07/evaluate");
        township.anEvent(village, household, "宅前屋后乱堆物", "2024-07-28");

        Api.Reply again = township.api().post("/api/villages/" + village + "/months/2024-07/evaluate");

        assertThat(again.json().at("/awardsAdded").asInt()).isZero();
        assertThat(again.json().at("/awardsReversed").asInt()).isEqualTo(1);
        JsonNode month = month(village, household, "2024-07");
        JsonNode granted = month.at("/awards/1");
        JsonNode reversed = month.at("/awards/3");
        assertThat(granted.at("/rule").asString()).isEqualTo("当月无扣分");
        assertThat(granted.at("/points").asInt()).isEqualTo(10);
        assertThat(reversed.at("/rule").asString()).isEqualTo("当月无扣分");
        assertThat(reversed.at("/source").asString()).isEqualTo("MONTH_END");
        assertThat(reversed.at("/points").asInt()).isEqualTo(-10);
        assertThat(reversed.at("/reverses").asLong()).isEqualTo(granted.at("/id").asLong());
        assertThat(reversed.at("/reason").asString()).contains("不再成立");
        assertThat(month.at("/total").asInt()).isZero();
        assertThat(ledgerSum(month)).isEqualTo(month.at("/total").asInt());
        assertThat(township.api().post("/api/villages/" + village + "/months/2024-07/evaluate")
                .json().at("/awardsReversed").asInt()).isZero();
    }

    @Test
    void evaluatingNeedsAnActivePlanAVillageAndAMonth() {
        String village = township.aVillage();
        township.aHousehold(village);

        Api.Reply noPlan = township.api().post("/api/villages/" + village + "/months/2024-07/evaluate");

        assertThat(noPlan.status()).isEqualTo(409);
        assertThat(noPlan.text("/type")).endsWith("/no-active-plan");
        assertThat(township.api().get("/api/villages/" + village + "/months/2024-07").json()
                .at("/evaluations").size()).isZero();
        assertThat(township.api().post("/api/villages/no-such-village/months/2024-07/evaluate").status())
                .isEqualTo(404);
        assertThat(township.api().post("/api/villages/" + village + "/months/2024-13/evaluate").status())
                .isEqualTo(400);
        assertThat(township.aUser("AUDITOR", null).post("/api/villages/" + village + "/months/2024-07/evaluate")
                .status()).isEqualTo(403);
    }

    private JsonNode month(String village, long household, String month) {
        return township.api().get("/api/villages/" + village + "/households/" + household + "/months/" + month)
                .json();
    }

    static int ledgerSum(JsonNode month) {
        return month.at("/awards").findValues("points").stream().mapToInt(JsonNode::asInt).sum()
                + month.at("/adjustments").findValues("points").stream().mapToInt(JsonNode::asInt).sum();
    }
}
