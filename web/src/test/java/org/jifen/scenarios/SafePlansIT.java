package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import org.jifen.engine.PlanFile;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Villages write plans without programmers, and a plan can do nothing but award points. */
@AppTest
class SafePlansIT {

    @Autowired
    Township township;

    @Test
    void aHostilePlanIsRefusedWithFileLineAndReasonAndTheServiceCarriesOn() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        PlanFile hostile = PlanFile.of("坏方案.drl", """
                package villages.bad;
                import org.jifen.rules.Event;
                global org.jifen.rules.Awards awards;

                rule "偷偷关机"
                when
                    Event()
                then
                    System.exit(1);
                end
                """);

        Api.Reply refused = township.aUser("VILLAGE_ADMIN", village)
                .upload("/api/villages/" + village + "/rule-sets", hostile);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("/errors/0/file")).isEqualTo("坏方案.drl");
        assertThat(refused.json().at("/errors/0/line").asInt()).isEqualTo(9);
        assertThat(refused.text("/errors/0/message")).contains("System");
        assertThat(township.api().get("/api/villages/" + village + "/rule-sets").json().size()).isEqualTo(1);
        assertThat(township.api().post("/api/villages/" + village + "/events", json("eventId", "still-up",
                "householdId", household, "type", "参加村民大会", "occurredOn", "2024-07-02")).status()).isEqualTo(201);
    }

    /** Attack tryout 12, N8 (ADR 0237): the close of a comment pushed 1,800 columns right made a live veto look dead. */
    @Test
    void aVetoThatOnlyLooksCommentedOutIsRefusedAtTheLineThatHidesIt() {
        String village = township.aVillage();
        PlanFile disguised = PlanFile.of("村规.drl", """
                package villages.disguised;
                import org.jifen.rules.Event;
                global org.jifen.rules.Awards awards;

                rule "参加村民大会"
                when
                    $e : Event( type == "参加村民大会" )
                then
                    awards.add(3 * $e.getQuantity(), "村民议事");
                    /* 下面这一行已停用%s*/
                    awards.veto("平安建设");
                    // */
                end
                """.formatted(" ".repeat(1800)));

        Api.Reply refused = township.aUser("VILLAGE_ADMIN", village)
                .upload("/api/villages/" + village + "/rule-sets", disguised);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("/errors/0/file")).isEqualTo("村规.drl");
        assertThat(refused.json().at("/errors/0/line").asInt()).isEqualTo(10);
        assertThat(refused.text("/errors/0/message")).contains("一长串空格或制表符", "推到屏幕外面", "请删掉多余的空格");
        assertThat(township.api().get("/api/villages/" + village + "/rule-sets").json().size()).as("nothing stored")
                .isZero();
    }

    @Test
    void aPlanInChineseSentencesScoresAndItsTraceShowsTheSentence() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, PlanFile.of("村规.dslr", """
                package villages.sentences;
                import org.jifen.rules.Event;
                global org.jifen.rules.Awards awards;

                rule "参加村民大会"
                when
                    当 事件类型为 "参加村民大会" 时
                then
                    加 2 分 计入 "村民议事"
                end
                """));

        Api.Reply recorded = township.api().post("/api/villages/" + village + "/events", json("eventId", "s1",
                "householdId", household, "type", "参加村民大会", "occurredOn", "2024-07-02"));

        assertThat(recorded.json().at("/awards/0/points").asInt()).isEqualTo(2);
        Api.Reply trace = township.api().get("/api/awards/" + recorded.id("/awards/0/id") + "/trace");
        assertThat(trace.text("/rule/file")).isEqualTo("村规.dslr");
        assertThat(trace.text("/rule/source")).contains("加 2 分 计入 \"村民议事\"");
    }

    /**
     * Attack tryout 7, M3: a village's own sentence may say less than it does (「奖励本户 2 分」 that gives 2 for each of
     * the event's quantity; one that deducts, or that is this close to a standard sentence, is refused, ADR 0223). The auditor following the award reads, beside the
     * sentence, what the rule does, from its expansion (ADR 0214).
     */
    @Test
    void theTraceOfARuleInSentencesSaysWhatTheRuleDoesNotWhatTheSentenceSays() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, PlanFile.of("本村句式.dsl", """
                [when]遇到 "{type}"=$e : Event( type == "{type}" )
                [then]奖励本户 {n} 分，记在 "{category}" 名下=awards.add({n} * $e.getQuantity(), "{category}");
                """), PlanFile.of("村规.dslr", """
                package villages.sentences;
                import org.jifen.rules.Event;
                global org.jifen.rules.Awards awards;

                rule "参加村民大会"
                when
                    遇到 "参加村民大会"
                then
                    奖励本户 2 分，记在 "村民议事" 名下
                end
                """));

        Api.Reply recorded = township.api().post("/api/villages/" + village + "/events", json("eventId", "s2",
                "householdId", household, "type", "参加村民大会", "occurredOn", "2024-07-02", "quantity", 3));
        long award = recorded.id("/awards/0/id");

        assertThat(recorded.json().at("/awards/0/points").asInt()).isEqualTo(6);
        Api.Reply trace = township.api().get("/api/awards/" + award + "/trace");
        assertThat(trace.text("/rule/source")).contains("奖励本户 2 分，记在 \"村民议事\" 名下");
        assertThat(trace.text("/rule/inWords/gives/0")).isEqualTo("按数量，每个加 2 分（村民议事）");
        assertThat(trace.text("/rule/inWords/when/1")).isEqualTo("事件类型是「参加村民大会」");
        org.jifen.support.Browser auditor = township.browser();
        auditor.signIn(township.aLogin("AUDITOR", null));
        assertThat(auditor.get("/v/" + village + "/awards/" + award).body())
                .contains("实际给多少分").contains("按数量，每个加 2 分（村民议事）");
    }

    /**
     * Attack tryout 10, NEW-2 (ADR 0223): 「加 5 份 記入」 (份 sounds like 分, 記 is 记, which sounds like 计) and
     * 「添 5 分 记入」 that deduct are refused 422 at their .dsl line, naming the standard sentence and the characters
     * that differ; nothing is stored.
     */
    @Test
    void aVillageSentenceThatReadsAsAStandardOneOrSaysAddAndDeductsIsRefused() {
        String village = township.aVillage();

        Api.Reply homophones = uploadSentence(village, "加 {n} 份 記入 \"{c}\"", "加 5 份 記入 \"村民议事\"");
        Api.Reply anotherWord = uploadSentence(village, "添 {n} 分 记入 \"{c}\"", "添 5 分 记入 \"村民议事\"");

        assertThat(homophones.status()).as(homophones.toString()).isEqualTo(422);
        assertThat(homophones.text("/errors/0/file")).isEqualTo("本村句式.dsl");
        assertThat(homophones.json().at("/errors/0/line").asInt()).isEqualTo(2);
        assertThat(homophones.text("/errors/0/message")).startsWith("本村句式「加 {n} 份 記入 \"{c}\"」和积分方案标准句式"
                + "「加 {n} 分 计入 \"{category}\"」读起来一样（只差读音或字形相同的字：「份」和「分」、「記」和「计」），意思却不一样");
        assertThat(anotherWord.status()).as(anotherWord.toString()).isEqualTo(422);
        assertThat(anotherWord.text("/errors/0/message"))
                .startsWith("本村句式「添 {n} 分 记入 \"{c}\"」读起来是加分，「=」后面的规则写法实际上却是扣分");
        assertThat(township.api().get("/api/villages/" + village + "/rule-sets").json().size()).isZero();
    }

    /**
     * Attack tryout 12, NEW-E (ADR 0235): 「奖励 5 分 记入 "村民议事"（负责人：村委）」 that deducts is refused at its .dsl
     * line: 负 in 负责人 does not say a deduction.
     */
    @Test
    void aRewardSentenceThatDeductsIsRefusedWhateverWordHoldsADeductionsCharacter() {
        String village = township.aVillage();

        Api.Reply refused = uploadSentence(village, "本户表现突出，奖励 {n} 分 记入 \"{c}\"（负责人：村委）",
                "本户表现突出，奖励 5 分 记入 \"村民议事\"（负责人：村委）");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().at("/errors/0/line").asInt()).isEqualTo(2);
        assertThat(refused.text("/errors/0/message")).contains("读起来是加分，「=」后面的规则写法实际上却是扣分",
                "「负责人」「否决异议」「不扣分」这类词不算");
    }

    private Api.Reply uploadSentence(String village, String sentence, String used) {
        return township.api().upload("/api/villages/" + village + "/rule-sets", PlanFile.of("本村句式.dsl",
                "[when]当 事件类型为 \"{type}\" 时=$e : Event( type == \"{type}\" )\n[then]" + sentence
                        + "=awards.add(-{n}, \"{c}\");\n"), PlanFile.of("村规.dslr", """
                package villages.sentences;
                import org.jifen.rules.Event;
                global org.jifen.rules.Awards awards;

                rule "参加村民大会"
                when
                    当 事件类型为 "参加村民大会" 时
                then
                    %s
                end
                """.formatted(used)));
    }

    @Test
    void aClerkFillsInTheTemplateSpreadsheetAndItsAwardsTraceToTheSheetAndRow() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        byte[] template = township.api().download("/api/plan-template.xlsx");
        township.anActivePlan(village, new PlanFile("积分方案模板.drl.xlsx", template));

        Api.Reply recorded = township.api().post("/api/villages/" + village + "/events", json("eventId", "x1",
                "householdId", household, "type", "宅前屋后乱堆物", "occurredOn", "2024-07-02", "quantity", 2));

        assertThat(recorded.json().at("/awards/0/points").asInt()).isEqualTo(-10);
        Api.Reply trace = township.api().get("/api/awards/" + recorded.id("/awards/0/id") + "/trace");
        assertThat(trace.text("/rule/file")).isEqualTo("积分方案模板.drl.xlsx");
        assertThat(trace.json().at("/rule/line").asInt()).as("the sheet row").isEqualTo(12);
        assertThat(trace.text("/rule/sheet")).as("the sheet of the row (ADR 0224)").isEqualTo("积分方案");
        assertThat(trace.json().at("/rule/cap").asInt()).isEqualTo(25);
        org.jifen.support.Browser auditor = township.browser();
        auditor.signIn(township.aLogin("AUDITOR", null));
        assertThat(auditor.get("/v/" + village + "/awards/" + recorded.id("/awards/0/id")).body())
                .contains("积分方案模板.drl.xlsx 工作表「积分方案」第 12 行");
    }

    @Test
    void aVillageWithAnEventCatalogRefusesUnlistedTypesAndClientsCanListThem() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE, PlanFile.of("catalog.csv", """
                事件类型,类别,名称,属性
                参加村民大会,村民议事,参加村民大会（每月）,会议名称
                宅前屋后乱堆物,人居环境,宅前屋后乱堆物（按处）,地点、照片编号
                见义勇为,文明新风,见义勇为,事迹
                违法搭建,平安建设,违法搭建,地点
                """));

        Api.Reply types = township.aUser("STAFF", village).get("/api/villages/" + village + "/event-types");
        // a typo of a listed type (a rule for an unlisted type is refused at upload, ADR 0090)
        Api.Reply unlisted = township.api().post("/api/villages/" + village + "/events", json("eventId", "c1",
                "householdId", household, "type", "参加村民会议", "occurredOn", "2024-07-02"));
        Api.Reply listed = township.api().post("/api/villages/" + village + "/events", json("eventId", "c2",
                "householdId", household, "type", "参加村民大会", "occurredOn", "2024-07-02"));

        assertThat(types.json().findValuesAsString("type")).containsExactlyInAnyOrder("宅前屋后乱堆物",
                "参加村民大会", "见义勇为", "违法搭建");
        types.json().forEach(type -> assertThat(type.at("/attributes").size())
                .isEqualTo(type.at("/type").asString().equals("宅前屋后乱堆物") ? 2 : 1));
        assertThat(unlisted.status()).isEqualTo(422);
        assertThat(unlisted.text("/detail")).contains("参加村民会议");
        assertThat(unlisted.json().at("/knownTypes").size()).isEqualTo(4);
        assertThat(listed.status()).isEqualTo(201);
        Api.Reply badCatalog = township.api().upload("/api/villages/" + village + "/rule-sets",
                Plans.CONTRACT_EXAMPLE, PlanFile.of("catalog.csv", "事件类型,类别\n参加村民大会\n"));
        assertThat(badCatalog.status()).isEqualTo(422);
        assertThat(badCatalog.text("/errors/0/file")).isEqualTo("catalog.csv");
        assertThat(badCatalog.json().at("/errors/0/line").asInt()).isEqualTo(2);
    }

    @Test
    void aPlanWhoseOwnTestFailsIsRefusedNamingTheCase() {
        String village = township.aVillage();
        PlanFile tests = PlanFile.of("方案测试.test.yaml", """
                - 用例: 参加村民大会得 5 分
                  事件类型: 参加村民大会
                  期望: [{规则: 参加村民大会, 分数: 5}]
                """);

        Api.Reply refused = township.api().upload("/api/villages/" + village + "/rule-sets",
                Plans.CONTRACT_EXAMPLE, tests);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("/errors/0/file")).isEqualTo("方案测试.test.yaml");
        assertThat(refused.text("/errors/0/message")).contains("参加村民大会得 5 分");
        assertThat(township.api().get("/api/villages/" + village + "/rule-sets").json().size()).isZero();
    }
}
