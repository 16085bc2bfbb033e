package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.engine.RefusedWorkbooks.refused;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A name shown with points must not say the opposite of what its rule does (ADR 0256): the catalog's 名称 staff press
 * (attack tryout 17, K1b: 「违法搭建加分」 vetoed the month) and a rule's name on the notice board (attack tryout 16, R1:
 * 「好人好事加分 -50」). Names that say nothing of scoring, or say what the rule does, stay.
 */
class NamesSayWhatTheirRulesDoTest {

    private static final String RULES = HostileCorpus.HEADER + """
            rule "违法搭建"
            when
                $e : Event( type == "违法搭建" )
            then
                awards.veto("平安建设");
            end

            rule "见义勇为"
            when
                $e : Event( type == "见义勇为" )
            then
                awards.bonus(20, "文明新风");
            end

            rule "当月无扣分"
            when
                MonthSummary( deductions <= 0 )
            then
                awards.add(10, "人居环境");
            end
            """;

    @Test
    void aCatalogNameSayingAdditionOnATypeThatVetoesIsRefusedAtItsLine() {
        List<PlanProblem> problems = refused(plan(RULES, """
                事件类型,类别,名称
                违法搭建,平安建设,违法搭建加分
                见义勇为,文明新风,见义勇为
                """));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("catalog.csv");
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.message()).startsWith("事件类型「违法搭建」的名称「违法搭建加分」说的是加分，可方案里计这件事的规则是一票否决")
                    .contains("例如「违法搭建」");
        });
    }

    @Test
    void aRuleNamedForAdditionThatDeductsIsRefusedAtItsName() {
        List<PlanProblem> problems = refused(plan(RULES.replace("rule \"见义勇为\"", "rule \"好人好事加分\"")
                .replace("awards.bonus(20, \"文明新风\")", "awards.add(-50, \"文明新风\")"), """
                事件类型,类别,名称
                违法搭建,平安建设,违法搭建
                见义勇为,文明新风,见义勇为
                """));

        assertThat(problems).singleElement().satisfies(problem -> assertThat(problem.message())
                .startsWith("规则「好人好事加分」的名称说的是加分，这条规则却是扣分"));
    }

    @Test
    void namesThatSayWhatTheRuleDoesOrNothingOfScoringStay() throws Exception {
        new PlanCompiler(1000).compileUpload(plan(RULES.replace("rule \"违法搭建\"", "rule \"违法搭建一票否决\""), """
                事件类型,类别,名称
                违法搭建,平安建设,违法搭建（一票否决）
                见义勇为,文明新风,见义勇为（经村委会认定，计附加分）
                """));
    }

    /** Attack tryout 18, F3 and F1: amounts, 「不计分」, 「不扣分」, 附加分 and another type's name against the rule. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            参加村民大会加3分              | 参加村民大会 | awards.add(30 * $e.getQuantity(), "村民议事"); | 写的是加 3 分，这条规则每次却是+30 分，上限也不是 3 分
            参加村民大会（不计分，仅登记） | 参加村民大会 | awards.add(-10, "村民议事");                    | 说不计分，这条规则却扣分
            见义勇为（附加分）             | 见义勇为     | awards.add(20, "文明新风");                     | 说是附加分，这条规则的分却计入每月 100 分的基础分
            宅前屋后乱堆物（+5分）         | 宅前屋后乱堆物 | awards.add(-5, "人居环境");                   | 写的是加 5 分，这条规则每次却是-5 分，上限也不是 5 分
            垃圾分类不扣分                 | 垃圾分类检查 | awards.add(-3, "人居环境");                     | 说不扣分，这条规则却扣分
            参加村民大会（记0分）          | 参加村民大会 | awards.add(-30, "村民议事");                    | 写的是0 分，这条规则每次却是-30 分
            违法搭建                       | 参加村民大会 | awards.veto("平安建设");                        | 说的是另一种事件「违法搭建」，这条规则计分的却是「参加村民大会」
            参加村民大会加三分             | 参加村民大会 | awards.add(30, "村民议事");                     | 写的是加 3 分
            参加村民大会（不加分）         | 参加村民大会 | awards.add(-3, "村民议事");                     | 说不计分，这条规则却扣分
            见义勇为（额外奖励，不计入基础分） | 见义勇为 | awards.add(20, "文明新风");                     | 说是附加分，这条规则的分却计入每月 100 分的基础分
            违法搭建（奖）                 | 违法搭建     | awards.veto("平安建设");                        | 说的是奖，这条规则却是一票否决
            """)
    void aNameSayingOtherPointsOrAnotherEventIsRefused(String name, String type, String then, String why) {
        String rules = HostileCorpus.HEADER + "rule \"" + name + "\" when $e : Event( type == \"" + type + "\" ) then "
                + then + " end\nrule \"违法搭建一票否决\" when $e : Event( type == \"违法搭建\" ) then awards.veto(\"平安建设\"); end\n";
        assertThat(refused(List.of(PlanFile.of("plan.drl", rules)))).anySatisfy(problem ->
                assertThat(problem.message()).contains("规则「" + name + "」的名称" + why));
    }

    @Test
    void namesWhoseNumbersAreThePointsOrTheCapStay() throws Exception {
        new PlanCompiler(1000).compileUpload(List.of(PlanFile.of("plan.drl", HostileCorpus.HEADER + """
                rule "宅前屋后乱堆乱放（每处扣5分，每月扣完25分为止）" @cap(25)
                when $e : Event( type == "宅前屋后乱堆物" ) then awards.add(-5 * $e.getQuantity(), "人居环境"); end
                rule "当月无扣分加10分" when MonthSummary( deductions <= 0 ) then awards.add(10, "人居环境"); end
                rule "见义勇为（附加分 20 分）" when $e : Event( type == "见义勇为" ) then awards.bonus(20, "文明新风"); end
                rule "庭院十分整洁" when $e : Event( type == "美丽庭院检查" ) then awards.add(5, "人居环境"); end
                """)));
    }

    /** Attack tryout 18, F17: a name stating the value or the tick its condition excludes. */
    @Test
    void aNameSayingAnotherValueOrTickThanItsConditionIsRefused() {
        String rules = HostileCorpus.HEADER + """
                rule "庭院环境检查为优" when $e : Event( type == "庭院环境检查", attr("结果") == "差" ) then awards.add(10, "人居环境"); end
                rule "庭院环境检查为差" when $e : Event( type == "庭院环境检查", attr("结果") == "优" ) then awards.add(-5, "人居环境"); end
                rule "举报安全隐患经查属实" when $e : Event( type == "举报安全隐患", !flag("查实") ) then awards.add(3, "平安建设"); end
                """;
        assertThat(refused(List.of(PlanFile.of("plan.drl", rules)))).extracting(PlanProblem::message)
                .anySatisfy(message -> assertThat(message).startsWith("规则「庭院环境检查为优」的名称说的是结果「优」，这条规则却只在结果是「差」时计分"))
                .anySatisfy(message -> assertThat(message).startsWith("规则「举报安全隐患经查属实」的名称说的是「查实」，这条规则却只在没有勾选「查实」时计分"));
        new PlanCompiler(1000).compileUpload(List.of(PlanFile.of("plan.drl", HostileCorpus.HEADER + """
                rule "庭院环境检查为优" when $e : Event( type == "庭院环境检查", attr("结果") == "优" ) then awards.add(10, "人居环境"); end
                rule "庭院环境检查为差" when $e : Event( type == "庭院环境检查", attr("结果") == "差" ) then awards.add(-5, "人居环境"); end
                rule "举报安全隐患经查属实" when $e : Event( type == "举报安全隐患", flag("查实") ) then awards.add(3, "平安建设"); end
                """)));
    }

    private static List<PlanFile> plan(String rules, String catalog) {
        return List.of(PlanFile.of("plan.drl", rules), PlanFile.of("catalog.csv", catalog));
    }
}
