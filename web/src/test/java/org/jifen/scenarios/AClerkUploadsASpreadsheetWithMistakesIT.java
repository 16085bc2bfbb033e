package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jifen.engine.HostileCorpus;
import org.jifen.engine.PlanFile;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 10: a village clerk who knows Excel but not programming writes the village's plan in the template alone.
 * Her first upload has three mistakes: all three come back in one answer, each at its row and cell, in plain
 * Chinese, and the plan in force is untouched. Her second upload is accepted, but what may not be what she meant
 * (a tag no household has, written the wrong way round; no event catalog; an upload that leaves out what the
 * version in force had) comes back as warnings, kept with the version, shown again when she looks at it and when she
 * activates it. With a catalog, a rule for an event type the catalog lacks is refused at its cell.
 */
@AppTest
class AClerkUploadsASpreadsheetWithMistakesIT {

    /** The template's item table as CSV ('' stands for a double quote). */
    private static final String ITEMS = """
            RuleSet,villages.clerk,,,,,,,,,
            Import,'org.jifen.rules.Event, org.jifen.rules.Household, org.jifen.rules.MonthSummary',,,,,,,,,
            Variables,org.jifen.rules.Awards awards,,,,,,,,,
            ,,,,,,,,,,
            RuleTable 积分项目,,,,,,,,,,
            NAME,METADATA,CONDITION,CONDITION,CONDITION,ACTION,ACTION,ACTION,ACTION,ACTION,ACTION
            ,,$e : Event,$e : Event,Household,,,,,,
            ,cap($param),'type == ''$param''','quantity >= $param','hasTag(''$param'')','awards.add($param * $e.getQuantity(), ''村民议事'');','awards.add($param * $e.getQuantity(), ''平安建设'');','awards.add($param * $e.getQuantity(), ''文明新风'');','awards.add($param * $e.getQuantity(), ''人居环境'');','awards.bonus($1, ''$2'');','awards.veto(''$param'');'
            规则名称,每月上限,事件类型,最少数量,户标签,村民议事,平安建设,文明新风,人居环境,附加分,一票否决
            """.replace("''", "\u0001").replace('\'', '"').replace("\u0001", "\"\"");
    private static final Pattern ENGINE_WORDS = Pattern.compile("(?i)\\bERR\\b|viable|mismatched|expand|duplicate"
            + "|cannot be resolved|exception|\\$\\d|line 0|第 0 行|<eof>");

    @Autowired
    Township township;

    @Test
    void threeMistakesComeBackInOneAnswerAtTheirCellsAndWhatMayBeMeantIsWarnedUntilActivation() {
        String village = township.aVillage();
        township.aHousehold(village, "贫困户");
        township.aHousehold(village);
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        String uploads = "/api/villages/" + village + "/rule-sets";

        Api.Reply refused = township.api().upload(uploads, PlanFile.of("积分表.drl.csv", ITEMS + """
                参加村民大会,,参加村民大会,,,2,,,,,
                参加垃圾分类宣传,,参加垃圾分类宣传,,,,,,3分,,
                见义勇为,,见义勇为,,,,,,,20,
                ,,,,,,,,,,
                宅前屋后乱堆物,25,宅前屋后乱堆物,,,,,,-5,,
                """));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("/type")).endsWith("plan-refused");
        assertThat(findings(refused.json().at("/errors"))).containsExactly(
                "积分表.drl.csv|11|I11", "积分表.drl.csv|12|J12", "积分表.drl.csv|13|null");
        assertThat(refused.text("/errors/0/message")).contains("3分").contains("只能写整数");
        assertThat(refused.text("/errors/1/message")).contains("20, 文明新风");
        assertThat(refused.text("/errors/2/message")).contains("空行").contains("宅前屋后乱堆物");
        assertPlain(refused.json().at("/errors"));
        assertThat(refused.text("/laterChecks")).as("the sheet was not read into rules: more checks follow (ADR 0173)")
                .contains("还有检查没有做");
        assertThat(refused.text("/detail")).endsWith(refused.text("/laterChecks"));
        assertThat(refused.text("/detail")).contains("共 3 处问题");
        assertThat(township.api().get(uploads).json().size()).as("nothing stored").isEqualTo(1);
        assertThat(township.api().get(uploads + "/1").text("/status")).isEqualTo("ACTIVE");

