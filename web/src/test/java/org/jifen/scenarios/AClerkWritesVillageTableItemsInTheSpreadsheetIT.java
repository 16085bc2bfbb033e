package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.util.List;
import org.jifen.engine.PlanFile;
import org.jifen.plan.PlanTemplate;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Issue 10: what village tables say, written in the spreadsheet without sentences or DRL (ADR 0120, 0121). The
 * template itself is the plan: its worked rows exempt 低保户 from the cleaning fee, cap volunteering at 10 points a
 * quarter, and give 参军入伍 its 20 points once for good. A village's own category comes from its catalog, and one
 * that villagers would take for one of the township's four is refused. A 测试 sheet that disagrees with the plan
 * refuses it; overlapping rules and a cap that cannot bind are warned (ADR 0122, 0123). The clock stands on 10
 * September 2024.
 */
@AppTest
@TestPropertySource(properties = "jifen.clock.fixed-at=2024-09-10T01:00:00Z")
class AClerkWritesVillageTableItemsInTheSpreadsheetIT {

    private static final PlanFile TEMPLATE = new PlanFile(PlanTemplate.FILE_NAME, PlanTemplate.xlsx());
    /** A small sheet: meetings earn 2 points; items are added from row 11 on. */
    private static final String SMALL_SHEET = """
            RuleSet,villages.small,,,,
            Import,"org.jifen.rules.Event, org.jifen.rules.MonthSummary",,,,
            Variables,org.jifen.rules.Awards awards,,,,
            ,,,,,
            RuleTable 积分项目,,,,,
            NAME,METADATA,CONDITION,ACTION,ACTION,ACTION
            ,,$e : Event,,,
            ,cap($param),"type == ""$param""\","awards.add($param * $e.getQuantity(), ""人居环境"");","awards.add($param * $e.getQuantity(), ""文明新风"");","awards.veto(""$param"");"
            规则名称,上限,事件类型,人居环境,文明新风,一票否决
            参加村民大会,,参加村民大会,2,,
            """;

    @Autowired
    Township township;

    @Test
    void anItemThatExcludesHouseholdsWithATagScoresOnlyTheOthers() {
        String village = township.aVillage();
        long exempt = township.aHousehold(village, "低保户");
        long other = township.aHousehold(village);
        township.anActivePlan(village, TEMPLATE);

        assertThat(township.anEvent(village, exempt, "未按时缴纳保洁费", "2024-09-02").json().at("/awards").size())
                .as("a 低保户 is exempt").isZero();
        JsonNode charged = township.anEvent(village, other, "未按时缴纳保洁费", "2024-09-02").json();
        assertThat(charged.at("/awards/0/rule").asString()).isEqualTo("未按时缴纳保洁费");
        assertThat(charged.at("/awards/0/points").asInt()).isEqualTo(-2);
    }

