package org.jifen.scenarios;

import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.jifen.support.HouseholdMonthTotalsCheck;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.scenarios.MonthlyEvaluationIT.ledgerSum;
import static org.jifen.support.Api.json;

import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The self-governance group reviews the month before it is finalised and rejects what does not hold. A rejection
 * never changes or removes the entry: it appends a reversing entry with who decided and why.
 */
@AppTest
class ReviewIT {

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
    void aRejectedAwardIsTakenBackByAReversingEntryThatSaysWhoAndWhy() {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        long household = township.aHousehold(village);
        township.anEvent(village, household, "参加村民大会", "2024-07-03");
        long bravery = township.anEvent(village, household, "见义勇为", "2024-07-09").id("/awards/0/id");
        Api admin = township.aUser("VILLAGE_ADMIN", village);

        Api.Reply rejected = admin.post("/api/villages/" + village + "/awards/" + bravery + "/reject",
                json("reason", "经核实，当事人并未参与救援", "by", "杨组长"));

        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(201);
        long reversal = rejected.json().at("/id").asLong();
        assertThat(rejected.location()).isEqualTo("/api/awards/" + reversal + "/trace");
        assertThat(rejected.json().at("/reverses").asLong()).isEqualTo(bravery);
        assertThat(rejected.json().at("/householdId").asLong()).isEqualTo(household);
        assertThat(rejected.text("/month")).isEqualTo("2024-07");
        assertThat(rejected.text("/rule")).isEqualTo("见义勇为");
        assertThat(rejected.text("/category")).isEqualTo("文明新风");
        assertThat(rejected.text("/kind")).isEqualTo("BONUS");
        assertThat(rejected.json().at("/points").asInt()).isEqualTo(-20);
        assertThat(rejected.text("/source")).isEqualTo("REVIEW");
        assertThat(rejected.text("/reason")).isEqualTo("经核实，当事人并未参与救援");
        assertThat(rejected.text("/decidedBy")).isEqualTo("杨组长");
        assertThat(rejected.text("/recordedBy")).startsWith("village-admin-");
        JsonNode month = month(village, household);
        assertThat(month.at("/total").asInt()).isEqualTo(2);
        assertThat(month.at("/bonus").asInt()).isZero();
        assertThat(month.at("/awards").findValues("points")).extracting(JsonNode::asInt).containsExactly(2, 20, -20);
        assertThat(ledgerSum(month)).isEqualTo(2);
        Api.Reply trace = township.api().get("/api/awards/" + reversal + "/trace");
        assertThat(trace.status()).as(trace.toString()).isEqualTo(200);
        assertThat(trace.text("/award/source")).isEqualTo("REVIEW");
        assertThat(trace.text("/recordedBy")).startsWith("village-admin-");
    }

    @Test
    void anAwardIsRejectedOnceAndAReversingEntryNever() {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        long household = township.aHousehold(village);
        long award = township.anEvent(village, household, "参加村民大会", "2024-07-03").id("/awards/0/id");
        String reject = "/api/villages/" + village + "/awards/" + award + "/reject";
        long reversal = township.api().post(reject, json("reason", "重复登记")).id("/id");

        Api.Reply twice = township.api().post(reject, json("reason", "重复登记"));
        Api.Reply ofTheReversal = township.api().post("/api/villages/" + village + "/awards/" + reversal + "/reject",
                json("reason", "撤销驳回"));

        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.text("/type")).endsWith("/award-already-reversed");
        assertThat(ofTheReversal.status()).isEqualTo(409);
        assertThat(ofTheReversal.text("/type")).endsWith("/reversing-entry-not-reversible");
        assertThat(month(village, household).at("/awards").size()).isEqualTo(2);
    }

    @Test
    void aRejectedVetoNoLongerVetoesTheMonth() {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        long household = township.aHousehold(village);
        township.anEvent(village, household, "参加村民大会", "2024-07-03");
        long veto = township.anEvent(village, household, "违法搭建", "2024-07-15").id("/awards/0/id");
        assertThat(month(village, household).at("/vetoed").asBoolean()).isTrue();

        township.api().post("/api/villages/" + village + "/awards/" + veto + "/reject",
                json("reason", "系经批准的临时建筑，不属违法搭建"));

        JsonNode month = month(village, household);
        assertThat(month.at("/vetoed").asBoolean()).isFalse();
        assertThat(month.at("/total").asInt()).isEqualTo(2);
        assertThat(month.at("/adjustments").size()).isZero();
        assertThat(ledgerSum(month)).isEqualTo(2);
    }

    @Test
    void aRejectedDeductionNoLongerStandsInTheWayOfTheMonthEndRules() {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        long household = township.aHousehold(village);
        township.anEvent(village, household, "参加村民大会", "2024-07-03");
        long deduction = township.anEvent(village, household, "宅前屋后乱堆物", "2024-07-10").id("/awards/0/id");
        assertThat(evaluate(village).at("/awardsAdded").asInt()).isZero();

        township.api().post("/api/villages/" + village + "/awards/" + deduction + "/reject",
                json("reason", "堆物系邻户所有"));

        assertThat(evaluate(village).at("/awardsAdded").asInt()).isEqualTo(1);
        assertThat(month(village, household).at("/total").asInt()).isEqualTo(12);
    }

    @Test
    void aReviewersRejectionOfAMonthEndAwardHoldsWhenTheMonthIsEvaluatedAgain() {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        long household = township.aHousehold(village);
        township.anEvent(village, household, "参加村民大会", "2024-07-03");
        evaluate(village);
        long monthEnd = month(village, household).at("/awards/1/id").asLong();
        township.api().post("/api/villages/" + village + "/awards/" + monthEnd + "/reject",
                json("reason", "小组评议：本月有未登记的违规行为"));

        JsonNode again = evaluate(village);

        assertThat(again.at("/awardsAdded").asInt()).isZero();
        assertThat(again.at("/awardsReversed").asInt()).isZero();
        assertThat(month(village, household).at("/total").asInt()).isEqualTo(2);
    }

    @Test
    void onlyTheVillagesOwnAwardsCanBeRejectedAndOnlyWithAReason() {
        String village = township.aVillage();
        String other = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        township.anActivePlan(other, Plans.CONTRACT_EXAMPLE);
        long theirs = township.anEvent(other, township.aHousehold(other), "参加村民大会", "2024-07-03")
                .id("/awards/0/id");
        long ours = township.anEvent(village, township.aHousehold(village), "参加村民大会", "2024-07-03")
                .id("/awards/0/id");

        assertThat(township.api().post("/api/villages/" + village + "/awards/" + theirs + "/reject",
                json("reason", "不属实")).status()).isEqualTo(404);
        assertThat(township.api().post("/api/villages/" + village + "/awards/999999999/reject",
                json("reason", "不属实")).status()).isEqualTo(404);
        assertThat(township.api().post("/api/villages/" + village + "/awards/" + ours + "/reject",
                json("reason", " ")).status()).isEqualTo(400);
        assertThat(township.aUser("STAFF", other).post("/api/villages/" + village + "/awards/" + ours + "/reject",
                json("reason", "不属实")).status()).isEqualTo(403);
    }

    private JsonNode evaluate(String village) {
        Api.Reply evaluated = township.api().post("/api/villages/" + village + "/months/2024-07/evaluate");
        assertThat(evaluated.status()).as(evaluated.toString()).isEqualTo(200);
        return evaluated.json();
    }

    private JsonNode month(String village, long household) {
        return township.api().get("/api/villages/" + village + "/households/" + household + "/months/2024-07")
                .json();
    }
}
