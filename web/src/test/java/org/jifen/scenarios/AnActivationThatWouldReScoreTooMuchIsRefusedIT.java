package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Putting a version in force from a past month re-scores that month's entries in one act, held in memory; a village
 * admin once took the whole service down that way with 500,000 entries (fourth outside attack, C1). Past the bound
 * (here 3 entries, by default 100,000) the activation is refused in Chinese with the month to start from instead,
 * and nothing changes; from next month it goes through (ADR 0163).
 */
@AppTest
@TestPropertySource(properties = {"jifen.clock.fixed-at=2024-09-10T01:00:00Z", "jifen.plans.rescore-at-most=3"})
class AnActivationThatWouldReScoreTooMuchIsRefusedIT {

    @Autowired
    Township township;

    @Test
    void anActivationThatWouldReScoreMoreEntriesThanTheBoundIsRefusedAndChangesNothing() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        for (String day : new String[] {"2024-08-02", "2024-08-09", "2024-08-16", "2024-08-23"}) {
            township.anEvent(village, household, "参加村民大会", day);
        }
        String plans = "/api/villages/" + village + "/rule-sets";
        Api.Reply uploaded = township.api().upload(plans, Plans.CONTRACT_EXAMPLE, Plans.generous());
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        int version = uploaded.json().at("/version").asInt();

        Api.Reply fromAugust = township.api().post(plans + "/" + version + "/activate", json("from", "2024-08"));

        assertThat(fromAugust.status()).as(fromAugust.toString()).isEqualTo(422);
        assertThat(fromAugust.text("/type")).endsWith("/rescoring-too-large");
        assertThat(fromAugust.text("/detail")).contains("4 笔积分", "最多能重算的 3 笔", "\"2024-10\"");
        assertThat(fromAugust.json().at("/earliestFrom").asString()).isEqualTo("2024-10");
        assertThat(township.api().get("/api/villages/" + village + "/households/" + household + "/months/2024-08")
                .json().at("/ruleSetVersion").asInt()).as("August is still the first version's").isEqualTo(1);
        assertThat(township.api().get("/api/villages/" + village + "/ledger/verify").json().at("/entries").asInt())
                .as("nothing taken back, nothing granted").isEqualTo(4);

        Api.Reply nextMonth = township.api().post(plans + "/" + version + "/activate");
        assertThat(nextMonth.status()).as(nextMonth.toString()).isEqualTo(200);
    }
}
