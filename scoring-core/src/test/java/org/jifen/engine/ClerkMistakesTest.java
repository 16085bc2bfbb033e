package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jifen.plan.PlanTemplate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 10: a village clerk writes the plan alone, and no mistake is accepted silently. Each mistake of the corpus
 * below is one a clerk made in the tryout or typically makes; each must be refused or warned about at its file, row
 * or line and cell, in plain Chinese, and no message may carry a word of the parser or the expander.
 */
class ClerkMistakesTest {

    private static final Logger log = LoggerFactory.getLogger(ClerkMistakesTest.class);
    private static final PlanCompiler COMPILER = new PlanCompiler(1000);
    private static final String ITEMS = resource("clerk-items.csv");
    private static final String MONTH_END = resource("clerk-month.csv");
    /** The items table with the template's columns O to Q (属性条件, 须勾选, 分开计上限). */
    private static final String ITEMS_BY = resource("clerk-items-by.csv");
    private static final String MEETING = "参加村民大会,,参加村民大会,,,2,,,,,\n";
    private static final String SHEET = "积分表.drl.csv";
    private static final String CATALOG = """
            事件类型,类别,名称,属性
            参加村民大会,村民议事,参加村民大会,会议名称
            宅前屋后乱堆物,人居环境,宅前屋后乱堆物,地点
            """;
    /** Words of Drools' parser, compiler and expander, a template's placeholders, line 0 and Java's class names. */
    static final Pattern ENGINE_WORDS = Pattern.compile("(?i)\\bERR\\b|viable|mismatched|extraneous|expecting"
            + "|expand|duplicate|cannot be resolved|compilation|exception|\\$\\d|line 0|第 0 行|<eof>"
            + "|\\b(?:org|java|javax|jdk|sun)\\.[a-z]+\\.|\\bnull\\b");

    /** A spreadsheet's heading rows, before its first rule table. */
    private static final String SHEET_HEAD_ROWS = """
            RuleSet,villages.csv
            Import,"org.jifen.rules.Event, org.jifen.rules.Household"
            Variables,org.jifen.rules.Awards awards
            """;

    private static final String SENTENCES_HEAD = """
            import org.jifen.rules.Event;
            global org.jifen.rules.Awards awards;
            """;

    enum Verdict { REFUSED, WARNED }

    record Mistake(String what, List<PlanFile> files, Verdict verdict, String file, int line, @Nullable String cell,
            String says) {
        @Override
        public String toString() {
            return what;
        }
    }

