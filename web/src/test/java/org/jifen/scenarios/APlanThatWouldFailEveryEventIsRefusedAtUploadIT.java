package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import org.jifen.engine.HostileCorpus;
import org.jifen.engine.PlanFile;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A village admin uploads a plan whose text passes every check but whose every event or month-end would fail once it
 * is in force (fifth outside tryout, M-A). The upload's trial run (ADR 0164) refuses it with 422, naming the file,
 * the line and the rule in Chinese and what to change, and stores nothing; the township's example plan still passes.
 * Points past the bound and divisors that can be 0 are now refused earlier, by their ranges (ADR 0195).
 */
@AppTest
class APlanThatWouldFailEveryEventIsRefusedAtUploadIT {

    @Autowired
    Township township;

    @Test
    void aHundredAndOneAlwaysTrueRulesForOneEventTypeAreRefusedAtTheHundredAndFirst() {
        Api.Reply refused = upload(PlanFile.of("总是成立.drl", HostileCorpus.alwaysTrueEventRules(101)));

        assertRefused(refused, "总是成立.drl", HostileCorpus.alwaysTrueEventRules(101), "rule \"r100\"");
        assertThat(refused.text("/errors/0/message")).contains("试算登记一件「参加村民大会」", "规则「r100」", "100 笔的上限");
    }

    @Test
    void anAwardPastAThousandPointsOnEveryEventIsRefusedSayingTheBound() {
        Api.Reply refused = upload(PlanFile.of("超上限.drl", HostileCorpus.thousandAndQuantity()));

        // Since ADR 0195 the range of the points is checked before any trial: refused at the award's own line.
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().at("/errors").size()).isEqualTo(1);
        assertThat(refused.text("/errors/0/file")).isEqualTo("超上限.drl");
        assertThat(refused.json().at("/errors/0/line").asInt())
                .isEqualTo(lineOf(HostileCorpus.thousandAndQuantity(), "awards.add(1000"));
        assertThat(refused.text("/errors/0/message")).contains("分值可能超过 1000 分");
    }

    @Test
    void aHundredAndFiftyMonthEndRulesEveryHouseholdMeetsAreRefusedNamingTheMonthEnd() {
        Api.Reply refused = upload(PlanFile.of("月末.drl", HostileCorpus.alwaysTrueMonthEndRules(150)));

        assertRefused(refused, "月末.drl", HostileCorpus.alwaysTrueMonthEndRules(150), "rule \"m100\"");
        assertThat(refused.text("/errors/0/message")).contains("试算一户的月末评定", "规则「m100」", "100 笔的上限");
    }

    /** Tryout 5, M2: conditions dividing by zero are refused naming their rule, not 「?」. */
    @Test
    void conditionsThatDivideByZeroAreRefusedNamingTheirRules() {
        Api.Reply refused = upload(PlanFile.of("除零.drl", HostileCorpus.divisionsByZero()));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        // Since ADR 0195 a divisor whose range holds 0 is refused before any trial, at its rule's condition.
        assertThat(refused.body()).contains("规则「除零条件」的条件", "可能等于 0", "规则「月末除零」")
                .doesNotContain("「?」");
    }

    /**
     * A version that fails only on an unusual event (quantity 11, past what the trial tries) is stored; simulating
     * it over a month with such an event says it would fail, not that a record was not saved (tryout 5).
     */
    @Test
    void simulatingAVersionThatFailsOnAMonthsEventSaysSoWithoutSpeakingOfARecord() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        township.anEvent(village, household, "参加村民大会", "2024-07-03", 11);
        Api.Reply uploaded = township.api().upload("/api/villages/" + village + "/rule-sets", PlanFile.of("按次数.drl",
                HostileCorpus.rule("$e : Event( type == \"参加村民大会\" )",
                        "awards.add(100 * $e.getQuantity(), \"村民议事\");")));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        int version = uploaded.json().at("/version").asInt();

        Api.Reply simulated = township.api().get("/api/villages/" + village + "/rule-sets/" + version
                + "/simulation?month=2024-07");

        assertThat(simulated.status()).as(simulated.toString()).isEqualTo(422);
        assertThat(simulated.text("/detail")).contains("试算第 " + version + " 版方案时出错", "一次给出 1100 分",
                "模拟试算不记录任何积分").doesNotContain("本次记录未保存");
    }

    @Test
    void theTownshipsExamplePlanPassesItsTrialRun() {
        String village = township.aVillage();

        assertThat(township.anActivePlan(village, Plans.CONTRACT_EXAMPLE)).isPositive();
    }

    private Api.Reply upload(PlanFile plan) {
        String village = township.aVillage();
        Api.Reply reply = township.api().upload("/api/villages/" + village + "/rule-sets", plan);
        assertThat(township.api().get("/api/villages/" + village + "/rule-sets").json().size())
                .as("nothing stored").isZero();
        return reply;
    }

    private static void assertRefused(Api.Reply refused, String file, String text, String ruleLine) {
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().at("/errors").size()).isEqualTo(1);
        assertThat(refused.text("/errors/0/file")).isEqualTo(file);
        assertThat(refused.json().at("/errors/0/line").asInt()).isEqualTo(lineOf(text, ruleLine));
        assertThat(refused.text("/errors/0/message")).contains("所以没有保存", "请改正这条规则后再上传");
    }

    private static int lineOf(String text, String written) {
        java.util.List<String> lines = text.lines().toList();
        return java.util.stream.IntStream.range(0, lines.size()).filter(i -> lines.get(i).contains(written))
                .findFirst().orElseThrow() + 1;
    }
}
