package org.jifen.scenarios;

import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.jifen.support.HouseholdMonthTotalsCheck;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.scenarios.MonthlyEvaluationIT.ledgerSum;
import static org.jifen.support.Api.json;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jifen.card.QrCodes;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Browser;
import org.jifen.support.MovableClock;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * A village's whole monthly cycle over the third quarter of 2024, on 10 September 2024 (the service's clock stands
 * there, so September is the open month): July and August are recorded, evaluated, reviewed and finalised by the
 * self-governance group; a mistake found in July afterwards is corrected in September; the quarter's notice is put
 * together and printed. On 8 October September is finalised too and the notice is published (not before: ADR 0086);
 * during its notice period one household objects on its own page (opened from its card's QR code) and another
 * through staff, and the group upholds the one (corrected in October) and dismisses the other.
 */
@AppTest
@Import(MovableClock.Config.class)
class MonthlyCycleIT {

    @Autowired
    DataSource householdMonthTotalsDatabase;

    /** ADR 0261: what this test appended, in every way it did, left the households' months' totals right. */
    @AfterEach
    void theHouseholdsMonthTotalsAreWhatTheirEntriesSumTo() {
        HouseholdMonthTotalsCheck.agreeWithTheEntries(householdMonthTotalsDatabase);
    }

    private static final Instant SEPTEMBER_10 = Instant.parse("2024-09-10T01:00:00Z");
    private static final Instant OCTOBER_8 = Instant.parse("2024-10-08T01:00:00Z");

    @Autowired
    Township township;

    @Autowired
    MovableClock clock;

    @Test
    void aVillageRunsTheQuarterPostsItAndResolvesObjections() {
        clock.set(SEPTEMBER_10);
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        long zhang = township.aHouseholdIn(village, "一组", "张建华");
        long li = township.aHouseholdIn(village, "一组", "李秀兰");
        long zhao = township.aHouseholdIn(village, "二组", "赵国庆");
        List<Long> group = new ArrayList<>(township.aSelfGovernanceGroup(village));
        group.add(township.aGroupMember(village, "村民代表"));
        Api staff = township.aUser("STAFF", village);
        Api admin = township.aUser("VILLAGE_ADMIN", village);
        String months = "/api/villages/" + village + "/months/";

        // July: staff record what happened.
        township.anEvent(village, zhang, "参加村民大会", "2024-07-05");
        long bravery = township.anEvent(village, zhang, "见义勇为", "2024-07-18").id("/awards/0/id");
        township.anEvent(village, li, "参加村民大会", "2024-07-05");
        long clutter = township.anEvent(village, li, "宅前屋后乱堆物", "2024-07-22", 2).id("/awards/0/id");
        long zhaoAttended = township.anEvent(village, zhao, "参加村民大会", "2024-07-05").id("/awards/0/id");
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
        Api.Reply rejected = admin.post("/api/villages/" + village + "/awards/" + veto + "/reject",
                json("reason", "该建筑已取得审批，不属违法搭建", "by", "杨组长"));
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(201);
        assertThat(month(village, zhao, "2024-07").at("/total").asInt()).isEqualTo(12);

        // Finalisation: five approvals are not enough, six are.
        Api.Reply five = admin.post(months + "2024-07/finalise", json("approvedBy", group.subList(0, 5)));
        assertThat(five.status()).isEqualTo(409);
        assertThat(five.text("/type")).endsWith("/not-enough-approvals");
        Api.Reply july = admin.post(months + "2024-07/finalise", json("approvedBy", group.subList(0, 6)));
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
        Api.Reply notRejected = admin.post("/api/villages/" + village + "/awards/" + bravery + "/reject",
                json("reason", "事迹不实"));
        assertThat(notRejected.status()).isEqualTo(409);
        Api.Reply corrected = admin.post("/api/villages/" + village + "/corrections",
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

        // Not published while September is open; on 8 October, September finalised, published once.
        Api.Reply tooEarly = admin.post(notice + "/publish");
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.text("/type")).endsWith("/quarter-not-finalised");
        clock.set(OCTOBER_8);
        assertThat(staff.post(months + "2024-09/evaluate").status()).isEqualTo(200);
        township.aFinalisedMonth(village, "2024-09", group.subList(0, 6));
        int liPosted = staff.get(notice).json().at("/groups/0/households/1/total").asInt();
        Api.Reply published = admin.post(notice + "/publish");
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        assertThat(published.text("/publishedAt")).isEqualTo("2024-10-08T01:00:00Z");
        assertThat(published.json().at("/finalisedMonths").size()).isEqualTo(3);
        assertThat(admin.post(notice + "/publish").status()).isEqualTo(409);
        assertThat(staff.get(notice).text("/publishedBy")).isEqualTo(published.text("/publishedBy"));
        assertThat(staff.get(notice, "text/html").body()).contains("公布时间：2024年10月8日 09:00");

        // Known to each household: 李 scans her card and objects to July's deduction on her own page.
        String link = QrCodes.decode(staff.get("/api/villages/" + village + "/households/" + li
                + "/card").body());
        Browser phone = township.browser();
        Browser.Page liPage = phone.get(link);
        assertThat(liPage.body()).contains("李秀兰").contains("公示期至 2024年10月14日").doesNotContain("张建华");
        Browser.Page objected = phone.postForm(link + "/objections", Map.of("_csrf", liPage.csrfToken(),
                "awardId", String.valueOf(clutter), "reason", "堆放的是村里统一发放的建材，已于当天清理"));
        assertThat(objected.status()).as(objected.toString()).isEqualTo(303);
        // 赵 objects through staff to his attendance, which the sign-in sheet confirms.
        Api.Reply zhaoObjects = staff.post("/api/villages/" + village + "/objections", json("householdId", zhao,
                "awardId", zhaoAttended, "reason", "记录有误", "raisedBy", "赵国庆（到村委会反映）"));
        assertThat(zhaoObjects.status()).as(zhaoObjects.toString()).isEqualTo(201);
        JsonNode open = staff.get("/api/villages/" + village + "/objections?status=OPEN").json();
        assertThat(open.findValuesAsString("raisedVia")).containsExactly("HOUSEHOLD_PAGE", "STAFF");

        // The group resolves: 李's objection holds, so the deduction is corrected in October; 赵's does not.
        Api.Reply upheld = admin.post("/api/villages/" + village + "/objections/" + open.at("/0/id").asLong()
                + "/resolution", json("outcome", "UPHELD", "reason", "经现场核实，属统一发放建材",
                "decidedBy", group.subList(0, 3)));
        Api.Reply dismissed = admin.post("/api/villages/" + village + "/objections/" + open.at("/1/id").asLong()
                + "/resolution", json("outcome", "DISMISSED", "reason", "签到表有本户签名，记录无误",
                "decidedBy", List.of(group.get(0), group.get(4), group.get(5))));
        assertThat(upheld.status()).as(upheld.toString()).isEqualTo(200);
        assertThat(dismissed.status()).as(dismissed.toString()).isEqualTo(200);
        JsonNode liInOctober = month(village, li, "2024-10");
        assertThat(liInOctober.at("/awards/0/reverses").asLong()).isEqualTo(clutter);
        assertThat(liInOctober.at("/awards/0/points").asInt()).isEqualTo(10);
        assertThat(liInOctober.at("/total").asInt()).isEqualTo(10);
        assertThat(month(village, zhao, "2024-10").at("/awards").size()).isZero();
        assertThat(staff.get(notice).json().at("/groups/0/households/1/total").asInt())
                .as("the posted quarter stands").isEqualTo(liPosted);
        assertThat(staff.get("/api/awards/" + zhaoAttended + "/trace").json().at("/objections/0/outcomeReason")
                .asString()).isEqualTo("签到表有本户签名，记录无误");
        assertThat(phone.get(link).body()).contains("异议成立，已冲正：经现场核实，属统一发放建材");
    }

    private JsonNode month(String village, long household, String month) {
        return township.api().get("/api/villages/" + village + "/households/" + household + "/months/" + month)
                .json();
    }
}
