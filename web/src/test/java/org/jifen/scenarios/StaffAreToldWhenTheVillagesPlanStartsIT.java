package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.time.Clock;
import java.time.YearMonth;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Browser;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tryout clerk 4, B1: a clerk activates the plan from next month, and staff open the record page this month. The page
 * says, before they press 记分, that the village's plan starts next month; an event of this month is refused naming
 * the village by its name and the month the plan starts, not by its code.
 */
@AppTest
class StaffAreToldWhenTheVillagesPlanStartsIT {

    @Autowired
    Township township;

    @Autowired
    Clock clock;

    @Test
    void aPlanActivatedFromNextMonthIsSaidOnTheRecordPageAndInTheRefusal() {
        String village = township.aVillage();
        long household = township.aHouseholdIn(village, "一组", "王建国");
        YearMonth now = YearMonth.now(clock);
        YearMonth next = now.plusMonths(1);
        String uploads = "/api/villages/" + village + "/rule-sets";
        Api.Reply uploaded = township.api().upload(uploads, Plans.CONTRACT_EXAMPLE, Plans.CATALOG);
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        Api.Reply activated = township.api().post(uploads + "/" + uploaded.json().at("/version").asInt() + "/activate",
                json("from", next.toString()));
        assertThat(activated.status()).as(activated.toString()).isEqualTo(200);
        String thisMonth = now.getYear() + "年" + now.getMonthValue() + "月";
        String starts = next.getYear() + "年" + next.getMonthValue() + "月";

        Browser phone = township.browser();
        phone.signIn(township.aLogin("STAFF", village));
        Browser.Page page = phone.get("/v/" + village + "/households/" + household + "/record");
        Api.Reply refused = township.api().post("/api/villages/" + village + "/events", json("eventId",
                "e-" + System.nanoTime(), "householdId", household, "type", "参加村民大会", "occurredOn",
                now.atDay(1).toString(), "quantity", 1));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"no-plan\"").contains("测试村" + village + thisMonth + "没有适用的积分方案")
                .contains("本村的方案从 " + starts + "起才适用");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("/detail")).startsWith("测试村" + village + thisMonth)
                .contains("本村的方案从 " + starts + "起才适用", "请村管理员把方案改为从 " + thisMonth + "起启用")
                .doesNotContain("村「");
        // Tryout clerk 5, M1: the scheduled plan's catalog describes the types, not 「本村方案未列出事件清单」.
        assertThat(page.body()).contains("下面是第 " + uploaded.json().at("/version").asInt() + " 版方案的事件类型")
                .contains("参加村民大会（每月）").doesNotContain("未列出事件清单");
    }

    @Test
    void theVillageAdminsHomeSaysTheScheduledVersionAndItsMonthNotThatNoPlanIsActive() {
        // Tryout clerk 5, M1: 「积分方案 未启用 请先上传并启用方案」 while the version was 待生效 from next month.
        String village = township.aVillage();
        YearMonth next = YearMonth.now(clock).plusMonths(1);
        String uploads = "/api/villages/" + village + "/rule-sets";
        Api.Reply uploaded = township.api().upload(uploads, Plans.CONTRACT_EXAMPLE, Plans.CATALOG);
        int version = uploaded.json().at("/version").asInt();
        township.api().post(uploads + "/" + version + "/activate", json("from", next.toString()));

        Browser desk = township.browser();
        desk.signIn(township.aLogin("VILLAGE_ADMIN", village));
        String home = desk.get("/v/" + village).body();

        assertThat(home).contains("待生效", "第 " + version + " 版从 " + next.getYear() + "年" + next.getMonthValue()
                + "月起生效，在此之前的月份没有适用的方案").doesNotContain("未启用").doesNotContain("请先上传并启用方案");
    }
}
