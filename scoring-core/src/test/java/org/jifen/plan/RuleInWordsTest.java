package org.jifen.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.jifen.engine.PlanCompiler;
import org.jifen.engine.PlanFile;
import org.junit.jupiter.api.Test;

class RuleInWordsTest {

    private static final String SENTENCES = """
            package villages.test;
            import org.jifen.rules.Event;
            import org.jifen.rules.Household;
            global org.jifen.rules.Awards awards;

            rule "参会"
            when
                参加了 "参加村民大会"
                这户挂着 "党员户" 的牌子
            then
                记 5 分到 "村民议事"
            end
            """;

    /**
     * Attack tryout 7, M3: a sentence means what the village's .dsl makes it mean; the plan page, the diff and the
     * trace say what runs, from the expanded rule, not what the sentence seems to say (ADR 0214).
     */
    @Test
    void aRuleInSentencesIsSaidFromWhatItsSentencesExpandTo() {
        RuleSet version = version(1, "[when]这户挂着 \"{g}\" 的牌子=Household( !hasTag(\"{g}\") )\n"
                + "[then]记 {n} 分到 \"{c}\"=awards.bonus({n}, \"{c}\");\n");

        assertThat(RuleInWords.of(version).get("参会")).isEqualTo(new RuleInWords(
                List.of("记一件事时", "事件类型是「参加村民大会」", "家庭户", "标签没有「党员户」"),
                List.of("加附加分 5 分（村民议事）")));
    }

    @Test
    void theSameSentencesMeaningSomethingElseInTheNextVersionAreAChange() {
        RuleSet before = version(1, "[when]这户挂着 \"{g}\" 的牌子=Household( hasTag(\"{g}\") )\n"
                + "[then]记 {n} 分到 \"{c}\"=awards.add({n}, \"{c}\");\n");
        RuleSet after = version(2, "[when]这户挂着 \"{g}\" 的牌子=Household( !hasTag(\"{g}\") )\n"
                + "[then]记 {n} 分到 \"{c}\"=awards.add({n}, \"{c}\");\n");

        PlanDiff diff = PlanDiff.between(before, after);

        assertThat(diff.changed()).singleElement().satisfies(changed -> assertThat(changed.inWords())
                .containsExactly("什么时候：记一件事时；事件类型是「参加村民大会」；家庭户；标签有「党员户」 → "
                        + "记一件事时；事件类型是「参加村民大会」；家庭户；标签没有「党员户」"));
    }

    private static RuleSet version(int number, String ownSentences) {
        List<PlanFile> files = List.of(PlanFile.of("本村句式.dsl",
                "[when]参加了 \"{t}\"=$e : Event( type == \"{t}\" )\n" + ownSentences), PlanFile.of("方案.dslr", SENTENCES));
        // compiled as a stored version: an upload now refuses a condition sentence that hides its negation (ADR 0233)
        return new RuleSet(1, number, files, new PlanCompiler(1000).compile(files), List.of(), "测试",
                Instant.EPOCH);
    }

    @Test
    void anEventRuleSaysItsTypeAndItsPoints() {
        RuleInWords words = RuleInWords.of("""
                rule "参加村民大会"
                when
                    Event( type == "参加村民大会" )
                then
                    awards.add(2, "村民议事");
                end""");
        assertThat(words.when()).containsExactly("记一件事时", "事件类型是「参加村民大会」");
        assertThat(words.gives()).containsExactly("加 2 分（村民议事）");
    }

    @Test
    void pointsByQuantityBonusesAndVetoesAreSaidInWords() {
        assertThat(RuleInWords.of("""
                rule "宅前屋后乱堆物"
                    @cap(25)
                when
                    $e : Event( type == "宅前屋后乱堆物", quantity >= 2 )
                then
                    awards.add(-5 * $e.getQuantity(), "人居环境");
                end""")).isEqualTo(new RuleInWords(
                java.util.List.of("记一件事时", "事件类型是「宅前屋后乱堆物」", "数量不少于 2"),
                java.util.List.of("按数量，每个扣 5 分（人居环境）")));
        assertThat(RuleInWords.of("rule \"a\" when Event( type == \"见义勇为\" ) then awards.bonus(20, \"文明新风\"); end")
                .gives()).containsExactly("加附加分 20 分（文明新风）");
        assertThat(RuleInWords.of("rule \"a\" when Event( type == \"违法搭建\" ) then awards.veto(\"平安建设\"); end")
                .gives()).containsExactly("一票否决：本户当月积分记为 0（平安建设）");
    }

