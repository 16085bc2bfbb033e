package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.ManyMonthEndRules;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A household's month-end has the budget of any run of the plan (100 awards, 1,000 firings, 500 ms of CPU): a plan
 * of 101 month-end rules that every household of nine meets is past it, and the month-end is the plan's fault, said
 * in Chinese with the household it failed on, before anything is written (ADR 0130). (The upload's trial run tries
 * households of 1, 3 and 6 people, ADR 0164: a plan that fails every household's month-end is refused before.)
 */
@AppTest
class AMonthEndPastItsBudgetNamesTheHouseholdIT {

    @Autowired
    Township township;

    @Test
    void aMonthEndPastItsBudgetIsRefusedNamingTheHouseholdAndWritesNothing() {
        String village = township.aVillage();
        List<Long> households = ManyMonthEndRules.register(township, village, 3, 9);
        township.anActivePlan(village, ManyMonthEndRules.planForHouseholdsOf(101, 9));

        Api.Reply evaluated = township.api().post("/api/villages/" + village + "/months/2024-07/evaluate");

        assertThat(evaluated.status()).as(evaluated.toString()).isEqualTo(422);
        assertThat(evaluated.text("/type")).endsWith("plan-fault");
        assertThat(evaluated.text("/detail")).contains("户号 00001（户主1）的月末评定出错", "100 笔的上限",
                "本月的月末评定没有完成");
        for (long household : households) {
            assertThat(township.api().get("/api/villages/" + village + "/households/" + household
                    + "/months/2024-07").json().at("/awards").size()).isZero();
        }
        assertThat(township.api().get("/api/villages/" + village + "/months/2024-07").json().at("/evaluations")
                .size()).isZero();
    }
}