    static Stream<Mistake> corpus() {
        return Stream.of(
                sheet("a blank row in the middle of the items", MEETING + ",,,,,,,,,,\n宅前屋后乱堆物,25,宅前屋后乱堆物,,,,,,-5,,\n",
                        Verdict.REFUSED, 11, null, "空行"),
                sheet("a row with only its name", MEETING + "宅前屋后乱堆物,,,,,,,,,,\n", Verdict.REFUSED, 11, "A11",
                        "只填了名称"),
                sheet("an item without its event type", MEETING + "宅前屋后乱堆物,,,,,,,,-5,,\n", Verdict.REFUSED, 11,
                        "C11", "没有填事件类型"),
                sheet("an item without points", MEETING + "宅前屋后乱堆物,,宅前屋后乱堆物,,,,,,,,\n", Verdict.REFUSED, 11,
                        null, "没有写分值"),
                sheet("an item without a name", MEETING + ",,宅前屋后乱堆物,,,,,,-5,,\n", Verdict.REFUSED, 11, "A11",
                        "没有填规则名称"),
                sheet("points written 3分", MEETING + "参加垃圾分类宣传,,参加垃圾分类宣传,,,,,,3分,,\n", Verdict.REFUSED, 11,
                        "I11", "只能写整数"),
                sheet("a bonus without its category", MEETING + "见义勇为,,见义勇为,,,,,,,20,\n", Verdict.REFUSED, 11,
                        "J11", "要写 2 项"),
                sheet("a bonus with a Chinese comma", MEETING + "见义勇为,,见义勇为,,,,,,,20，文明新风,\n", Verdict.REFUSED,
                        11, "J11", "英文逗号"),
                sheet("a cap in Chinese numerals", MEETING + "宅前屋后乱堆物,二十五,宅前屋后乱堆物,,,,,,-5,,\n",
                        Verdict.REFUSED, 11, "B11", "只能写整数"),
                sheet("a category not among the four", MEETING + "见义勇为,,见义勇为,,,,,,,\"20, 好人好事\",\n",
                        Verdict.REFUSED, 11, "J11", "好人好事"),
                sheet("the same name twice", MEETING + "参加村民大会,,参加村民大会,,,3,,,,,\n", Verdict.REFUSED, 11, "A11",
                        "重复"),
                sheet("names differing only by a space", MEETING + "参加村民 大会,,参加村民大会,,,3,,,,,\n",
                        Verdict.REFUSED, 11, "A11", "只差空格"),
                sheet("names differing only by full-width brackets",
                        "参加村民大会(一),,参加村民大会,,,2,,,,,\n参加村民大会（一）,,参加村民大会,,,3,,,,,\n",
                        Verdict.REFUSED, 11, "A11", "重复"),
                sheet("the same rule under two names", MEETING + "开村民大会,,参加村民大会,,,2,,,,,\n", Verdict.WARNED, 11,
                        null, "完全一样"),
                sheet("a tag written the wrong way round", MEETING + "贫困户参会,,参加村民大会,,非贫困户,1,,,,,\n",
                        Verdict.WARNED, 11, "E11", "家庭户没有标签 \"贫困户\""),
                new Mistake("a note in the column right next to the table (tryout clerk 4, M10f)", List.of(
                        new PlanFile(PlanTemplate.FILE_NAME, templateWith(13, 17, "开会要签到，缺席不加分"))),
                        Verdict.REFUSED, PlanTemplate.FILE_NAME, 13, "R13", "单元格 R13写的「开会要签到，缺席不加分」紧挨在"
                                + "方案表格的右边，系统把它当成了表格的一列，整张表就读不了：备注请写在表格下方、空一行之后"),
                sheet("a note below the table after a gap", MEETING + ",,,,,,,,,,\n制表人：张三,,,,,,,,,,\n",
                        Verdict.WARNED, 12, null, "不会被读到"),
                new Mistake("a month-end row emptied but for its name", List.of(PlanFile.of(SHEET,
                        ITEMS + MEETING + MONTH_END + "当月无扣分,,,,,,,,,,\n")), Verdict.REFUSED, SHEET, 17, "A17",
                        "只填了名称"),
                new Mistake("a month-end 当月无扣分 without 本月事件不少于 (tryout clerk 2, M2)", List.of(PlanFile.of(SHEET,
                        ITEMS + MEETING + MONTH_END + "当月无扣分,0,,,,5,,,,,\n")), Verdict.REFUSED, SHEET, 17, "C17",
                        "每一户都会得"),
                new Mistake("a month-end table left empty", List.of(PlanFile.of(SHEET, ITEMS + MEETING + MONTH_END)),
                        Verdict.WARNED, SHEET, 12, null, "没有填任何项目"),
                new Mistake("an event type missing from the catalog", List.of(PlanFile.of(SHEET,
                        ITEMS + "参加村民会议,,参加村民会议,,,2,,,,,\n"), PlanFile.of("catalog.csv", CATALOG)),
                        Verdict.REFUSED, SHEET, 10, "C10", "是不是「参加村民大会」"),
                new Mistake("the guide's old catalog: a count attribute beside a rule that counts the quantity",
                        List.of(PlanFile.of(SHEET, ITEMS + MEETING + "宅前屋后乱堆物,25,宅前屋后乱堆物,,,,,,-5,,\n"),
                                PlanFile.of("catalog.csv", CATALOG.replace(",地点", ",处数"))),
                        Verdict.WARNED, "catalog.csv", 3, null, "会被要求填「处数」和「数量」两项，只有「数量」计分"),
                new Mistake("a catalog type no rule scores", List.of(PlanFile.of(SHEET, ITEMS + MEETING),
                        PlanFile.of("catalog.csv", CATALOG)), Verdict.WARNED, "catalog.csv", 3, null, "宅前屋后乱堆物"),
                sheet("a plan without a catalog", MEETING, Verdict.WARNED, 0, null, "catalog.csv"),
                new Mistake("a Chinese comma inside a catalog name", List.of(PlanFile.of(SHEET, ITEMS + MEETING),
                        PlanFile.of("catalog.csv", CATALOG + "见义勇为，救人,文明新风,见义勇为\n")), Verdict.WARNED,
                        "catalog.csv", 4, null, "逗号"),
                new Mistake("a catalog line with Chinese commas and a comma too many", List.of(PlanFile.of(SHEET,
                        ITEMS + MEETING), PlanFile.of("catalog.csv", CATALOG + "见义勇为，文明新风，见义勇为，救人，奖状\n")),
                        Verdict.REFUSED, "catalog.csv", 4, null, "顿号"),
                new Mistake("a sentences file without its import lines", List.of(PlanFile.of("方案.dslr", """
                        rule "参加村民大会"
                        when
                            事件类型为 "参加村民大会"
                        then
                            加 2 分 计入 "村民议事"
                        end
                        """)), Verdict.REFUSED, "方案.dslr", 3, null, "import"),
                sentences("a sentence without its spaces", "加20分 计入 \"文明新风\"", 5, "加 数字 分 计入"),
                sentences("a sentence with Chinese quotes", "加 2 分 计入 “文明新风”", 5, "英文双引号"),
                new Mistake("a rule without its end", List.of(PlanFile.of("方案.dslr", SENTENCES_HEAD + """
                        rule "参加村民大会"
                        when
                            事件类型为 "参加村民大会"
                        then
                            加 2 分 计入 "村民议事"
                        """)), Verdict.REFUSED, "方案.dslr", 8, null, "end"),
                new Mistake("the same rule name twice in sentences", List.of(PlanFile.of("方案.dslr", SENTENCES_HEAD + """
                        rule "参加村民大会"
                        when
                            事件类型为 "参加村民大会"
                        then
                            加 2 分 计入 "村民议事"
                        end
                        rule "参加村民大会"
                        when
                            事件类型为 "参加村民代表会"
                        then
                            加 2 分 计入 "村民议事"
                        end
                        """)), Verdict.REFUSED, "方案.dslr", 9, null, "重复"),
                sheet("a cap period without a cap", MEETING + "参加志愿服务,,参加志愿服务,,,,,2,,,,,季度,\n",
                        Verdict.REFUSED, 11, "M11", "没有写上限"),
                sheet("a cap period written 每周", MEETING + "参加志愿服务,10,参加志愿服务,,,,,2,,,,,每周,\n",
                        Verdict.REFUSED, 11, "M11", "只能写「月」「季度」「年」或「一次性」"),
                sheet("a cap period written in English", MEETING + "参加志愿服务,10,参加志愿服务,,,,,2,,,,,quarter,\n",
                        Verdict.REFUSED, 11, "M11", "只能写「月」「季度」「年」或「一次性」"),
                sheet("a cap in full-width digits (tryout clerk 2)", MEETING + "宅前屋后乱堆物,２５,宅前屋后乱堆物,,,,,,-5,,\n",
                        Verdict.REFUSED, 11, "B11", "请切换到半角（英文）输入，写成「25」"),
                sheet("points with a full-width minus (tryout clerk 2)", MEETING + "宅前屋后乱堆物,25,宅前屋后乱堆物,,,,,,－5,,\n",
                        Verdict.REFUSED, 11, "I11", "写成「-5」"),
                sheet("a cap written 不限 is not told to write -3 (tryout clerk 2)", MEETING
                        + "宅前屋后乱堆物,不限,宅前屋后乱堆物,,,,,,-5,,\n", Verdict.REFUSED, 11, "B11", "扣分的上限也写正数"),
                sheet("a negative cap", MEETING + "宅前屋后乱堆物,-25,宅前屋后乱堆物,,,,,,-5,,,,,\n",
                        Verdict.REFUSED, 11, "B11", "正整数"),
                sheet("a one-off item whose cap is not its points", MEETING
                        + "参军入伍,10,参军入伍,,,,,,,\"20, 平安建设\",,,一次性,\n", Verdict.WARNED, 11, "B11", "一次性"),
                sheet("a tag both required and excluded", MEETING + "缴纳保洁费,,缴纳保洁费,,低保户,,,,-2,,,低保户,,\n",
                        Verdict.REFUSED, 11, "L11", "既带又不带"),
                sheet("an excluded tag written 非低保户", MEETING + "缴纳保洁费,,缴纳保洁费,,,,,,-2,,,非低保户,,\n",
                        Verdict.WARNED, 11, "L11", "双重否定"),
                sheet("a village category without a catalog", MEETING + "移风易俗,,婚事简办,,,,,,,,,,,\"3, 移风易俗\"\n",
                        Verdict.REFUSED, 11, "N11", "移风易俗"),
                new Mistake("a village category that looks like one of the four", List.of(PlanFile.of(SHEET,
                        ITEMS + MEETING), PlanFile.of("catalog.csv", CATALOG + "婚事简办,文明新凤,婚事简办\n")),
                        Verdict.REFUSED, "catalog.csv", 4, null, "只差一点"),
                new Mistake("two village categories one traditional character apart (tryout clerk 2, M1)",
                        List.of(PlanFile.of(SHEET, ITEMS + MEETING), PlanFile.of("catalog.csv", CATALOG
                                + "红白喜事简办,移风易俗,红白喜事简办\n大操大办,移風易俗,大操大办\n")),
                        Verdict.REFUSED, "catalog.csv", 5, null, "第 4 行的类别「移风易俗」只差繁简、异体或形近的字（第 2 个字符「風」和「风」）"),
                new Mistake("two village categories apart only by a space", List.of(PlanFile.of(SHEET, ITEMS + MEETING),
                        PlanFile.of("catalog.csv", CATALOG + "红白喜事简办,移风易俗,红白喜事简办\n大操大办,移风 易俗,大操大办\n")),
                        Verdict.REFUSED, "catalog.csv", 5, null, "只差一点"),
                new Mistake("a village category with a space inside one of the four", List.of(PlanFile.of(SHEET,
                        ITEMS + MEETING), PlanFile.of("catalog.csv", CATALOG + "婚事简办,人居 环境,婚事简办\n")),
                        Verdict.REFUSED, "catalog.csv", 4, null, "人居环境"),
                lookAlikeCategory("a village category with a no-break space after one of the four", "村民议事\u00a0"),
                lookAlikeCategory("a village category with a tab inside one of the four", "\"村民\t议事\""),
                lookAlikeCategory("a village category in traditional characters", "平安建設"),
                drl("a category with a no-break space in DRL", "    Event( type == \"参加村民大会\" )\n",
                        "    awards.add(2, \"村民议事\u00a0\");\n", 7, "村民议事"),
                new Mistake("a spreadsheet SALIENCE column", List.of(PlanFile.of("优先.drl.csv", SHEET_HEAD_ROWS + """
                        RuleTable 积分项目
                        NAME,SALIENCE,CONDITION,ACTION
                        ,,$e : Event,
                        ,,"type == ""$param\""","awards.add($param, ""村民议事"");"
                        规则名称,优先,事件类型,村民议事
                        参加村民大会,10,参加村民大会,2
                        """)), Verdict.REFUSED, "优先.drl.csv", 5, "B5", "「SALIENCE」列"),
                // attack tryout 19, F14: it gives each rule a salience, and the answer named a SALIENCE column
                new Mistake("a spreadsheet Sequential row", List.of(PlanFile.of("顺序.drl.csv", SHEET_HEAD_ROWS
                        + "Sequential,true\n" + """
                        RuleTable 积分项目
                        NAME,CONDITION,ACTION
                        ,$e : Event,
                        ,"type == ""$param\""","awards.add($param, ""村民议事"");"
                        规则名称,事件类型,村民议事
                        参加村民大会,参加村民大会,2
                        """)), Verdict.REFUSED, "顺序.drl.csv", 4, null, "「Sequential」设置"),
                // attack tryout 19, F14: the answer named the type's cell C9, which is right
                new Mistake("a spreadsheet rule name ending in a backslash", List.of(PlanFile.of("斜杠.drl.csv",
                        SHEET_HEAD_ROWS + """
                        RuleTable 积分项目
                        NAME,CONDITION,ACTION
                        ,$e : Event,
                        ,"type == ""$param\""","awards.add($param, ""村民议事"");"
                        规则名称,事件类型,村民议事
                        见义勇为\\,见义勇为,2
                        """)), Verdict.REFUSED, "斜杠.drl.csv", 9, "A9", "反斜杠"),
                new Mistake("a spreadsheet Declare row", List.of(PlanFile.of("声明.drl.csv", SHEET_HEAD_ROWS
                        + "Declare,Evil x : String end\n" + """
                        RuleTable 积分项目
                        NAME,CONDITION,ACTION
                        ,$e : Event,
                        ,"type == ""$param\""","awards.add($param, ""村民议事"");"
                        规则名称,事件类型,村民议事
                        参加村民大会,参加村民大会,2
                        """)), Verdict.REFUSED, "声明.drl.csv", 4, "A4", "「Declare」行"),
                new Mistake("a village category in Cyrillic look-alikes", List.of(PlanFile.of(SHEET,
                        ITEMS + MEETING), PlanFile.of("catalog.csv", CATALOG + "婚事简办,Сivil,婚事简办\n")),
                        Verdict.REFUSED, "catalog.csv", 4, null, "外文字母"),
                sheet("two rules with the same conditions", MEETING + "开会另加文明分,,参加村民大会,,,,,1,,,\n",
                        Verdict.WARNED, 11, null, "条件完全一样"),
                new Mistake("points written in another category's column than the catalog's (tryout clerk 4, M02)",
                        List.of(PlanFile.of(SHEET, ITEMS + MEETING + "宅前屋后乱堆物,,宅前屋后乱堆物,,,,,-5,,,\n"),
                                PlanFile.of("catalog.csv", CATALOG)), Verdict.WARNED, SHEET, 11, "H11",
                        "把「宅前屋后乱堆物」的分计入「文明新风」，可事件类型清单 catalog.csv 里「宅前屋后乱堆物」属于「人居环境」"),
                sheet("a monthly cap written as times, not points (tryout clerk 4, M03a)",
                        "参加村民大会,3,参加村民大会,,,2,,,,,\n", Verdict.WARNED, 10, "B10",
                        "每次加 2 分，每月上限却是 3 分，不是 2 的整数倍：上限按分数算，不按次数，第 2 次只加 1 分"),
                sheet("「每月最多 2 次」 written as a cap of one time's points (tryout clerk 5, m11)",
                        "参加村民大会,2,参加村民大会,,,2,,,,,\n", Verdict.WARNED, 10, "B10",
                        "每次加 2 分，每月上限也是 2 分，所以每月只计 1 次：上限按分数算，不按次数。如果想说「每月最多 2 次」，上限请写 2×2=4 分"),
                sheet("a cap on an item that only vetoes", MEETING + "违法搭建,10,违法搭建,,,,,,,,平安建设\n",
                        Verdict.WARNED, 11, null, "只有一票否决"),
                new Mistake("a monthly cap on a month-end item that cannot reach it", List.of(PlanFile.of("月度.drl",
                        "import org.jifen.rules.MonthSummary;\nglobal org.jifen.rules.Awards awards;\n"
                                + "rule \"当月无扣分\"\n    @cap(10)\nwhen\n    MonthSummary( deductions == 0 )\nthen\n"
                                + "    awards.add(10, \"文明新风\");\nend\n")), Verdict.WARNED, "月度.drl", 3, null,
                        "永远用不上"),
                new Mistake("an attribute the catalog does not list", List.of(PlanFile.of("属性.drl",
                        "import org.jifen.rules.Event;\nglobal org.jifen.rules.Awards awards;\n"
                                + "rule \"参加市级会议\"\nwhen\n    Event( type == \"参加村民大会\", attr(\"级别\") == \"市级\" )\n"
                                + "then\n    awards.add(3, \"村民议事\");\nend\n"), PlanFile.of("catalog.csv", CATALOG)),
                        Verdict.WARNED, "属性.drl", 3, null, "没有这个属性（它的属性是：会议名称）"),
                new Mistake("an inspection cell without its commas", List.of(PlanFile.of(SHEET, ITEMS + MEETING
                        + MONTH_END + "美丽庭院,,,,,,5,美丽庭院检查 结果 美丽庭院,,,\n")), Verdict.REFUSED, SHEET, 17, "H17",
                        "要写 3 项"),
                new Mistake("an inspection of a type missing from the catalog", List.of(PlanFile.of(SHEET, ITEMS
                        + MEETING + MONTH_END + "美丽庭院,,,,,,5,\"美丽庭院检查, 结果, 美丽庭院\",,,\n"),
                        PlanFile.of("catalog.csv", CATALOG)), Verdict.REFUSED, SHEET, 17, "H17", "美丽庭院检查"),
                tests("a test whose points disagree with the plan", "开会得 3 分|参加村民大会||||参加村民大会 3", "F2",
                        "期望 「参加村民大会」3 分，实际 「参加村民大会」2 分"),
                tests("a test expecting the capped score is told tests ignore caps (tryout clerk 4, M17)",
                        "乱堆六处|宅前屋后乱堆物|6|||宅前屋后乱堆物 -25", "F2",
                        "测试核对的是规则每次给的分，不算上限（「宅前屋后乱堆物」每月最多计 25 分）"),
                tests("a test that misses an award", "见义勇为|见义勇为||||不得分", "F2", "实际 「见义勇为」20 分"),
                tests("a test expectation without its points", "开会|参加村民大会||||参加村民大会两分", "F2",
                        "规则名称 分数"),
                tests("a test quantity in Chinese numerals", "乱堆|宅前屋后乱堆物|三|||宅前屋后乱堆物 -15", "C2", "正整数"),
                tests("a test attribute without its value's name", "开会|参加村民大会|||市级|参加村民大会 2", "E2", "名称=值"),
                tests("a test without an event type", "开会|||||参加村民大会 2", "B2", "没有写事件类型"),
                monthTest("a household's rows with another test between them", "A4", "中间隔了别的用例",
                        "一户|参加村民大会||||参加村民大会 2", "另一户|参加村民大会||||参加村民大会 2", "一户|月底||||当月无扣分 10"),
                monthTest("a row after the month-end row", "B4", "「月底」那一行要写在这个用例的最后",
                        "一户|参加村民大会||||参加村民大会 2", "一户|月底||||当月无扣分 10", "一户|参加村民大会||||参加村民大会 2"),
                monthTest("a month-end test that forgets a deduction stops the no-deduction award", "F3",
                        "月底评定未通过：期望 「当月无扣分」10 分，实际 不得分",
                        "一户|宅前屋后乱堆物||||宅前屋后乱堆物 -5", "一户|月底||||当月无扣分 10"),
                new Mistake("a test sheet with a header nobody knows", List.of(new PlanFile(PlanTemplate.FILE_NAME,
                        withTests("用例|事件类型|得分", "开会|参加村民大会|2"))), Verdict.REFUSED, PlanTemplate.FILE_NAME, 1,
                        "C1", "认不出来"),
                // attack tryout 9, F6: refused without a line before
                // attack tryout 10, NEW-3: at the line of the condition, not of its rule
                drl("a date compared with text", "    Event( occurredOn > \"01-Jan-2024\" )\n",
                        "    awards.add(2, \"村民议事\");\n", 5, "条件写法有误，系统看不懂这个条件"),
                drl("a date compared with text in the third line of a condition", "    $e : Event( type == \"参加村民大会\",\n"
                        + "        quantity > 0,\n        occurredOn > \"01-Jan-2024\" )\n", "    awards.add(2, \"村民议事\");\n", 7,
                        "条件写法有误，系统看不懂这个条件"),
                drl("a bracket left open", "    $e : Event( type == \"参加村民大会\"\n", "    awards.add(2, \"村民议事\");\n",
                        6, "括号"),
                drl("Chinese quotes in DRL", "    $e : Event( type == “参加村民大会” )\n",
                        "    awards.add(2, \"村民议事\");\n", 5, "中文标点"),
                sentences("a deduction written negative", "扣 -2 分 计入 \"人居环境\"", 5, "正数"),
                drl("a number of times written in Chinese", "    $e : Event( type == \"参加村民大会\", quantity == \"三\" )\n",
                        "    awards.add(2, \"村民议事\");\n", 5, "阿拉伯数字"),
                new Mistake("a rule with nothing between when and then", List.of(PlanFile.of("方案.drl",
                        "import org.jifen.rules.Event;\nglobal org.jifen.rules.Awards awards;\nrule \"参加村民大会\"\nwhen\n"
                        + "then\n    awards.add(2, \"村民议事\");\nend\n")), Verdict.WARNED, "方案.drl", 3, null, "没有写条件"),
                drl("a # comment", "    # 开会加分\n    $e : Event( type == \"参加村民大会\" )\n",
                        "    awards.add(2, \"村民议事\");\n", 5, "//"),
                drl("points from a binding never bound", "    Event( type == \"参加村民大会\" )\n",
                        "    awards.add($e.getQuantity(), \"村民议事\");\n", 7, "$e"),
                new Mistake("a cap kept apart per person without a cap", List.of(PlanFile.of(SHEET, ITEMS_BY + MEETING
                        + "参军入伍,,参军入伍,,,,,,,\"20, 平安建设\",,,,,,,姓名\n")), Verdict.REFUSED, SHEET, 11, "Q11",
                        "却没有写上限"),
                new Mistake("a cap kept apart by two attributes at once", List.of(PlanFile.of(SHEET, ITEMS_BY + MEETING
                        + "参军入伍,20,参军入伍,,,,,,,\"20, 平安建设\",,,一次性,,,,\"姓名, 身份证号\"\n")), Verdict.REFUSED,
                        SHEET, 11, "Q11", "只写一个属性名"),
                new Mistake("a cap kept apart by an attribute the catalog does not list", List.of(PlanFile.of(SHEET,
                        ITEMS_BY + MEETING + "参军入伍,20,参军入伍,,,,,,,\"20, 平安建设\",,,一次性,,,,姓名\n"),
                        PlanFile.of("catalog.csv", CATALOG + "参军入伍,平安建设,参军入伍,入伍日期\n")), Verdict.WARNED, SHEET, 11,
                        "Q11", "按属性「姓名」分开计上限，可 catalog.csv 里「参军入伍」这一类型没有这个属性（它的属性是：入伍日期）"),
                new Mistake("@capBy without @cap in DRL", List.of(PlanFile.of("方案.drl", "import org.jifen.rules.Event;\n"
                        + "global org.jifen.rules.Awards awards;\nrule \"参军入伍\"\n    @capBy(\"姓名\")\nwhen\n"
                        + "    Event( type == \"参军入伍\" )\nthen\n    awards.bonus(20, \"平安建设\");\nend\n")),
                        Verdict.REFUSED, "方案.drl", 3, null, "却没有写上限"),
                new Mistake("101 rules with the same conditions, more than one event may get", List.of(PlanFile.of(
                        "方案.drl", "import org.jifen.rules.Event;\nglobal org.jifen.rules.Awards awards;\n"
                                + java.util.stream.IntStream.range(0, 101).mapToObj(i -> "rule \"开会" + i + "\"\nwhen\n"
                                        + "    Event( type == \"参加村民大会\" )\nthen\n    awards.add(1, \"村民议事\");\nend\n")
                                        .collect(java.util.stream.Collectors.joining()))), Verdict.REFUSED, "方案.drl",
                        3 + 100 * 6, null, "是第 101 条条件完全一样的规则（第一条是方案.drl 第 3 行的「开会0」）"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyMistakeIsRefusedOrWarnedAtItsPlaceInPlainChinese(Mistake mistake) {
        List<PlanProblem> found = new ArrayList<>();
        Verdict verdict;
        try {
            found.addAll(COMPILER.compile(mistake.files()).warnings());
            verdict = Verdict.WARNED;
        } catch (PlanRejected rejected) {
            found.addAll(rejected.problems());
            verdict = Verdict.REFUSED;
        }
        log.info("{}: {} {}", mistake.what(), verdict, found);
        assertThat(verdict).as("refused or warned").isEqualTo(mistake.verdict());
        assertThat(found).as("the finding at its place").anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(mistake.file());
            assertThat(problem.line()).isEqualTo(mistake.line());
            if (mistake.cell() != null) {
                assertThat(problem.cell()).isEqualTo(mistake.cell());
            }
            assertThat(problem.message()).contains(mistake.says());
        });
        assertPlain(found);
    }

    @Test
    void theCorpusIsCountedRefusedAndWarned() {
        long refused = corpus().filter(mistake -> mistake.verdict() == Verdict.REFUSED).count();
        long warned = corpus().filter(mistake -> mistake.verdict() == Verdict.WARNED).count();
        log.info("Clerk mistakes: {} in the corpus, {} refused, {} warned", refused + warned, refused, warned);
        assertThat(refused + warned).isEqualTo(corpus().count());
    }

    /** Tryout clerk 2, M5: seven mistakes came back over six uploads, one check stage at a time (ADR 0173). */
    @Test
    void theCatalogTheTestsAndTheRulesAreCheckedInOneUploadAndTheRefusalSaysWhenMoreChecksFollow() {
        PlanFile tests = PlanFile.of("村.test.yaml", """
                - 用例: 开会
                  事件类型: 参加村民大会
                  日期: 2024/7/15
                  期望:
                    - {规则: 参加村民大会, 分数: 2}
                """);
        assertThatThrownBy(() -> COMPILER.compile(List.of(PlanFile.of(SHEET, ITEMS + MEETING
                + "参加村民会议,,参加村民会议,,,2,,,,,\n参加村民大会,,参加村民大会,,,3,,,,,\n"), PlanFile.of("catalog.csv",
                CATALOG), tests)))
                .as("a test's date, a duplicate name and a type missing from the catalog, in one refusal")
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> {
                    assertThat(rejected.problems()).extracting(PlanProblem::file, PlanProblem::line)
                            .contains(org.assertj.core.groups.Tuple.tuple("村.test.yaml", 1),
                                    org.assertj.core.groups.Tuple.tuple(SHEET, 11),
                                    org.assertj.core.groups.Tuple.tuple(SHEET, 12));
                    assertThat(rejected.problems()).anySatisfy(problem -> assertThat(problem.message())
                            .contains("是不是「参加村民大会」"));
                    assertThat(rejected.laterChecks()).contains("还有检查没有做", "测试的期望得分");
                    assertPlain(rejected.problems());
                });
        assertThatThrownBy(() -> COMPILER.compile(List.of(PlanFile.of(SHEET, ITEMS + MEETING
                + "参加垃圾分类宣传,,参加垃圾分类宣传,,,,,,3分,,\n"), PlanFile.of("catalog.csv", CATALOG
                + "婚事简办,文明新凤,婚事简办\n"), tests)))
                .as("the catalog's, the tests' and the sheet's cells, in one refusal")
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> {
                    assertThat(rejected.problems()).extracting(PlanProblem::file)
                            .contains(SHEET, "catalog.csv", "村.test.yaml");
                    assertThat(rejected.laterChecks()).contains("有错的那几行", "测试的期望得分");
                });
    }

    /**
     * M5 residue (ADR 0177): a bad cell in one row no longer hides the other rows' findings, nor the warnings. Three
     * rows with three different mistakes (a cell, a name used twice, a type missing from the catalog) and two items with the same
     * conditions come back in one answer.
     */
    @Test
    void threeMistakesInThreeRowsAndAWarningComeBackInOneAnswer() {
        assertThatThrownBy(() -> COMPILER.compile(List.of(PlanFile.of(SHEET, ITEMS + MEETING
                + "党员带头参加村民大会,,参加村民大会,,,5,,,,,\n"
                + "参加垃圾分类宣传,,参加垃圾分类宣传,,,,,,3分,,\n"
                + "参加村民大会,25,宅前屋后乱堆物,,,,,,-5,,\n"
                + "参加志愿服务,,参加志愿服务,,,,,2,,,\n"), PlanFile.of("catalog.csv", CATALOG))))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> {
                    assertThat(rejected.problems()).extracting(PlanProblem::line, PlanProblem::cell).containsExactly(
                            org.assertj.core.groups.Tuple.tuple(12, "I12"), org.assertj.core.groups.Tuple.tuple(13, "A13"),
                            org.assertj.core.groups.Tuple.tuple(14, "C14"));
                    assertThat(rejected.problems()).extracting(PlanProblem::message).satisfiesExactly(
                            cell -> assertThat(cell).contains("「3分」", "只能写整数"),
                            name -> assertThat(name).contains("「参加村民大会」", "重复"),
                            type -> assertThat(type).contains("参加志愿服务", "catalog.csv"));
                    assertThat(rejected.warnings()).singleElement().satisfies(warning -> {
                        assertThat(warning.line()).isEqualTo(11);
                        assertThat(warning.message()).contains("「党员带头参加村民大会」", "条件完全一样");
                    });
                    assertThat(rejected.laterChecks()).contains("有错的那几行", "试算整个方案");
                    assertPlain(rejected.problems());
                    assertPlain(rejected.warnings());
                });
    }

    /**
     * Tryout 3, F1: 最少数量 (column D) works whether the object heading above it is the template's hidden copy under
     * the merged C8:D8, dropped by the clerk's tool, or empty as in the CSV example.
     */
    @Test
    void theMinimumQuantityColumnWorksWhateverTheToolDidWithItsHeading() throws Exception {
        byte[] template = withTests("用例|事件类型|数量|户标签|属性|期望得分"); // its own tests expect no minimum
        List<CompiledPlan> plans = new ArrayList<>();
        for (boolean unmerged : List.of(false, true)) {
            try (org.apache.poi.ss.usermodel.Workbook book = org.apache.poi.ss.usermodel.WorkbookFactory.create(
                    new java.io.ByteArrayInputStream(template));
                    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
                org.apache.poi.ss.usermodel.Sheet plan = book.getSheetAt(0);
                plan.getRow(7).getCell(3).setBlank(); // what openpyxl leaves of D8
                if (unmerged) {
                    plan.removeMergedRegion(0); // what a tool that unmerges C8:D8 leaves
                }
                plan.getRow(11).createCell(3).setCellValue("2"); // D12: 宅前屋后乱堆物 from 2 heaps on
                book.write(out);
                plans.add(COMPILER.compile(List.of(new PlanFile(PlanTemplate.FILE_NAME, out.toByteArray()))));
            }
        }
        String example = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "examples", "杨家庄村示例.drl.csv"))
                .replace("宅前屋后乱堆物,25,宅前屋后乱堆物,,", "宅前屋后乱堆物,25,宅前屋后乱堆物,2,");
        plans.add(COMPILER.compile(List.of(PlanFile.of("杨家庄村示例.drl.csv", example))));

        for (CompiledPlan plan : plans) {
            org.jifen.rules.Household household = new org.jifen.rules.Household("7", "一组", null, 3, 2, java.util.Set.of());
            assertThat(plan.fire(List.of(heaps(1), household))).as("one heap is below the minimum").isEmpty();
            assertThat(plan.fire(List.of(heaps(2), household))).extracting(FiredAward::points).containsExactly(-10);
        }
    }

    /** Tryout 3, F1: what the parser could not read in a cell is answered at that cell, not at the row's 「>=」. */
    @Test
    void aCellTheParserCouldNotReadIsRefusedAtItsCell() throws Exception {
        try (org.apache.poi.ss.usermodel.Workbook book = org.apache.poi.ss.usermodel.WorkbookFactory.create(
                new java.io.ByteArrayInputStream(withTests("用例|事件类型|数量|户标签|属性|期望得分")));
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            book.getSheetAt(0).getRow(11).createCell(14).setCellValue("级别, 市级\\"); // O12 ends in a backslash
            book.write(out);
            assertThatThrownBy(() -> COMPILER.compile(List.of(new PlanFile(PlanTemplate.FILE_NAME, out.toByteArray()))))
                    .isInstanceOfSatisfying(PlanRejected.class, rejected -> {
                        assertThat(rejected.problems()).first().satisfies(problem -> {
                            assertThat(problem.line()).as(rejected.problems().toString()).isEqualTo(12);
                            assertThat(problem.cell()).isEqualTo("O12");
                            assertThat(problem.message()).contains("写的是「级别, 市级\\」", "不能有反斜杠")
                                    .doesNotContain("rule \"");
                        });
                        assertPlain(rejected.problems());
                    });
        }
    }

    /** Tryout 3, F3: 「低保户、五保户」 in 不含标签 excludes both; several tags in 户标签 are refused at their cell. */
    @Test
    void severalTagsExcludeEachOfThemAndAreRefusedWhereTheyWouldBeAmbiguous() throws Exception {
        byte[] excluded = template(plan -> plan.getRow(14).getCell(11).setCellValue("低保户、五保户"), // L15
                "用例|事件类型|数量|户标签|属性|期望得分", "低保户免缴|未按时缴纳保洁费||低保户||不得分",
                "五保户也免缴|未按时缴纳保洁费||五保户||不得分", "其他户扣 2 分|未按时缴纳保洁费||党员户||未按时缴纳保洁费 -2");
        CompiledPlan plan = COMPILER.compile(List.of(new PlanFile(PlanTemplate.FILE_NAME, excluded)));
        assertThat(plan.rules().get("未按时缴纳保洁费").source()).contains("!hasTag(\"低保户\") && !hasTag(\"五保户\")");

        byte[] ambiguous = template(sheet -> sheet.getRow(10).createCell(4).setCellValue("党员户、村民代表户"), // E11
                "用例|事件类型|数量|户标签|属性|期望得分");
        assertThatThrownBy(() -> COMPILER.compile(List.of(new PlanFile(PlanTemplate.FILE_NAME, ambiguous))))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                        .singleElement().satisfies(problem -> {
                            assertThat(problem.cell()).isEqualTo("E11");
                            assertThat(problem.message()).contains("户标签只能写一个", "写在「不含标签」里");
                        }));
    }

    /** Tryout 3, F6: a failing test is answered with the warning that explains it (ADR 0177). */
    @Test
    void aFailingTestComesWithTheWarningThatExplainsIt() throws Exception {
        byte[] doubleNegative = template(plan -> plan.getRow(14).getCell(11).setCellValue("非低保户"), // L15
                "用例|事件类型|数量|户标签|属性|期望得分", "低保户免缴|未按时缴纳保洁费||低保户||不得分");
        assertThatThrownBy(() -> COMPILER.compile(List.of(new PlanFile(PlanTemplate.FILE_NAME, doubleNegative))))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> {
                    assertThat(rejected.problems()).singleElement().satisfies(problem -> assertThat(problem.message())
                            .contains("测试「低保户免缴」未通过"));
                    assertThat(rejected.warnings()).anySatisfy(warning -> {
                        assertThat(warning.cell()).isEqualTo("L15");
                        assertThat(warning.message()).contains("双重否定");
                    });
                });
    }

    /** Tryout 3, F12: the example of a column of several parts is that column's own. */
    @Test
    void aChineseCommaInTheAttributeConditionIsAnsweredWithThatColumnsExample() throws Exception {
        byte[] attribute = template(plan -> plan.getRow(17).getCell(14).setCellValue("级别，村级"), // O18
                "用例|事件类型|数量|户标签|属性|期望得分");
        assertThatThrownBy(() -> COMPILER.compile(List.of(new PlanFile(PlanTemplate.FILE_NAME, attribute))))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                        .anySatisfy(problem -> {
                            assertThat(problem.cell()).isEqualTo("O18");
                            assertThat(problem.message()).contains("英文逗号", "例如「级别, 市级」")
                                    .doesNotContain("文明新风");
                        }));
    }

    /** Tryout 3, F11: a month row without conditions says how to give every household its points on purpose. */
    @Test
    void aMonthRowWithoutConditionsSaysHowToGiveEveryHouseholdItsPoints() throws Exception {
        byte[] base = template(plan -> {
            org.apache.poi.ss.usermodel.Row row = plan.createRow(28); // row 29, below the template's month rows
            row.createCell(0).setCellValue("每月基础分");
            row.createCell(5).setCellValue("100");
        }, "用例|事件类型|数量|户标签|属性|期望得分");
        assertThatThrownBy(() -> COMPILER.compile(List.of(new PlanFile(PlanTemplate.FILE_NAME, base))))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                        .anySatisfy(problem -> assertThat(problem.message()).contains("一个条件也没有填",
                                "「本月事件不少于」写 0", "第 7 节")));
    }

    /** m-B (ADR 0178): catalog types that differ only by spaces, full-width forms or invisible characters. */
    @Test
    void catalogTypesThatOnlyLookDifferentAreRefusedAtTheirLine() {
        // a space inside, a full-width space inside, a zero-width space, a full-width space after (read as a repeat)
        for (String twin : List.of("参加 村民大会", "参加\u3000村民大会", "参加村民\u200b大会", "参加村民大会\u3000")) {
            String catalog = CATALOG + twin + ",村民议事," + twin + "\n";
            List<PlanProblem> found = new ArrayList<>();
            EventCatalog.read(PlanFile.of("catalog.csv", catalog), found, new ArrayList<>());
            assertThat(found).as(twin).singleElement().satisfies(problem -> {
                assertThat(problem.line()).isEqualTo(4);
                assertThat(problem.message()).containsAnyOf("只差空格或全角、半角字符", "看不见的字符", "重复");
            });
        }
        assertThatThrownBy(() -> COMPILER.compile(List.of(PlanFile.of(SHEET, ITEMS + MEETING),
                PlanFile.of("catalog.csv", CATALOG + "参加 村民大会,村民议事,参加村民大会（分组）\n"))))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                        .anySatisfy(problem -> {
                            assertThat(problem.file()).isEqualTo("catalog.csv");
                            assertThat(problem.line()).isEqualTo(4);
                            assertThat(problem.message()).contains("「参加 村民大会」和第 2 行的「参加村民大会」只差空格");
                        }));
    }

    /** The template with its plan sheet changed, and these rows (cells separated by |) in its 测试 sheet. */
    private static byte[] template(java.util.function.Consumer<org.apache.poi.ss.usermodel.Sheet> change,
            String... tests) throws IOException {
        try (org.apache.poi.ss.usermodel.Workbook book = org.apache.poi.ss.usermodel.WorkbookFactory.create(
                new java.io.ByteArrayInputStream(withTests(tests)));
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            change.accept(book.getSheetAt(0));
            book.write(out);
            return out.toByteArray();
        }
    }

    private static org.jifen.rules.Event heaps(int quantity) {
        return new org.jifen.rules.Event("宅前屋后乱堆物", "7", java.time.LocalDate.of(2024, 7, 15), quantity,
                java.util.Map.of());
    }

    @Test
    void aCleanSpreadsheetWithItsCatalogHasNoWarnings() {
        CompiledPlan plan = COMPILER.compile(List.of(PlanFile.of(SHEET, ITEMS + MEETING
                + "宅前屋后乱堆物,25,宅前屋后乱堆物,,,,,,-5,,\n"), PlanFile.of("catalog.csv", CATALOG)));

        assertThat(plan.warnings()).isEmpty();
        assertThat(plan.rules()).containsOnlyKeys("参加村民大会", "宅前屋后乱堆物");
    }

    @Test
    void anHonestDeductionCappedAtATotalIsNotWarnedOf() {
        // Tryout clerk 5, M3: 「每处扣 3 分，扣完 25 分为止」 means the ninth heap deducts the last 1 point.
        CompiledPlan plan = COMPILER.compile(List.of(PlanFile.of(SHEET, ITEMS + MEETING
                + "宅前屋后乱堆物,25,宅前屋后乱堆物,,,,,,-3,,\n"), PlanFile.of("catalog.csv", CATALOG)));

        assertThat(plan.warnings()).isEmpty();
    }

    @Test
    void aCountAttributeThatARuleScoresByIsNotWarnedOf() {
        CompiledPlan plan = COMPILER.compile(List.of(PlanFile.of("乱堆物.drl", SENTENCES_HEAD + """
                rule "宅前屋后乱堆物"
                when
                    $e : Event( type == "宅前屋后乱堆物", quantity > 0 )
                then
                    awards.add(-5 * $e.intAttr("处数"), "人居环境");
                end
                """), PlanFile.of("catalog.csv", "宅前屋后乱堆物,人居环境,宅前屋后乱堆物,处数\n")));

        assertThat(plan.warnings()).noneMatch(warning -> warning.message().contains("只有「数量」计分"));
    }

    @Test
    void theNewColumnsAreAcceptedWithoutWarningsWhenFilledInRight() {
        CompiledPlan plan = COMPILER.compile(List.of(PlanFile.of(SHEET, ITEMS + MEETING
                + "未按时缴纳保洁费,,未按时缴纳保洁费,,,,,,-2,,,低保户,,\n"
                + "参加志愿服务,10,参加志愿服务,,,,,2,,,,,季度,\n"
                + "参军入伍,20,参军入伍,,,,,,,\"20, 平安建设\",,,一次性,\n"
                + "婚事简办,,婚事简办,,,,,,,,,,,\"3, 移风易俗\"\n"), PlanFile.of("catalog.csv", CATALOG
                + "未按时缴纳保洁费,人居环境,未按时缴纳保洁费\n参加志愿服务,文明新风,参加志愿服务\n参军入伍,平安建设,参军入伍\n"
                + "婚事简办,移风易俗,婚事简办\n")));

        assertThat(plan.warnings()).filteredOn(problem -> !problem.message().contains("宅前屋后乱堆物")).isEmpty();
        assertThat(plan.rules().get("参加志愿服务").capWindow()).isEqualTo(CapWindow.QUARTER);
        assertThat(plan.rules().get("参军入伍").capWindow()).isEqualTo(CapWindow.EVER);
        assertThat(plan.rules().get("参军入伍").cap()).isEqualTo(20);
        assertThat(plan.rules().get("未按时缴纳保洁费").cap()).isNull();
    }

    @Test
    void theTemplatesOwnTestsHoldAndAFailingOneIsNamedAmongOthers() {
        assertThat(COMPILER.compile(List.of(new PlanFile(PlanTemplate.FILE_NAME, PlanTemplate.xlsx()))).rules())
                .containsKeys("参军入伍", "未按时缴纳保洁费", "参加志愿服务");
        assertThatThrownBy(() -> COMPILER.compile(List.of(new PlanFile(PlanTemplate.FILE_NAME, withTests(
                "用例|事件类型|数量|户标签|属性|期望得分", "开会|参加村民大会||||参加村民大会 2",
                "否决|违法搭建||||违法搭建 否决", "", "乱堆|宅前屋后乱堆物|2|||宅前屋后乱堆物 -15")))))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                        .singleElement().satisfies(problem -> {
                            assertThat(problem.line()).isEqualTo(5);
                            assertThat(problem.cell()).isEqualTo("F5");
                            assertThat(problem.message()).contains("测试「乱堆」未通过").contains("-10 分");
                        }));
    }

    @Test
    void aMonthEndItemFollowsTheLatestInspectionUntilTheNext() {
        CompiledPlan template = COMPILER.compile(List.of(new PlanFile(PlanTemplate.FILE_NAME, PlanTemplate.xlsx())));
        org.jifen.rules.Household household = new org.jifen.rules.Household("7", "一组", null, 3, 2, java.util.Set.of());

        assertThat(template.latestTypes()).containsExactly("美丽庭院检查");
        assertThat(template.fire(List.of(month(java.util.Map.of("美丽庭院检查", java.util.Map.of("结果", "美丽庭院"))),
                household))).extracting(FiredAward::rule, FiredAward::points)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("美丽庭院", 5));
        assertThat(template.fire(List.of(month(java.util.Map.of("美丽庭院检查", java.util.Map.of("结果", "不达标"))),
                household))).isEmpty();
        assertThat(template.fire(List.of(month(java.util.Map.of()), household))).as("never inspected").isEmpty();
    }

    private static org.jifen.rules.MonthSummary month(java.util.Map<String, java.util.Map<String, String>> latest) {
        return new org.jifen.rules.MonthSummary("7", "2024-08", java.util.Map.of(), java.util.Map.of(), 0, 0, 1, 0,
                latest);
    }

    /**
     * Issue 10 「每人一次」: two sons of one household enlisting count once each, the same son recorded twice counts
     * once, and one deed of 见义勇为 recorded twice counts once while a second deed counts again (ADR 0155).
     */
    @Test
    void aCapKeptApartByAnAttributeCountsOncePerPersonAndPerDeed() {
        CompiledPlan plan = COMPILER.compile(List.of(PlanFile.of(SHEET, ITEMS_BY + MEETING
                + "参军入伍,20,参军入伍,,,,,,,\"20, 平安建设\",,,一次性,,,,姓名\n"
                + "见义勇为,20,见义勇为,,,,,,,\"20, 文明新风\",,,一次性,,,,事迹\n")));
        org.jifen.rules.Household household = new org.jifen.rules.Household("7", "一组", null, 5, 5, java.util.Set.of());
        List<FiredAward> fired = new ArrayList<>();
        for (String[] event : new String[][] {{"参军入伍", "姓名", "张大"}, {"参军入伍", "姓名", "张二"},
                {"参军入伍", "姓名", "张大"}, {"见义勇为", "事迹", "2024-07-03 河边救人"},
                {"见义勇为", "事迹", "2024-07-03 河边救人"}, {"见义勇为", "事迹", "2024-07-20 扑救火灾"}}) {
            fired.addAll(plan.fire(List.of(new org.jifen.rules.Event(event[0], "7", java.time.LocalDate.of(2024, 7, 20),
                    1, java.util.Map.of(event[1], event[2])), household)));
        }
        java.util.Map<String, org.jifen.month.MonthArithmetic.Cap> caps = new java.util.HashMap<>();
        plan.rules().values().stream().filter(rule -> rule.cap() != null).forEach(rule -> caps.put(rule.name(),
                new org.jifen.month.MonthArithmetic.Cap(rule.cap(), rule.capWindow(), java.util.Map.of(), rule.capBy(),
                        java.util.Map.of())));
        List<org.jifen.month.MonthArithmetic.Line> lines = new ArrayList<>();
        for (FiredAward award : fired) {
            lines.add(new org.jifen.month.MonthArithmetic.Line(lines.size() + 1, award.rule(), award.kind(),
                    award.points(), null, award.capKey()));
        }

        assertThat(fired).extracting(FiredAward::capKey).containsExactly("张大", "张二", "张大", "2024-07-03 河边救人",
                "2024-07-03 河边救人", "2024-07-20 扑救火灾");
        org.jifen.month.MonthTotals month = org.jifen.month.MonthArithmetic.total(lines, caps);
        assertThat(month.bonus()).as("two sons and two deeds").isEqualTo(80);
        assertThat(month.adjustments()).extracting(org.jifen.month.Adjustment::explanation).containsExactlyInAnyOrder(
                "「参军入伍」（姓名「张大」）累计最多计 20 分", "「见义勇为」（事迹「2024-07-03 河边救人」）累计最多计 20 分");
        caps.put("参军入伍", org.jifen.month.MonthArithmetic.Cap.monthly(20));
        assertThat(org.jifen.month.MonthArithmetic.total(lines, caps).bonus())
                .as("a version capping the household, not each person, counts the household once").isEqualTo(60);
    }

    /** Tryout 3, M6: a DRL condition the compiler cannot read gets DRL advice, once, not the sentences' advice. */
    @Test
    void aDrlConditionTheCompilerCannotReadIsToldInDrlWordsOnce() {
        assertThatThrownBy(() -> COMPILER.compile(List.of(PlanFile.of("方案.drl", """
                package villages.atk;
                import org.jifen.rules.Event;
                import org.jifen.rules.Household;
                import org.jifen.rules.MonthSummary;
                global org.jifen.rules.Awards awards;
                rule "e29" when MonthSummary( count(type) > 0 ) then awards.add(1,"村民议事"); end
                """))))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> {
                    assertThat(rejected.problems()).doesNotHaveDuplicates().isNotEmpty()
                            .allSatisfy(problem -> assertThat(problem.message()).doesNotContain("- 属性"));
                    assertThat(rejected.problems()).anySatisfy(problem -> {
                        assertThat(problem.line()).isEqualTo(6);
                        assertThat(problem.message()).contains("count(\"参加村民大会\")");
                    });
                    assertPlain(rejected.problems());
                });
    }

    /** Tryout 3, M6: a UTF-16 file is called UTF-16, not "maybe GBK". */
    @Test
    void aUtf16FileIsCalledUtf16() {
        byte[] text = "rule \"开会\"\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[text.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(text, 0, withBom, 2, text.length);

        assertThatThrownBy(() -> COMPILER.compile(List.of(new PlanFile("方案.drl.csv", withBom))))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                        .singleElement().satisfies(problem -> assertThat(problem.message())
                                .contains("是 UTF-16 编码").doesNotContain("GBK")));
    }

    @Test
    void anEmptiedMonthEndTableLeavesNoPhantomRule() {
        CompiledPlan plan = COMPILER.compile(List.of(PlanFile.of(SHEET, ITEMS + MEETING + MONTH_END)));

        assertThat(plan.rules()).containsOnlyKeys("参加村民大会");
    }

    @Test
    void everyRuleBelowABlankRowIsNamedNotOnlyTheFirst() {
        assertThatThrownBy(() -> COMPILER.compile(List.of(PlanFile.of(SHEET, ITEMS + MEETING
                + ",,,,,,,,,,\n宅前屋后乱堆物,25,宅前屋后乱堆物,,,,,,-5,,\n,,,,,,,,,,\n见义勇为,,见义勇为,,,,,,,20,\n"))))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                        .singleElement().satisfies(problem -> assertThat(problem.message())
                                .contains("第 12 行起还有 2 行").contains("宅前屋后乱堆物")));
    }

    @Test
    void severalMistakesInOneSpreadsheetAreAllListedInOneAnswer() {
        assertThatThrownBy(() -> COMPILER.compile(List.of(PlanFile.of(SHEET, ITEMS + MEETING
                + "参加垃圾分类宣传,,参加垃圾分类宣传,,,,,,3分,,\n见义勇为,,见义勇为,,,,,,,20,\n宅前屋后乱堆物,,,,,,,,,,\n"))))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                        .extracting(PlanProblem::cell).containsExactly("I11", "J12", "A13"));
    }

    /** No message of the corpus carries an engine word, line 0 or a class name. */
    static void assertPlain(List<PlanProblem> problems) {
        for (PlanProblem problem : problems) {
            if (ENGINE_WORDS.matcher(problem.message()).find()) {
                fail("engine words reach a clerk: " + problem);
            }
            assertThat(problem.line()).isNotNegative();
        }
    }

    /** Tryout 3, M4: a catalog category that villagers would read as one of the four, refused at its line. */
    private static Mistake lookAlikeCategory(String what, String category) {
        return new Mistake(what, List.of(PlanFile.of(SHEET, ITEMS + MEETING), PlanFile.of("catalog.csv", CATALOG
                + "婚事简办," + category + ",婚事简办\n")), Verdict.REFUSED, "catalog.csv", 4, null, "类别「");
    }

    private static Mistake sheet(String what, String rows, Verdict verdict, int line, @Nullable String cell,
            String says) {
        return new Mistake(what, List.of(PlanFile.of(SHEET, ITEMS + rows)), verdict, SHEET, line, cell, says);
    }

    /** The template with its 测试 sheet holding this one case ("用例|事件类型|数量|户标签|属性|期望得分"). */
    private static Mistake tests(String what, String row, String cell, String says) {
        return new Mistake(what, List.of(new PlanFile(PlanTemplate.FILE_NAME, withTests(
                "用例|事件类型|数量|户标签|属性|期望得分", row))), Verdict.REFUSED, PlanTemplate.FILE_NAME, 2, cell, says);
    }

    /** The template with one household's month in its 测试 sheet (ADR 0176), refused at the cell of its last row. */
    private static Mistake monthTest(String what, String cell, String says, String... rows) {
        String[] sheet = new String[rows.length + 1];
        sheet[0] = "用例|事件类型|数量|户标签|属性|期望得分";
        System.arraycopy(rows, 0, sheet, 1, rows.length);
        return new Mistake(what, List.of(new PlanFile(PlanTemplate.FILE_NAME, withTests(sheet))), Verdict.REFUSED,
                PlanTemplate.FILE_NAME, rows.length + 1, cell, says);
    }

    /** The template workbook with this text written in one cell of its first sheet (row 1-based, column 0-based). */
    static byte[] templateWith(int row, int column, String text) {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(PlanTemplate.xlsx()))) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
            org.apache.poi.ss.usermodel.Row cells = sheet.getRow(row - 1) == null ? sheet.createRow(row - 1)
                    : sheet.getRow(row - 1);
            cells.createCell(column).setCellValue(text);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template workbook with these rows in its 测试 sheet, cells separated by |. */
    static byte[] withTests(String... rows) {
        return PlanTemplate.xlsx(java.util.Arrays.stream(rows).map(row -> List.of(row.split("\\|", -1))).toList());
    }

    private static Mistake sentences(String what, String then, int line, String says) {
        return new Mistake(what, List.of(PlanFile.of("方案.dslr", SENTENCES_HEAD + "rule \"见义勇为\"\nwhen\n    事件类型为 \"见义勇为\"\nthen\n    "
                + then + "\nend\n")), Verdict.REFUSED, "方案.dslr", line + 2, null, says);
    }

    private static Mistake drl(String what, String when, String then, int line, String says) {
        return new Mistake(what, List.of(PlanFile.of("方案.drl", "import org.jifen.rules.Event;\n"
                + "global org.jifen.rules.Awards awards;\nrule \"参加村民大会\"\nwhen\n" + when + "then\n" + then + "end\n")),
                Verdict.REFUSED, "方案.drl", line, null, says);
    }

    private static String resource(String name) {
        try (InputStream in = ClerkMistakesTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