    @Test
    void aQuarterlyCapSpansTheQuarterAndAMonthKeepsTheCapsOfTheVersionThatGovernsIt() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, TEMPLATE);

        assertThat(volunteering(village, household, "2024-07-0", 3)).containsExactly(2L, 2L, 2L);
        assertThat(volunteering(village, household, "2024-08-0", 3)).as("10 a quarter: 6 in July, 4 left")
                .containsExactly(2L, 2L, 0L);
        assertThat(volunteering(village, household, "2024-09-0", 1)).containsExactly(0L);
        assertThat(month(village, household, "2024-08").at("/adjustments/0/explanation").asString())
                .contains("每季度最多计 10 分");

        // From September a new version caps the same item at 4 a month: September knows that cap alone.
        Api.Reply uploaded = township.api().upload("/api/villages/" + village + "/rule-sets", PlanFile.of(
                "志愿服务.drl.csv", """
                RuleSet,villages.volunteers,,,
                Import,org.jifen.rules.Event,,,
                Variables,org.jifen.rules.Awards awards,,,
                ,,,,
                RuleTable 积分项目,,,,
                NAME,METADATA,METADATA,CONDITION,ACTION
                ,,,$e : Event,
                ,cap($param),"capPer(""$param"")","type == ""$param""\","awards.add($param * $e.getQuantity(), ""文明新风"");"
                规则名称,上限,上限周期,事件类型,文明新风
                参加志愿服务,4,月,参加志愿服务,2
                """));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        Api.Reply activated = township.api().post("/api/villages/" + village + "/rule-sets/"
                + uploaded.json().at("/version").asInt() + "/activate", json("from", "2024-09"));
        assertThat(activated.status()).as(activated.toString()).isEqualTo(200);
        assertThat(month(village, household, "2024-09").at("/total").asInt())
                .as("September under the monthly cap of its own version, whatever the quarter held").isEqualTo(2);
        assertThat(month(village, household, "2024-08").at("/total").asInt()).as("August still the template's")
                .isEqualTo(4);
    }

    @Test
    void aOneOffItemCountsOnceForGood() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, TEMPLATE);

        assertThat(township.anEvent(village, household, "参军入伍", "2024-07-05").json()
                .at("/awards/0/counted").asLong()).isEqualTo(20);
        assertThat(township.anEvent(village, household, "参军入伍", "2024-09-05").json()
                .at("/awards/0/counted").asLong()).as("recorded twice, counted once").isZero();
        JsonNode september = month(village, household, "2024-09");
        assertThat(september.at("/bonus").asInt()).isZero();
        assertThat(september.at("/adjustments/0/explanation").asString()).contains("「参军入伍」累计最多计 20 分");
    }

    @Test
    void aVillagesOwnCategoryIsUsedAndOneThatLooksLikeTheTownshipsIsRefused() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        String sheet = """
                RuleSet,villages.custom,,
                Import,org.jifen.rules.Event,,
                Variables,org.jifen.rules.Awards awards,,
                ,,,
                RuleTable 积分项目,,,
                NAME,CONDITION,ACTION
                ,$e : Event,
                ,"type == ""$param""\","awards.add($1 * $e.getQuantity(), ""$2"");"
                规则名称,事件类型,本村类别
                婚事简办,婚事简办,"3, 移风易俗"
                """;
        String uploads = "/api/villages/" + village + "/rule-sets";

        Api.Reply refused = township.api().upload(uploads, PlanFile.of("移风易俗.drl.csv", sheet),
                PlanFile.of("catalog.csv", "事件类型,类别,名称\n婚事简办,移风易俗,婚事简办\n参加村民大会,文明新凤,参加村民大会\n"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("/errors/0/file")).isEqualTo("catalog.csv");
        assertThat(refused.json().at("/errors/0/line").asInt()).isEqualTo(3);
        assertThat(refused.text("/errors/0/message")).contains("「文明新凤」").contains("「文明新风」");

        township.anActivePlan(village, PlanFile.of("移风易俗.drl.csv", sheet),
                PlanFile.of("catalog.csv", "事件类型,类别,名称\n婚事简办,移风易俗,婚事简办\n"));
        JsonNode recorded = township.anEvent(village, household, "婚事简办", "2024-09-03").json();
        assertThat(recorded.at("/awards/0/category").asString()).isEqualTo("移风易俗");
        assertThat(recorded.at("/awards/0/counted").asLong()).isEqualTo(3);
    }

    @Test
    void aTestSheetThatDisagreesWithThePlanRefusesItAtItsRowAndTheRightOneIsStored() {
        String village = township.aVillage();
        String uploads = "/api/villages/" + village + "/rule-sets";

        Api.Reply refused = township.api().upload(uploads, new PlanFile(PlanTemplate.FILE_NAME, withTests(
                "用例|事件类型|数量|户标签|属性|期望得分", "开会|参加村民大会||||参加村民大会 2",
                "乱堆 2 处|宅前屋后乱堆物|2|||宅前屋后乱堆物 -15")));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("/errors/0/file")).isEqualTo(PlanTemplate.FILE_NAME);
        assertThat(refused.json().at("/errors/0/line").asInt()).isEqualTo(3);
        assertThat(refused.text("/errors/0/cell")).isEqualTo("F3");
        assertThat(refused.text("/errors/0/message")).contains("测试「乱堆 2 处」未通过").contains("-10 分")
                .contains("表格「测试」第 3 行");
        assertThat(township.api().get(uploads).json().size()).as("nothing stored").isZero();

        Api.Reply accepted = township.api().upload(uploads, TEMPLATE);
        assertThat(accepted.status()).as("the template's own 测试 sheet holds").isEqualTo(201);
    }

    @Test
    void overlappingRulesAndACapThatCannotBindAreWarnedAtTheirRows() {
        String village = township.aVillage();
        Api.Reply accepted = township.api().upload("/api/villages/" + village + "/rule-sets", PlanFile.of(
                "积分表.drl.csv", """
                RuleSet,villages.overlap,,,,
                Import,org.jifen.rules.Event,,,,
                Variables,org.jifen.rules.Awards awards,,,,
                ,,,,,
                RuleTable 积分项目,,,,,
                NAME,METADATA,CONDITION,ACTION,ACTION,ACTION
                ,,$e : Event,,,
                ,cap($param),"type == ""$param""\","awards.add($param * $e.getQuantity(), ""村民议事"");","awards.add($param * $e.getQuantity(), ""文明新风"");","awards.veto(""$param"");"
                规则名称,上限,事件类型,村民议事,文明新风,一票否决
                参加村民大会,,参加村民大会,2,,
                参加村民大会另加文明分,,参加村民大会,,1,
                违法搭建,10,违法搭建,,,平安建设
                """));

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        JsonNode warnings = accepted.json().at("/warnings");
        assertThat(warnings.findValuesAsString("message")).anySatisfy(message -> assertThat(message)
                .contains("「参加村民大会另加文明分」").contains("条件完全一样"))
                .anySatisfy(message -> assertThat(message).contains("「违法搭建」的上限 10 分不会起作用"));
        assertThat(warnings.findValues("line")).extracting(JsonNode::asInt).contains(11, 12);
    }

    /** ADR 0177: three rows with three different mistakes and a warning, all in the one 422. */
    @Test
    void everyFindingOfAnUploadComesBackInOneAnswerWithItsWarnings() {
        String village = township.aVillage();
        Api.Reply refused = township.api().upload("/api/villages/" + village + "/rule-sets", PlanFile.of(
                "积分表.drl.csv", SMALL_SHEET + """
                参加村民大会另加文明分,,参加村民大会,,1,
                参加垃圾分类宣传,,参加垃圾分类宣传,3分,,
                参加村民大会,,违法搭建,,,平安建设
                参加志愿服务,,参加志愿服务,,2,
                """), PlanFile.of("catalog.csv", "事件类型,类别,名称\n参加村民大会,人居环境,参加村民大会\n"
                + "参加垃圾分类宣传,人居环境,参加垃圾分类宣传\n违法搭建,平安建设,违法搭建\n"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().at("/errors").findValuesAsString("cell")).containsExactly("D12", "A13", "C14");
        assertThat(refused.json().at("/warnings/0/line").asInt()).isEqualTo(11);
        assertThat(refused.text("/warnings/0/message")).contains("「参加村民大会另加文明分」", "条件完全一样");
        assertThat(refused.text("/warnings/1/message")).as("its points count into another category than the catalog's")
                .contains("计入「文明新风」", "属于「人居环境」");
        assertThat(refused.text("/detail")).contains("共 3 处问题", "另有 2 条提醒");
        assertThat(refused.text("/laterChecks")).contains("有错的那几行");
    }

    /** ADR 0176: a CSV plan's tests in a .test.csv, one household's month closed by its month-end row. */
    @Test
    void aCsvPlanCarriesItsTestsOfOneHouseholdsMonthInATestFile() {
        String village = township.aVillage();
        String uploads = "/api/villages/" + village + "/rule-sets";
        PlanFile plan = PlanFile.of("积分表.drl.csv", SMALL_SHEET + """
                ,,,,,
                RuleTable 月度项目,,,,,
                NAME,CONDITION,ACTION,,,
                ,MonthSummary,,,,
                ,deductions <= $param,"awards.add($param, ""文明新风"");",,,
                规则名称,本月扣分不超过,文明新风,,,
                当月无扣分,0,10,,,
                """);
        String month = "用例,事件类型,数量,户标签,属性,期望得分\n一户一个月,参加村民大会,,,,参加村民大会 2\n"
                + "一户一个月,参加村民大会,,,,参加村民大会 2\n一户一个月,月底,,,,当月无扣分 10\n";

        Api.Reply refused = township.api().upload(uploads, plan, PlanFile.of("积分表.test.csv",
                month.replace("当月无扣分 10", "当月无扣分 5")));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.text("/errors/0/file")).isEqualTo("积分表.test.csv");
        assertThat(refused.text("/errors/0/cell")).isEqualTo("F4");
        assertThat(refused.text("/errors/0/message")).contains("测试「一户一个月」的月底评定未通过",
                "期望 「当月无扣分」5 分，实际 「当月无扣分」10 分");

        Api.Reply accepted = township.api().upload(uploads, plan, PlanFile.of("积分表.test.csv", month));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
    }

    @Test
    void anInspectionGivesItsPointsEveryMonthUntilTheNextOneSaysOtherwise() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, TEMPLATE);
        inspection(village, household, "2024-07-20", "美丽庭院");

        assertThat(rulesOfMonth(village, household, "2024-07")).contains("美丽庭院");
        assertThat(rulesOfMonth(village, household, "2024-08")).as("no inspection in August, the July one stands")
                .containsExactly("美丽庭院");
        assertThat(month(village, household, "2024-08").at("/total").asInt()).isEqualTo(5);

        inspection(village, household, "2024-09-05", "不达标");
        assertThat(rulesOfMonth(village, household, "2024-09")).as("the September inspection governs September")
                .doesNotContain("美丽庭院");
    }

    private void inspection(String village, long household, String on, String result) {
        Api.Reply recorded = township.api().post("/api/villages/" + village + "/events", json("eventId",
                "inspection-" + household + "-" + on, "householdId", household, "type", "美丽庭院检查", "occurredOn", on,
                "attributes", java.util.Map.of("结果", result)));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    }

    /** The rules of the month's standing month-end entries, after evaluating it. */
    private List<String> rulesOfMonth(String village, long household, String month) {
        Api.Reply evaluated = township.api().post("/api/villages/" + village + "/months/" + month + "/evaluate");
        assertThat(evaluated.status()).as(evaluated.toString()).isEqualTo(200);
        List<String> rules = new java.util.ArrayList<>();
        JsonNode awards = month(village, household, month).at("/awards");
        java.util.Map<Long, Integer> standing = new java.util.HashMap<>();
        awards.forEach(award -> standing.merge(award.at("/reverses").isNull() || award.at("/reverses").isMissingNode()
                ? award.at("/id").asLong() : award.at("/reverses").asLong(), 1, Integer::sum));
        awards.forEach(award -> {
            if (standing.getOrDefault(award.at("/id").asLong(), 0) == 1 && award.at("/points").asInt() != 0) {
                rules.add(award.at("/rule").asString());
            }
        });
        return rules;
    }

    /** The template workbook with these rows in its 测试 sheet, cells separated by |. */
    static byte[] withTests(String... rows) {
        return PlanTemplate.xlsx(java.util.Arrays.stream(rows).map(row -> List.of(row.split("\\|", -1))).toList());
    }

    private List<Long> volunteering(String village, long household, String dayPrefix, int times) {
        return java.util.stream.IntStream.rangeClosed(1, times).mapToObj(day -> township.anEvent(village, household,
                "参加志愿服务", dayPrefix + day).json().at("/awards/0/counted").asLong()).toList();
    }

    private JsonNode month(String village, long household, String month) {
        return township.api().get("/api/villages/" + village + "/households/" + household + "/months/" + month)
                .json();
    }
}
