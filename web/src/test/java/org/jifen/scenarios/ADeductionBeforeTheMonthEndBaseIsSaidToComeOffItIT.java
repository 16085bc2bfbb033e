package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jifen.engine.PlanFile;
import org.jifen.support.AppTest;
import org.jifen.support.Browser;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tryout clerk 5, H1: a village writes the guide's 「每户每月起始 100 分」 as a month-end rule. Before the month is
 * evaluated, staff record a deduction on the phone: the page says it is recorded and will be taken from the base at
 * the month's evaluation, not that it counted nothing; the household's month says the same; after the evaluation the
 * deduction has come off the base.
 */
@AppTest
class ADeductionBeforeTheMonthEndBaseIsSaidToComeOffItIT {

    static final PlanFile BASE_AT_MONTH_END = PlanFile.of("基础分.drl", """
            package villages.base;
            import org.jifen.rules.Event;
            import org.jifen.rules.MonthSummary;
            global org.jifen.rules.Awards awards;

            rule "月度基础分"
            when
                MonthSummary()
            then
                awards.add(100, "文明新风");
            end

            rule "宅前屋后乱堆物"
                @cap(25)
            when
                $e : Event( type == "宅前屋后乱堆物" )
            then
                awards.add(-5 * $e.getQuantity(), "人居环境");
            end
            """);

    @Autowired
    Township township;

    @Autowired
    Clock clock;

    @Test
    void staffAreToldTheDeductionComesOffTheBaseAtTheMonthsEvaluation() {
        String village = township.aVillage();
        long zhang = township.aHouseholdIn(village, "一组", "张国强");
        township.anActivePlan(village, BASE_AT_MONTH_END);
        YearMonth month = YearMonth.now(clock);
        Browser phone = township.browser();
        phone.signIn(township.aLogin("STAFF", village));
        String record = "/v/" + village + "/households/" + zhang + "/record";

        Browser.Page form = phone.get(record);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", form.csrfToken());
        fields.put("eventId", "heap-" + System.nanoTime());
        fields.put("householdId", String.valueOf(zhang));
        fields.put("type", "宅前屋后乱堆物");
        fields.put("quantity", "2");
        fields.put("occurredOn", month.atDay(1).toString());
        Browser.Page posted = phone.postForm(record, fields);
        String done = phone.get(posted.header("Location").replaceFirst("^https?://[^/]+", "")).body();
        String monthPage = township.api().get("/api/villages/" + village + "/households/" + zhang + "/months/"
                + month).text("/adjustments/0/explanation");

        assertThat(done).contains("已记下，月末评定时从基础分里扣 10 分",
                "这次扣的 10 分已经记下，月末评定时从基础分里扣除：本村方案在月末评定时给每户加基础分 100 分（「月度基础分」）",
                "还没有加上月末评定的基础分；这次扣的 10 分到时扣除")
                .doesNotContain("计入 0（原因见下）").doesNotContain("积分没有变化").doesNotContain("基础分扣至 0 分为止");
        assertThat(monthPage).startsWith("本月扣分 10 分已经记下，月末评定时从基础分里扣除");

        township.api().post("/api/villages/" + village + "/months/" + month + "/evaluate");
        assertThat(township.api().get("/api/villages/" + village + "/households/" + zhang + "/months/" + month)
                .json().at("/total").asInt()).as("the deduction came off the base at the evaluation").isEqualTo(90);
    }
}
