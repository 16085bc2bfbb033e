package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.scenarios.MonthlyEvaluationIT.ledgerSum;
import static org.jifen.support.Api.json;

import java.util.List;
import org.jifen.engine.ContractExample;
import org.jifen.engine.PlanFile;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A month evaluated, then changed (a deduction back-filled, a deduction rejected, a new plan activated), then
 * finalised: finalising evaluates the month again under the same lock, so the frozen totals hold the month-end rules
 * over every event and review, and the finalisation names the plan version that evaluated it (ADR 0026).
 */
@AppTest
class FinalisingAStaleMonthIT {

    @Autowired
    Township township;

    @Test
    void aDeductionBackFilledAfterTheEvaluationTakesTheMonthEndBonusAwayBeforeTheMonthIsFrozen() {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        long zhang = township.aHousehold(village);
        long li = township.aHousehold(village);
        long wang = township.aHousehold(village);
        for (int day = 3; day <= 5; day++) {
            township.anEvent(village, zhang, "参加村民大会", "2024-07-0" + day);
        }
        township.anEvent(village, li, "参加村民大会", "2024-07-03");
        long liDeduction = township.anEvent(village, li, "宅前屋后乱堆物", "2024-07-10").id("/awards/0/id");
        township.anEvent(village, wang, "参加村民大会", "2024-07-03");
        Api staff = township.aUser("STAFF", village);
        Api admin = township.aUser("VILLAGE_ADMIN", village);
        String months = "/api/villages/" + village + "/months/2024-07";

        // Month end: 张 and 王 had no deduction (当月无扣分 +10), 李 had one.
        assertThat(staff.post(months + "/evaluate").json().at("/awardsAdded").asInt()).isEqualTo(2);
        assertThat(month(village, zhang).at("/total").asInt()).isEqualTo(16);
        // Since then: 张's deduction of 20 July is back-filled, and 李's deduction is rejected on review.
        township.anEvent(village, zhang, "宅前屋后乱堆物", "2024-07-20");
        assertThat(admin.post("/api/villages/" + village + "/awards/" + liDeduction + "/reject",
                json("reason", "经核实，堆放物为村里统一放置的物资", "by", "组长")).status()).isEqualTo(201);
        assertThat(month(village, zhang).at("/total").asInt()).as("stale: the bonus still stands").isEqualTo(11);

        Api.Reply finalised = admin.post(months + "/finalise",
                json("approvedBy", township.aSelfGovernanceGroup(village)));

        assertThat(finalised.status()).as(finalised.toString()).isEqualTo(200);
        assertThat(finalised.json().at("/ruleSetVersion").asInt()).isEqualTo(1);
        assertThat(finalised.json().at("/evaluation/ruleSetVersion").asInt()).isEqualTo(1);
        assertThat(finalised.json().at("/evaluation/households").asInt()).isEqualTo(3);
        assertThat(finalised.json().at("/evaluation/awardsReversed").asInt()).isEqualTo(1);
        assertThat(finalised.json().at("/evaluation/awardsAdded").asInt()).isEqualTo(1);
        assertThat(finalised.text("/evaluation/evaluatedBy")).isEqualTo(finalised.text("/finalisedBy"));
        assertThat(finalised.text("/evaluation/evaluatedAt")).isEqualTo(finalised.text("/finalisedAt"));
        JsonNode zhangsJuly = month(village, zhang);
        assertThat(zhangsJuly.at("/finalised").asBoolean()).isTrue();
        assertThat(zhangsJuly.at("/total").asInt()).isEqualTo(6 - 5);
        assertThat(ledgerSum(zhangsJuly)).isEqualTo(1);
        assertThat(zhangsJuly.at("/awards").findValuesAsString("source")).containsExactly("EVENT", "EVENT", "EVENT",
                "MONTH_END", "EVENT", "MONTH_END");
        assertThat(month(village, li).at("/total").asInt()).as("the review restored 李's month-end bonus")
                .isEqualTo(2 + 10);
        assertThat(month(village, wang).at("/total").asInt()).as("evaluated twice, granted once").isEqualTo(12);
        JsonNode status = staff.get(months).json();
        assertThat(status.at("/evaluations").size()).isEqualTo(2);
        assertThat(status.at("/finalisation/ruleSetVersion").asInt()).isEqualTo(1);
        assertThat(status.at("/finalisation/evaluation/evaluatedAt").asString())
                .isEqualTo(status.at("/evaluations/1/evaluatedAt").asString());
        JsonNode notice = staff.get("/api/villages/" + village + "/notices/2024-Q3").json();
        assertThat(notice.at("/groups/0/households").findValues("months").stream()
                .map(byMonth -> byMonth.at("/2024-07").asInt()).toList()).containsExactlyInAnyOrder(1, 12, 12);
    }

    @Test
    void theFinalisationNamesThePlanVersionThatEvaluatedTheMonth() {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        long household = township.aHousehold(village);
        township.anEvent(village, household, "参加村民大会", "2024-07-03");
        String months = "/api/villages/" + village + "/months/2024-07";
        assertThat(township.api().post(months + "/evaluate").json().at("/ruleSetVersion").asInt()).isEqualTo(1);
        // The village's version 2 raises the month-end bonus from 10 to 15, and governs July from before finalising:
        // activating it from July evaluates July again with it (ADR 0056).
        assertThat(township.api().upload("/api/villages/" + village + "/rule-sets", PlanFile.of("示例方案.drl",
                ContractExample.DRL.replace("awards.add(10, \"文明新风\");", "awards.add(15, \"文明新风\");")))
                .json().at("/version").asInt()).isEqualTo(2);
        Api.Reply activated = township.api().post("/api/villages/" + village + "/rule-sets/2/activate",
                json("from", "2024-07"));
        assertThat(activated.json().at("/activation/rescored/0/monthEnd/awardsReversed").asInt()).isEqualTo(1);
        assertThat(activated.json().at("/activation/rescored/0/monthEnd/awardsAdded").asInt()).isEqualTo(1);

        Api.Reply finalised = township.api().post(months + "/finalise",
                json("approvedBy", township.aSelfGovernanceGroup(village)));

        assertThat(finalised.status()).as(finalised.toString()).isEqualTo(200);
        assertThat(finalised.json().at("/ruleSetVersion").asInt()).isEqualTo(2);
        assertThat(finalised.json().at("/evaluation/awardsReversed").asInt()).isZero();
        assertThat(finalised.json().at("/evaluation/awardsAdded").asInt()).isZero();
        JsonNode july = month(village, household);
        assertThat(july.at("/total").asInt()).isEqualTo(2 + 15);
        assertThat(township.api().get(months).json().at("/finalisation/ruleSetVersion").asInt()).isEqualTo(2);
    }

    private JsonNode month(String village, long household) {
        return township.api().get("/api/villages/" + village + "/households/" + household + "/months/2024-07")
                .json();
    }
}
