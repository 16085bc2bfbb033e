package org.jifen.scenarios;

import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.jifen.support.HouseholdMonthTotalsCheck;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.scenarios.MonthlyEvaluationIT.ledgerSum;
import static org.jifen.support.Api.json;

import java.time.YearMonth;
import java.time.ZoneId;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Plans;
import org.jifen.support.Supermarket;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A mistake found after the month was finalised is corrected (冲正) in the month that is open now: the finalised
 * month stays exactly as approved and posted, and the correction is an entry of its own, with who and why.
 */
@AppTest
class CorrectionsIT {

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
    void aMistakeInAFinalisedMonthIsCorrectedInTheOpenMonth() {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        long household = township.aHousehold(village);
        township.anEvent(village, household, "参加村民大会", "2024-07-03");
        long bravery = township.anEvent(village, household, "见义勇为", "2024-07-09").id("/awards/0/id");
        township.aFinalisedMonth(village, "2024-07", township.aSelfGovernanceGroup(village));
        String open = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
        township.anEvent(village, household, "见义勇为", open + "-01");
        Api admin = township.aUser("VILLAGE_ADMIN", village);

        Api.Reply corrected = admin.post("/api/villages/" + village + "/corrections",
                json("awardId", bravery, "reason", "见义勇为事迹经复核不实，冲正"));
        Api.Reply twice = admin.post("/api/villages/" + village + "/corrections",
                json("awardId", bravery, "reason", "再次冲正"));

        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(201);
        assertThat(corrected.json().at("/reverses").asLong()).isEqualTo(bravery);
        assertThat(corrected.text("/month")).isEqualTo(open);
        assertThat(corrected.text("/source")).isEqualTo("CORRECTION");
        assertThat(corrected.text("/kind")).isEqualTo("BONUS");
        assertThat(corrected.json().at("/points").asInt()).isEqualTo(-20);
        assertThat(corrected.text("/reason")).isEqualTo("见义勇为事迹经复核不实，冲正");
        assertThat(corrected.text("/recordedBy")).startsWith("village-admin-");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.text("/type")).endsWith("/award-already-reversed");
        JsonNode july = month(village, household, "2024-07");
        assertThat(july.at("/finalised").asBoolean()).isTrue();
        assertThat(july.at("/total").asInt()).isEqualTo(32);
        assertThat(july.at("/awards").findValuesAsString("source")).doesNotContain("CORRECTION");
        JsonNode now = month(village, household, open);
        assertThat(now.at("/awards").findValuesAsString("source")).containsExactly("EVENT", "CORRECTION");
        assertThat(now.at("/bonus").asInt()).isZero();
        assertThat(now.at("/total").asInt()).isZero();
        assertThat(ledgerSum(now)).isZero();
    }

    /**
     * Tryout F25: the household spent what a wrong award gave it, and the open month has nothing the correction could
     * be taken from (a month never counts below 0). The correction is recorded, and the admin is told in Chinese that
     * those points are not taken back; a correction the open month can absorb says by how much the points fall.
     */
    @Test
    void aCorrectionOfPointsAlreadySpentSaysWhatItCannotTakeBack() {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        long household = township.aHousehold(village);
        long meeting = township.anEvent(village, household, "参加村民大会", "2024-07-03").id("/awards/0/id");
        long bravery = township.anEvent(village, household, "见义勇为", "2024-07-09").id("/awards/0/id");
        township.aFinalisedMonth(village, "2024-07", township.aSelfGovernanceGroup(village));
        long rice = new Supermarket(township).aReward(village, "大米", 30, 5);
        Api.Reply spent = township.aUser("STAFF", village).post("/api/villages/" + village + "/households/"
                + household + "/redemptions", json("redemptionId", "F25-1", "rewardId", rice, "quantity", 1));
        assertThat(spent.status()).as(spent.toString()).isEqualTo(201);
        String open = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
        Api admin = township.aUser("VILLAGE_ADMIN", village);

        Api.Reply uncovered = admin.post("/api/villages/" + village + "/corrections",
                json("awardId", bravery, "reason", "复核：事迹不属实"));

        assertThat(uncovered.status()).as(uncovered.toString()).isEqualTo(201);
        assertThat(uncovered.json().at("/effect/month").asString()).isEqualTo(open);
        assertThat(uncovered.json().at("/effect/pointsCorrected").asInt()).isEqualTo(-20);
        assertThat(uncovered.json().at("/effect/pointsCounted").asInt()).isZero();
        assertThat(uncovered.json().at("/effect/pointsNotCounted").asInt()).isEqualTo(-20);
        assertThat(uncovered.json().at("/effect/monthTotalAfter").asInt()).isZero();
        assertThat(uncovered.text("/effect/note")).contains("每月积分扣至 0 分为止", "另 20 分不会从本户积分中扣回",
                "已兑换用去的积分不追回").doesNotContain("BONUS", "null");
        assertThat(new Supermarket(township).balance(village, household).at("/available").asInt())
                .as("nothing of July is taken back before the open month is finalised").isEqualTo(2);
        assertThat(township.api().get("/api/villages/" + village + "/audit-log?act=award.corrected")
                .body()).contains("不会从本户积分中扣回");

        township.anEvent(village, household, "参加村民大会", open + "-01");
        Api.Reply absorbed = admin.post("/api/villages/" + village + "/corrections",
                json("awardId", meeting, "reason", "复核：未到会"));

        assertThat(absorbed.status()).as(absorbed.toString()).isEqualTo(201);
        assertThat(absorbed.json().at("/effect/pointsCorrected").asInt()).isEqualTo(-2);
        assertThat(absorbed.json().at("/effect/pointsCounted").asInt()).isEqualTo(-2);
        assertThat(absorbed.json().at("/effect/pointsNotCounted").asInt()).isZero();
        assertThat(absorbed.text("/effect/note")).contains("少 2 分");
    }

    @Test
    void anOpenMonthIsRejectedNotCorrectedAndAVetoCannotBeCorrected() {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        long household = township.aHousehold(village);
        long open = township.anEvent(village, household, "参加村民大会", "2024-08-03").id("/awards/0/id");
        long veto = township.anEvent(village, household, "违法搭建", "2024-07-03").id("/awards/0/id");
        township.aFinalisedMonth(village, "2024-07", township.aSelfGovernanceGroup(village));

        Api.Reply notFinalised = township.api().post("/api/villages/" + village + "/corrections",
                json("awardId", open, "reason", "登记错误"));
        Api.Reply ofAVeto = township.api().post("/api/villages/" + village + "/corrections",
                json("awardId", veto, "reason", "否决有误"));

        assertThat(notFinalised.status()).isEqualTo(409);
        assertThat(notFinalised.text("/type")).endsWith("/month-not-finalised");
        assertThat(notFinalised.text("/detail")).contains("驳回");
        assertThat(ofAVeto.status()).isEqualTo(422);
        assertThat(ofAVeto.text("/type")).endsWith("/veto-not-correctable");
        assertThat(township.api().post("/api/villages/" + village + "/corrections", json("reason", "缺编号"))
                .status()).isEqualTo(400);
        assertThat(township.api().post("/api/villages/" + village + "/corrections",
                json("awardId", 999999999L, "reason", "不存在")).status()).isEqualTo(404);
        assertThat(township.aUser("AUDITOR", null).post("/api/villages/" + village + "/corrections",
                json("awardId", open, "reason", "审计")).status()).isEqualTo(403);
    }

    private JsonNode month(String village, long household, String month) {
        return township.api().get("/api/villages/" + village + "/households/" + household + "/months/" + month)
                .json();
    }
}
