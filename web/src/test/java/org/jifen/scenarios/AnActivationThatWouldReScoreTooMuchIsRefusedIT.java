package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.util.List;
import org.jifen.engine.PlanFile;
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
 * and nothing changes; from next month it goes through (ADR 0163). What an activation writes counts too: a month of
 * events the old version did not score, re-scored by a version that gives each many awards, once grew a village's
 * ledger by 400,000 entries in one act (sixth outside attack, M2); a month-end is bounded likewise (ADR 0194).
 */
@AppTest
@TestPropertySource(properties = {"jifen.clock.fixed-at=2024-09-10T01:00:00Z", "jifen.plans.rescore-at-most=3",
    "jifen.plans.month-end-at-most=3"})
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

    @Test
    void anActivationWhoseNewVersionWouldWriteMoreEntriesThanTheBoundIsRefusedAndWritesNothing() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        for (String day : new String[] {"2024-08-02", "2024-08-09"}) {
            assertThat(township.anEvent(village, household, "清扫公共区域", day).status()).isEqualTo(201);
        }
        String plans = "/api/villages/" + village + "/rule-sets";
        Api.Reply uploaded = township.api().upload(plans, Plans.CONTRACT_EXAMPLE, PlanFile.of("清扫.drl", """
                package villages.test;
                import org.jifen.rules.Event;
                global org.jifen.rules.Awards awards;

                rule "清扫公共区域"
                when
                    Event( type == "清扫公共区域" )
                then
                    awards.add(1, "人居环境");
                    awards.add(1, "人居环境");
                end
                """));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        int version = uploaded.json().at("/version").asInt();

        Api.Reply dryRun = township.api().post(plans + "/" + version + "/activate?dryRun=true",
                json("from", "2024-08"));
        Api.Reply fromAugust = township.api().post(plans + "/" + version + "/activate", json("from", "2024-08"));

        for (Api.Reply refused : List.of(dryRun, fromAugust)) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
            assertThat(refused.text("/type")).endsWith("/rescoring-too-large");
            // Counted in memory before anything is written, each part named (ADR 0217).
            assertThat(refused.text("/detail")).contains(
                    "这些月份里已有的 0 笔 + 其中要撤回的 0 笔 + 新方案要新写入的 4 笔 = 4 笔", "最多能重算的 3 笔",
                    "一笔也没有写入", "\"2024-10\"");
        }
        Api.Reply simulated = township.api().get(plans + "/" + version + "/simulation?month=2024-08");
        assertThat(simulated.status()).as(simulated.toString()).isEqualTo(422);
        assertThat(simulated.text("/type")).endsWith("/simulation-too-large");
        assertThat(simulated.text("/detail")).contains("这个月登记的 2 件事，算到第 2 件时，这一版给出的积分已有 4 笔",
                "最多 3 笔");
        assertThat(township.api().get("/api/villages/" + village + "/ledger/verify").json().at("/entries").asInt())
                .as("nothing of the first part kept").isZero();
        assertThat(township.api().get("/api/villages/" + village + "/households/" + household + "/months/2024-08")
                .json().at("/ruleSetVersion").asInt()).isEqualTo(1);
    }

    @Test
    void theMonthEndRunAgainCountsBeforeAnActivationWritesAnything() {
        String village = township.aVillage();
        for (int i = 0; i < 4; i++) {
            township.aHousehold(village);
        }
        township.anActivePlan(village, Plans.generous());
        Api.Reply evaluated = township.api().post("/api/villages/" + village + "/months/2024-08/evaluate");
        assertThat(evaluated.status()).as(evaluated.toString()).isEqualTo(200);
        String plans = "/api/villages/" + village + "/rule-sets";
        Api.Reply uploaded = township.api().upload(plans, EVERY_HOUSEHOLD_AT_MONTH_END);
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);

        Api.Reply dryRun = township.api().post(plans + "/" + uploaded.json().at("/version").asInt()
                + "/activate?dryRun=true", json("from", "2024-08"));

        assertThat(dryRun.status()).as(dryRun.toString()).isEqualTo(422);
        assertThat(dryRun.text("/detail")).contains("已有的 0 笔 + 其中要撤回的 0 笔 + 新方案要新写入的 4 笔 = 4 笔");
        assertThat(township.api().get("/api/villages/" + village + "/ledger/verify").json().at("/entries").asInt())
                .isZero();
    }

    private static final PlanFile EVERY_HOUSEHOLD_AT_MONTH_END = PlanFile.of("月末.drl", """
            package villages.test;
            import org.jifen.rules.MonthSummary;
            global org.jifen.rules.Awards awards;

            rule "每户月末"
            when
                MonthSummary( deductions == 0 )
            then
                awards.add(1, "文明新风");
            end
            """);

    @Test
    void aMonthEndThatWouldWriteMoreEntriesThanTheBoundIsRefusedAndWritesNothing() {
        String village = township.aVillage();
        for (int i = 0; i < 4; i++) {
            township.aHousehold(village);
        }
        township.anActivePlan(village, EVERY_HOUSEHOLD_AT_MONTH_END);

        Api.Reply evaluated = township.api().post("/api/villages/" + village + "/months/2024-08/evaluate");

        assertThat(evaluated.status()).as(evaluated.toString()).isEqualTo(422);
        assertThat(evaluated.text("/type")).endsWith("/month-end-too-large");
        assertThat(evaluated.text("/detail")).contains("2024-08 的月末评定要写入至少 4 笔积分", "最多 3 笔");
        assertThat(township.api().get("/api/villages/" + village + "/ledger/verify").json().at("/entries").asInt())
                .isZero();
    }
}