        Api.Reply accepted = township.api().upload(uploads, PlanFile.of("积分表.drl.csv", ITEMS + """
                参加村民大会,,参加村民大会,,,2,,,,,
                参加垃圾分类宣传,,参加垃圾分类宣传,,,,,,3,,
                见义勇为,,见义勇为,,,,,,,'20, 文明新风',
                宅前屋后乱堆物,25,宅前屋后乱堆物,,,,,,-5,,
                非贫困户参会,,参加村民大会,,非贫困户,1,,,,,
                """.replace('\'', '"')));

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        JsonNode warnings = accepted.json().at("/warnings");
        assertThat(findings(warnings)).contains("积分表.drl.csv|14|E14", "积分表.drl.csv|0|null");
        assertThat(messages(warnings)).anySatisfy(message -> assertThat(message).contains("非贫困户")
                        .contains("家庭户没有标签 \"贫困户\""))
                .anySatisfy(message -> assertThat(message).contains("没有一户带这个标签").contains("贫困户"))
                .anySatisfy(message -> assertThat(message).contains("catalog.csv"))
                .anySatisfy(message -> assertThat(message).contains("第 1 版").contains("示例方案.drl"))
                .anySatisfy(message -> assertThat(message).startsWith("本方案没有规则测试"));
        assertPlain(warnings);
        int version = accepted.json().at("/version").asInt();
        assertThat(township.api().get(uploads + "/" + version).json().at("/warnings")).isEqualTo(warnings);
        Api.Reply activated = township.api().post(uploads + "/" + version + "/activate");
        assertThat(activated.status()).isEqualTo(200);
        assertThat(activated.json().at("/warnings")).as("shown again at activation").isEqualTo(warnings);
    }

    /**
     * Tryout clerk 4, B5: after trial uploads never activated, an upload is compared with the version the village
     * runs, not with the last trial: the second trial, the same as the first, is still told it leaves out what the
     * version in force has.
     */
    @Test
    void anUploadIsComparedWithTheVersionInForceNotWithTheLastTrial() {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        String uploads = "/api/villages/" + village + "/rule-sets";
        PlanFile trial = PlanFile.of("积分表.drl.csv", ITEMS + "参加村民大会,,参加村民大会,,,2,,,,,\n");

        Api.Reply first = township.api().upload(uploads, trial);
        Api.Reply second = township.api().upload(uploads, trial);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().at("/version").asInt()).isEqualTo(3);
        assertThat(messages(second.json().at("/warnings"))).anySatisfy(message -> assertThat(message)
                .contains("会替换现在启用的第 1 版的全部内容", "「示例方案.drl」").doesNotContain("第 2 版"));
    }

    @Test
    void withACatalogARuleForAnEventTypeItLacksIsRefusedAtItsCellWithWhatToWriteInstead() {
        String village = township.aVillage();

        Api.Reply refused = township.api().upload("/api/villages/" + village + "/rule-sets",
                PlanFile.of("积分表.drl.csv", ITEMS + "开会,,参加村民会议,,,2,,,,,\n"), Plans.CATALOG);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(findings(refused.json().at("/errors"))).containsExactly("积分表.drl.csv|10|C10");
        assertThat(refused.text("/errors/0/message")).contains("「参加村民会议」").contains("catalog.csv")
                .contains("是不是「参加村民大会」");
        assertPlain(refused.json().at("/errors"));
    }

    /**
     * Attack tryout 10, NEW-1 (ADR 0221): a veto written in K11 in a yellow one shade off the cell's yellow fill is
     * refused at its cell, saying the colours are too close and how to fix it; nothing is stored.
     */
    @Test
    void aVetoWrittenInTheColourOfItsFillIsRefusedAtItsCell() {
        String village = township.aVillage();
        String uploads = "/api/villages/" + village + "/rule-sets";

        Api.Reply refused = township.api().upload(uploads,
                new PlanFile("积分方案.drl.xlsx", HostileCorpus.ONE_SHADE_OFF_THE_FILL.get()));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(findings(refused.json().at("/errors"))).contains("积分方案.drl.xlsx|11|K11");
        assertThat(messages(refused.json().at("/errors"))).anySatisfy(message -> assertThat(message).startsWith(
                "工作表「积分方案」的单元格 K11 的文字颜色和底色一样或太接近（文字 #FFFF98，底色 #FFFF99")
                .contains("它写的「村民议事」", "「开始」→「字体颜色」→「自动」"));
        assertPlain(refused.json().at("/errors"));
        assertThat(township.api().get(uploads).json().size()).as("nothing stored").isZero();
    }

    /**
     * Attack tryout 11, N4 (ADR 0234): an honest copy of the plan, 「公示稿」, is the sheet Excel opens on while the
     * first sheet, which scores, vetoes in K11. Refused, saying which sheet it opens on and to save it on the plan.
     */
    @Test
    void aWorkbookOpeningOnADecoyCopyOfThePlanIsRefused() {
        String village = township.aVillage();
        String uploads = "/api/villages/" + village + "/rule-sets";

        Api.Reply refused = township.api().upload(uploads,
                new PlanFile("积分方案.drl.xlsx", HostileCorpus.DECOY_SHEET_OPENED_FIRST.get()));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(messages(refused.json().at("/errors"))).anySatisfy(message -> assertThat(message).startsWith(
                "表格打开时显示的是工作表「公示稿」，而系统计分的是第一张表「积分方案」").contains("保存后再上传"));
        assertThat(messages(refused.json().at("/errors"))).anySatisfy(message -> assertThat(message).startsWith(
                "工作表「公示稿」不是方案的一部分").contains("请删除这个工作表"));
        assertPlain(refused.json().at("/errors"));
        assertThat(township.api().get(uploads).json().size()).as("nothing stored").isZero();
    }

    /**
     * Attack tryout 12, NEW-B (ADR 0237): en-US Excel's red-parentheses number format is read on the positive points;
     * the one deduction, shown 「(5)」 without its minus, is told to show it, and nothing else is refused.
     */
    @Test
    void enUsRedParenthesesAreReadAndOnlyTheNegativeIsToldToShowItsMinus() throws java.io.IOException {
        String village = township.aVillage();
        String uploads = "/api/villages/" + village + "/rule-sets";
        byte[] workbook;
        try (var in = getClass().getResourceAsStream(
                "/org/jifen/engine/attack12/h3b_fmt_enUS_paren_numbers_only.drl.xlsx")) {
            workbook = in.readAllBytes();
        }

        Api.Reply refused = township.api().upload(uploads, new PlanFile("积分方案.drl.xlsx", workbook));

        assertThat(refused.status()).isEqualTo(422);
        // said once (attack tryout 14: the cell was listed twice, in two wordings)
        assertThat(refused.json().at("/errors")).singleElement().satisfies(error -> {
            assertThat(error.at("/cell").asString()).isEqualTo("I14");
            assertThat(error.at("/message").asString()).contains("没有负号", "「-1234」");
        });
        assertPlain(refused.json().at("/errors"));
        assertThat(township.api().get(uploads).json().size()).as("nothing stored").isZero();
    }

    /** Outside tryout (clerk 2): the advice for 「非党员」 named 「党员」 where the households are tagged 党员户. */
    /**
     * Clerk tryout 4 (M06b) and attack tryout 12 (NEW-F), ADR 0235: a heading renamed to another category is told to
     * go back to the category its column scores, and a veto column headed 「否决异议处理人」 is told the heading to write;
     * nothing is stored.
     */
    @Test
    void aScoringColumnsHeadingMustSayWhatTheColumnScores() {
        String village = township.aVillage();
        String uploads = "/api/villages/" + village + "/rule-sets";

        Api.Reply anotherCategory = township.api().upload(uploads, PlanFile.of("积分表.drl.csv", ITEMS
                .replace("人居环境,附加分,一票否决", "平安建设（每次分值）,附加分,一票否决") + "宅前屋后乱堆物,,宅前屋后乱堆物,,,,,,-5,,\n"));
        Api.Reply objections = township.api().upload(uploads, PlanFile.of("积分表.drl.csv", ITEMS
                .replace("人居环境,附加分,一票否决", "人居环境,附加分,否决异议处理人") + "违法搭建,,违法搭建,,,,,,,,平安建设\n"));

        assertThat(anotherCategory.status()).as(anotherCategory.toString()).isEqualTo(422);
        assertThat(anotherCategory.text("/errors/0/cell")).isEqualTo("I9");
        assertThat(anotherCategory.text("/errors/0/message")).contains("第 I 列标题写的是「平安建设（每次分值）」，这一列实际却计入"
                + "「人居环境」", "请把标题改回「人居环境（每次分值）」").doesNotContain("灰色代码行被改过");
        assertThat(objections.status()).as(objections.toString()).isEqualTo(422);
        assertThat(objections.text("/errors/0/cell")).isEqualTo("K9");
        assertThat(objections.text("/errors/0/message")).contains("标题里的「异议处理人」不是计分的说法",
                "请把标题改成「一票否决（类别）」");
        assertPlain(objections.json().at("/errors"));
        assertThat(township.api().get(uploads).json().size()).isZero();
    }

    @Test
    void aTagWrittenTheWrongWayRoundIsToldTheTagTheVillageHas() {
        String village = township.aVillage();
        township.aHousehold(village, "党员户");
        township.aHousehold(village);

        Api.Reply accepted = township.api().upload("/api/villages/" + village + "/rule-sets",
                PlanFile.of("积分表.drl.csv", ITEMS + "非党员参会,,参加村民大会,,非党员,1,,,,,\n"));

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        assertThat(messages(accepted.json().at("/warnings"))).anySatisfy(message -> assertThat(message)
                .contains("没有一户带这个标签", "请把「党员户」写在「不含标签」列"));
        assertPlain(accepted.json().at("/warnings"));
    }

    private static List<String> findings(JsonNode list) {
        List<String> found = new ArrayList<>();
        list.forEach(item -> found.add(item.at("/file").asString() + "|" + item.at("/line").asInt() + "|"
                + (item.at("/cell").isNull() || item.at("/cell").isMissingNode() ? "null" : item.at("/cell").asString())));
        return found;
    }

    private static List<String> messages(JsonNode list) {
        List<String> messages = new ArrayList<>();
        list.forEach(item -> messages.add(item.at("/message").asString()));
        return messages;
    }

    private static void assertPlain(JsonNode list) {
        assertThat(messages(list)).isNotEmpty().noneMatch(message -> ENGINE_WORDS.matcher(message).find());
    }
}
