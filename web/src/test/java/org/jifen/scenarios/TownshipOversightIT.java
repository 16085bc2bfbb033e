package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Supermarket;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The township oversees its villages (GET /api/township/overview, extended): for a month, the share of eligible
 * households that took part and the points the rules gave by category; the supermarket's redemptions and the reward
 * fund; and the plan's milestones in a configured year with the villages that are behind.
 */
@AppTest
class TownshipOversightIT {

    private static final ZoneId TOWNSHIP = ZoneId.of("Asia/Shanghai");

    @Autowired
    Township township;

    @Test
    void theOverviewShowsParticipationPointsRedemptionsTheFundAndTheMilestonesBehind() {
        Supermarket supermarket = new Supermarket(township);
        Supermarket.Village running = supermarket.aVillageWithPoints(2);
        String code = running.code();
        township.aHousehold(code);
        long soap = supermarket.aReward(code, "肥皂", 5, 10);
        township.api().post("/api/villages/" + code + "/households/" + running.household(0) + "/redemptions",
                json("redemptionId", "o-1", "rewardId", soap));
        township.api().post("/api/villages/" + code + "/fund/income", json("source", "COLLECTIVE", "amount", 500));
        township.api().post("/api/villages/" + code + "/cases", json("title", "积分超市", "text", "兑换热闹"));
        String idle = township.aVillage();
        int lastYear = LocalDate.now(TOWNSHIP).getYear() - 1;

        JsonNode july = row(township.api().get("/api/township/overview?month=2024-07&year=" + lastYear).json(), code);
        JsonNode now = row(township.api().get("/api/township/overview").json(), code);
        JsonNode nothing = row(township.api().get("/api/township/overview?year=" + lastYear).json(), idle);

        assertThat(july.at("/households").asInt()).as("the published fields stay").isEqualTo(3);
        assertThat(july.at("/activePlanVersion").asInt()).isEqualTo(1);
        assertThat(july.at("/participation/eligible").asInt()).isEqualTo(3);
        assertThat(july.at("/participation/active").asInt()).isEqualTo(2);
        assertThat(july.at("/participation/percent").asInt()).isEqualTo(67);
        assertThat(july.at("/pointsByCategory/村民议事").asInt()).isEqualTo(4);
        assertThat(july.at("/pointsByCategory/文明新风").asInt()).as("见义勇为 and 当月无扣分").isEqualTo(60);
        assertThat(july.at("/milestones").findValuesAsString("milestone"))
                .containsExactly("PLAN_AND_GROUP", "RULES_AND_INCENTIVES", "RUNNING", "CASES");
        assertThat(july.at("/milestones/0/due").asString()).isEqualTo(lastYear + "-07-15");
        assertThat(july.at("/milestones").findValuesAsString("doneOn")).as("every milestone reached, today")
                .containsOnly(LocalDate.now(TOWNSHIP).toString());
        assertThat(july.at("/behind")).isEmpty();
        assertThat(now.at("/supermarket/month").asString()).isEqualTo(YearMonth.now(TOWNSHIP).toString());
        assertThat(now.at("/supermarket/redemptions").asInt()).isEqualTo(1);
        assertThat(now.at("/supermarket/pointsRedeemed").asInt()).isEqualTo(5);
        assertThat(now.at("/supermarket/rewardsOnSale").asInt()).isEqualTo(1);
        assertThat(now.at("/supermarket/fundBalance").decimalValue()).isEqualByComparingTo("500.00");
        assertThat(nothing.at("/behind").toString()).contains("7月中旬前制定本村方案并组建自治小组",
                "8月中旬前确定积分规则和激励措施", "10月中旬前开展月度评定", "11月底前上报典型案例");
        assertThat(nothing.at("/participation/percent").asInt()).isZero();

        JsonNode milestones = township.api().get("/api/township/milestones?year=" + lastYear).json();
        assertThat(milestones).hasSize(4);
        for (JsonNode milestone : milestones) {
            assertThat(milestone.at("/behind").findValuesAsString("code")).contains(idle).doesNotContain(code);
        }
        assertThat(township.api().get("/api/township/overview?month=2024-13").status()).isEqualTo(400);
        assertThat(township.api().get("/api/township/milestones?year=99").status()).isEqualTo(400);
        Api staff = township.aUser("STAFF", code);
        assertThat(staff.get("/api/township/milestones").status()).isEqualTo(403);
    }

    private static JsonNode row(JsonNode overview, String code) {
        for (JsonNode row : overview) {
            if (row.at("/code").asString().equals(code)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + code + " in " + overview);
    }
}
