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
    private static final String MEETING = "参加村民大会,,参加村民大会,,,2,,,,,\n";
    private static final String SHEET = "积分表.drl.csv";
    private static final String CATALOG = """
            事件类型,类别,名称,属性
            参加村民大会,村民议事,参加村民大会,会议名称
            宅前屋后乱堆物,人居环境,宅前屋后乱堆物,处数
            """;
    /** Words of Drools' parser, compiler and expander, a template's placeholders, line 0 and Java's class names. */
    static final Pattern ENGINE_WORDS = Pattern.compile("(?i)\\bERR\\b|viable|mismatched|extraneous|expecting"
            + "|expand|duplicate|cannot be resolved|compilation|exception|\\$\\d|line 0|第 0 行|<eof>"
            + "|\\b(?:org|java|javax|jdk|sun)\\.[a-z]+\\.|\\bnull\\b");

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
                sheet("a note below the table after a gap", MEETING + ",,,,,,,,,,\n制表人：张三,,,,,,,,,,\n",
                        Verdict.WARNED, 12, null, "不会被读到"),
                new Mistake("a month-end row emptied but for its name", List.of(PlanFile.of(SHEET,
                        ITEMS + MEETING + MONTH_END + "当月无扣分,,,,,,,,,,\n")), Verdict.REFUSED, SHEET, 17, "A17",
                        "只填了名称"),
                new Mistake("a month-end table left empty", List.of(PlanFile.of(SHEET, ITEMS + MEETING + MONTH_END)),
                        Verdict.WARNED, SHEET, 12, null, "没有填任何项目"),
                new Mistake("an event type missing from the catalog", List.of(PlanFile.of(SHEET,
                        ITEMS + "参加村民会议,,参加村民会议,,,2,,,,,\n"), PlanFile.of("catalog.csv", CATALOG)),
                        Verdict.REFUSED, SHEET, 10, "C10", "是不是「参加村民大会」"),
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
                drl("a bracket left open", "    $e : Event( type == \"参加村民大会\"\n", "    awards.add(2, \"村民议事\");\n",
                        6, "括号"),
                drl("Chinese quotes in DRL", "    $e : Event( type == “参加村民大会” )\n",
                        "    awards.add(2, \"村民议事\");\n", 5, "中文标点"),
                sentences("a deduction written negative", "扣 -2 分 计入 \"人居环境\"", 5, "正数"),
                drl("a # comment", "    # 开会加分\n    $e : Event( type == \"参加村民大会\" )\n",
                        "    awards.add(2, \"村民议事\");\n", 5, "//"),
                drl("points from a binding never bound", "    Event( type == \"参加村民大会\" )\n",
                        "    awards.add($e.getQuantity(), \"村民议事\");\n", 7, "$e"));
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

    @Test
    void aCleanSpreadsheetWithItsCatalogHasNoWarnings() {
        CompiledPlan plan = COMPILER.compile(List.of(PlanFile.of(SHEET, ITEMS + MEETING
                + "宅前屋后乱堆物,25,宅前屋后乱堆物,,,,,,-5,,\n"), PlanFile.of("catalog.csv", CATALOG)));

        assertThat(plan.warnings()).isEmpty();
        assertThat(plan.rules()).containsOnlyKeys("参加村民大会", "宅前屋后乱堆物");
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

    private static Mistake sheet(String what, String rows, Verdict verdict, int line, @Nullable String cell,
            String says) {
        return new Mistake(what, List.of(PlanFile.of(SHEET, ITEMS + rows)), verdict, SHEET, line, cell, says);
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
