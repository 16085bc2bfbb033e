package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.scenarios.MonthlyEvaluationIT.ledgerSum;
import static org.jifen.support.Api.json;

import java.util.ArrayList;
import java.util.List;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A village's whole monthly cycle over the third quarter of 2024, on 10 September 2024 (the service's clock stands
 * there, so September is the open month): July and August are recorded, evaluated, reviewed and finalised by the
 * self-governance group; a mistake found in July afterwards is corrected in September; the quarter's notice is put
 * together, printed and published.
 */
@AppTest
@TestPropertySource(properties = "jifen.clock.fixed-at=2024-09-10T01:00:00Z")
class MonthlyCycleIT {

    @Autowired
    Township township;

    @Test
    void aVillageRunsTwoMonthsAndPostsTheQuarter() {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        long zhang = township.aHouseholdIn(village, "一组", "张建华");
        long li = township.aHouseholdIn(village, "一组", "李秀兰");
        long zhao = township.aHouseholdIn(village, "二组", "赵国庆");
        List<Long> group = new ArrayList<>(township.aSelfGovernanceGroup(village));
        group.add(township.aGroupMember(village, "村民代表"));
        Api staff = township.aUser("STAFF", village);
        String months = "/api/villages/" + village + "/months/";

        // July: staff record what happened.
        township.anEvent(village, zhang, "参加村民大会", "2024-07-05");
        long bravery = township.anEvent(village, zhang, "见义勇为", "2024-07-18").id("/awards/0/id");
        township.anEvent(village, li, "参加村民大会", "2024-07-05");
        township.anEvent(village, li, "宅前屋后乱堆物", "2024-07-22", 2);
        township.anEvent(village, zhao, "参加村民大会", "2024-07-05");
        long veto = township.anEvent(village, zhao, "违法搭建", "2024-07-25").id("/awards/0/id");

        // Month end: 张 and 赵 had no deduction; evaluating again changes nothing.
        Api.Reply evaluated = staff.post(months + "2024-07/evaluate");
        assertThat(evaluated.json().at("/households").asInt()).isEqualTo(3);
        assertThat(evaluated.json().at("/awardsAdded").asInt()).isEqualTo(2);
        Api.Reply again = staff.post(months + "2024-07/evaluate");
        assertThat(again.json().at("/awardsAdded").asInt()).isZero();
        assertThat(again.json().at("/awardsReversed").asInt()).isZero();

        // Review: the group finds 赵's shed was approved, so the veto is rejected.
        assertThat(month(village, zhao, "2024-07").at("/vetoed").asBoolean()).isTrue();
        Api.Reply rejected = staff.post("/api/villages/" + village + "/awards/" + veto + "/reject",
                json("reason", "该建筑已取得审批，不属违法搭建", "by", "杨组长"));
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(201);
        assertThat(month(village, zhao, "2024-07").at("/total").asInt()).isEqualTo(12);

        // Finalisation: five approvals are not enough, six are.
        Api.Reply five = staff.post(months + "2024-07/finalise", json("approvedBy", group.subList(0, 5)));
        assertThat(five.status()).isEqualTo(409);
        assertThat(five.text("/type")).endsWith("/not-enough-approvals");
        Api.Reply july = staff.post(months + "2024-07/finalise", json("approvedBy", group.subList(0, 6)));
        assertThat(july.status()).as(july.toString()).isEqualTo(200);
        assertThat(july.text("/finalisedAt")).isEqualTo("2024-09-10T01:00:00Z");
        assertThat(july.json().at("/approvedBy").findValuesAsString("role"))
                .containsExactly("组长", "安全", "卫生", "民政", "村民代表", "退休党员");

        // July is closed: a late event is refused, and nothing is recorded.
        Api.Reply late = staff.post("/api/villages/" + village + "/events", json("eventId", "late-july",
                "householdId", li, "type", "参加村民大会", "occurredOn", "2024-07-30"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.text("/type")).endsWith("/month-already-finalised");
        assertThat(month(village, li, "2024-07").at("/awards").size()).isEqualTo(2);

        // August.
        township.anEvent(village, zhang, "参加村民大会", "2024-08-02");
        township.anEvent(village, li, "参加村民大会", "2024-08-02");
        assertThat(staff.post(months + "2024-08/evaluate").json().at("/awardsAdded").asInt()).isEqualTo(2);
        township.aFinalisedMonth(village, "2024-08", group.subList(1, 7));

        // September: 张's July bravery turns out not to hold. July is finalised, so it is corrected, not rejected.
        township.anEvent(village, zhang, "参加村民大会", "2024-09-03");
        township.anEvent(village, zhang, "见义勇为", "2024-09-06");
        Api.Reply notRejected = staff.post("/api/villages/" + village + "/awards/" + bravery + "/reject",
                json("reason", "事迹不实"));
        assertThat(notRejected.status()).isEqualTo(409);
        Api.Reply corrected = staff.post("/api/villages/" + village + "/corrections",
                json("awardId", bravery, "reason", "七月见义勇为事迹经复核不实，冲正"));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(201);
        assertThat(corrected.text("/month")).isEqualTo("2024-09");
        assertThat(corrected.json().at("/points").asInt()).isEqualTo(-20);
        JsonNode zhangInJuly = month(village, zhang, "2024-07");
        assertThat(zhangInJuly.at("/finalised").asBoolean()).isTrue();
        assertThat(zhangInJuly.at("/total").asInt()).isEqualTo(32);
        JsonNode zhangInSeptember = month(village, zhang, "2024-09");
        assertThat(zhangInSeptember.at("/finalised").asBoolean()).isFalse();
        assertThat(zhangInSeptember.at("/bonus").asInt()).isZero();
        assertThat(zhangInSeptember.at("/total").asInt()).isEqualTo(2);
        assertThat(ledgerSum(zhangInSeptember)).isEqualTo(2);

        // The quarter's notice: July and August count, September is not finalised yet.
        String notice = "/api/villages/" + village + "/notices/2024-Q3";
        JsonNode quarter = staff.get(notice).json();
        assertThat(quarter.at("/finalisedMonths").size()).isEqualTo(2);
        assertThat(quarter.at("/groups/0/group").asString()).isEqualTo("一组");
        assertThat(quarter.at("/groups/0/households/0/householdId").asLong()).isEqualTo(zhang);
        assertThat(quarter.at("/groups/0/households/0/months/2024-07").asInt()).isEqualTo(32);
        assertThat(quarter.at("/groups/0/households/0/months/2024-08").asInt()).isEqualTo(12);
        assertThat(quarter.at("/groups/0/households/0/months/2024-09").isNull()).isTrue();
        assertThat(quarter.at("/groups/0/households/0/total").asInt()).isEqualTo(44);
        assertThat(quarter.at("/groups/0/households/1/householdId").asLong()).isEqualTo(li);
        assertThat(quarter.at("/groups/0/households/1/rank").asInt()).isEqualTo(2);
        assertThat(quarter.at("/groups/0/households/1/total").asInt()).isEqualTo(12);
        assertThat(quarter.at("/groups/1/households/0/householdId").asLong()).isEqualTo(zhao);
        assertThat(quarter.at("/groups/1/households/0/total").asInt()).isEqualTo(12);
        String csv = staff.get(notice, "text/csv").body();
        assertThat(csv).startsWith("\uFEFF村民小组,名次,户号,户主,7月,8月,9月,季度合计\r\n");
        assertThat(csv.lines().skip(1)).anyMatch(row -> row.matches("一组,1,H\\d+,张建华,32,12,,44"));
        String page = staff.get(notice, "text/html").body();
        assertThat(page).contains("测试村" + village + " 2024年第三季度 乡村治理积分公示")
                .contains("生成时间：2024年9月10日 09:00（尚未公布）");

        // Published once, for the notice board.
        Api.Reply published = staff.post(notice + "/publish");
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        assertThat(published.text("/publishedAt")).isEqualTo("2024-09-10T01:00:00Z");
        assertThat(staff.post(notice + "/publish").status()).isEqualTo(409);
        assertThat(staff.get(notice).text("/publishedBy")).isEqualTo(published.text("/publishedBy"));
        assertThat(staff.get(notice, "text/html").body()).contains("公布时间：2024年9月10日 09:00");
    }

    private JsonNode month(String village, long household, String month) {
        return township.api().get("/api/villages/" + village + "/households/" + household + "/months/" + month)
                .json();
    }
}