    @Test
    void monthEndRulesAndHouseholdsAreSaidInWords() {
        RuleInWords words = RuleInWords.of("""
                rule "党员户当月无扣分"
                when
                    MonthSummary( deductions == 0, events > 0, count("参加村民大会") >= 1 )
                    Household( hasTag("党员户"), permanentResidents >= 1 )
                then
                    awards.add(10, "文明新风");
                end""");
        assertThat(words.when()).containsExactly("月末评分时", "本月扣分为 0", "本月记了分的事件多于 0",
                "本月「参加村民大会」的次数不少于 1", "家庭户", "标签有「党员户」", "常住人口不少于 1");
    }

    /** Outside tryout (clerk 2): the template's 须勾选 and 最近一次检查 columns were shown as code. */
    @Test
    void aTickAndTheLatestInspectionAreSaidInWords() {
        assertThat(RuleInWords.of("""
                rule "举报安全隐患经查属实"
                when
                    $e : Event( type == "举报安全隐患", flag("查实") )
                then
                    awards.add(3 * $e.getQuantity(), "平安建设");
                end""").when()).containsExactly("记一件事时", "事件类型是「举报安全隐患」", "登记时勾选了「查实」");
        assertThat(RuleInWords.of("""
                rule "美丽庭院"
                when
                    MonthSummary( latest("美丽庭院检查", "结果") == "美丽庭院" )
                then
                    awards.add(5, "人居环境");
                end""").when()).containsExactly("月末评分时", "这户最近一次（一年内）「美丽庭院检查」的「结果」是「美丽庭院」");
    }

    @Test
    void whatItCannotPutIntoWordsItSaysSoRatherThanGuess() {
        RuleInWords words = RuleInWords.of("""
                rule "复杂"
                when
                    not Event( type == "违法搭建" )
                    $e : Event( type matches "清扫.*" )
                then
                    awards.add($e.getQuantity() / 2, "人居环境");
                end""");
        assertThat(words.when()).contains("这件事事件类型不是「违法搭建」");
        assertThat(words.when()).anyMatch(line -> line.endsWith("（见规则原文）") && line.contains("matches"));
        assertThat(words.gives()).containsExactly("按公式 $e.getQuantity() / 2 计分（见规则原文）（人居环境）");
    }

    @Test
    void pointsTheCommitteeDecidesAreSaidAsTheFieldStaffFillIn() {
        // Tryout clerk 5, L3: 「附加分按公式 $e.intAttr("认定分值") 计分」 on the plan page and the trace.
        RuleInWords words = RuleInWords.of("""
                rule "见义勇为"
                when
                    $e : Event( type == "见义勇为", intAttr("认定分值") >= 10, intAttr("认定分值") <= 30 )
                then
                    awards.bonus($e.intAttr("认定分值"), "文明新风");
                end""");
        assertThat(words.gives()).containsExactly("附加分按记录时填写的「认定分值」计分（文明新风）");
        assertThat(words.gives()).noneMatch(line -> line.contains("$") || line.contains("公式"));
    }

    @Test
    void sentencesAreShownAsWritten() {
        RuleInWords words = RuleInWords.of("""
                rule "参加志愿服务"
                when
                    有事件"参加志愿服务"
                then
                    加 3 分，类别"文明新风"
                end""");
        assertThat(words.when()).containsExactly("有事件\"参加志愿服务\"", "加 3 分，类别\"文明新风\"");
        assertThat(words.gives()).isEmpty();
    }
}
