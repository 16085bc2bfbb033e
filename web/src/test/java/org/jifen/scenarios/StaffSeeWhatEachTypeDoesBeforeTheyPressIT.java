package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import org.jifen.engine.PlanFile;
import org.jifen.support.AppTest;
import org.jifen.support.Browser;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Attack 18b, N2 (ADR 0258): a clerk's catalog calls the veto type 违法搭建 「拆除违法搭建」, as if it were a good deed.
 * Whatever the 名称 says, staff see on the record page, beside it, what the event is recorded as and what the plan's
 * rules do with it, read from the rules: 「记为「违法搭建」，一票否决」.
 */
@AppTest
class StaffSeeWhatEachTypeDoesBeforeTheyPressIT {

    @Autowired
    Township township;

    @Test
    void eachTypeOnTheRecordPageSaysWhatItsRulesDo() {
        String village = township.aVillage();
        long household = township.aHouseholdIn(village, "一组", "王建国");
        PlanFile catalog = PlanFile.of("catalog.csv", """
                事件类型,类别,名称
                参加村民大会,村民议事,参加村民大会
                宅前屋后乱堆物,人居环境,宅前屋后乱堆物（按处）
                见义勇为,文明新风,见义勇为
                违法搭建,平安建设,拆除违法搭建
                """);
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE, catalog);

        Browser phone = township.browser();
        phone.signIn(township.aLogin("STAFF", village));
        String page = phone.get("/v/" + village + "/households/" + household + "/record").body();

        assertThat(page).contains("拆除违法搭建<small class=\"effect\">记为「违法搭建」，一票否决</small>")
                .contains("参加村民大会<small class=\"effect\">+2 分</small>")
                .contains("宅前屋后乱堆物（按处）<small class=\"effect\">记为「宅前屋后乱堆物」，每个数量 -5 分</small>")
                .contains("见义勇为<small class=\"effect\">+20 分（附加分）</small>");
    }
}
