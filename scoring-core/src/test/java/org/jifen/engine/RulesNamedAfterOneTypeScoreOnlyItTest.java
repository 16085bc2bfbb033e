package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.engine.RefusedWorkbooks.refused;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Attack 18b, N1: a rule named 「违法搭建」 that also vetoes a household for attending a meeting, however its type test is
 * written: reversed, as a list, with an {@code ||}, or not at all. The trial run sees which types each rule scores; a
 * rule named after one type that scores another is refused naming both. A rule for several types named after none,
 * after their common stem, or after a deed it says is absent, stays.
 */
class RulesNamedAfterOneTypeScoreOnlyItTest {

    private static final String CATALOG = "事件类型,类别\n参加村民大会,村民议事\n违法搭建,平安建设\n参加宅基议事,村民议事\n"
            + "垃圾分类检查合格,美丽家园\n垃圾分类检查不合格,美丽家园\n";

    @ParameterizedTest
    @ValueSource(strings = {"$e : Event( \"参加村民大会\" == type || \"违法搭建\" == type )",
            "$e : Event( type in (\"违法搭建\", \"参加村民大会\") )",
            "$e : Event( type == \"违法搭建\" || == \"参加村民大会\" )",
            "$e : Event( type == \"违法搭建\" || type == \"参加村民大会\" || type == \"参加宅基议事\" )",
            "$e : Event( getType() == \"违法搭建\" || \"参加村民大会\" == $e.type )",
            "Household( members > 0 )",
            // attack tryout 19, F1: the second type behind a condition the trial does not meet
            "$e : Event( type == \"违法搭建\" || ( type == \"参加村民大会\" && attr(\"备注\") == \"无\" ) )",
            "$e : Event( type == \"违法搭建\" || ( type == \"参加村民大会\" && quantity >= 7 ) )",
            "$e : Event( type == \"违法搭建\" || ( type == \"参加村民大会\" && householdId == \"277\" ) )",
            "$e : Event( type == \"违法搭建\" ) or ( $e : Event( type == \"参加村民大会\" ) and Household( group == \"二组\" ) )",
            "MonthSummary( count(\"参加村民大会\") >= 1 )"})
    void aRuleNamedAfterOneTypeThatScoresAnotherIsRefused(String when) {
        String plan = HostileCorpus.HEADER + "\nrule \"违法搭建\"\nwhen\n    " + when
                + "\nthen\n    awards.veto(\"平安建设\");\nend\n";
        assertThat(refused(List.of(PlanFile.of("方案.drl", plan), PlanFile.of("catalog.csv", CATALOG))))
                .anySatisfy(problem -> assertThat(problem.message()).startsWith("规则「违法搭建」的名称说的是「违法搭建」，")
                        .containsPattern("的户(也)?会显示成「违法搭建」"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"MonthSummary( count(\"违法搭建\") >= 0 )", "MonthSummary( count(\"违法搭建\") >= 0, events >= 1 )",
        "MonthSummary( 0 <= count(\"违法搭建\"), count(\"参加村民大会\") >= 1 )"})
    void aCountThatAlwaysHoldsIsRefused(String when) {
        String plan = HostileCorpus.HEADER + "\nrule \"违法搭建\"\nwhen\n    " + when
                + "\nthen\n    awards.veto(\"平安建设\");\nend\n";
        assertThat(refused(List.of(PlanFile.of("方案.drl", plan), PlanFile.of("catalog.csv", CATALOG))))
                .anySatisfy(problem -> assertThat(problem.message()).contains("这个比较总是成立"));
    }

    /** Attack tryout 19, F15: a month rule named 「违法搭建」 taking 50 from every household that recorded anything. */
    @Test
    void aRuleNamedAfterATypeItsConditionsDoNotMentionIsRefused() {
        String plan = HostileCorpus.HEADER + "\nrule \"违法搭建\" when MonthSummary( events >= 1 ) then awards.add(-50, "
                + "\"平安建设\"); end\n";
        assertThat(refused(List.of(PlanFile.of("方案.drl", plan), PlanFile.of("catalog.csv", CATALOG))))
                .anySatisfy(problem -> assertThat(problem.message()).startsWith("规则「违法搭建」的名称说的是「违法搭建」，"
                        + "它的条件里却没有这件事"));
    }

    /**
     * Attack tryouts 19, F10, and 19b, G6: 「村民大会」 and 「参加大会」 on a rule vetoing 违法搭建 say another type in part,
     * and nothing of their own.
     */
    @ParameterizedTest
    @ValueSource(strings = {"村民大会", "参加大会", "参加 大会（每月）"})
    void aRuleNamedWithPartOfAnotherTypeAndNothingOfItsOwnIsRefused(String name) {
        String plan = HostileCorpus.HEADER + "\nrule \"" + name + "\" when Event( type == \"违法搭建\" ) then awards.veto("
                + "\"平安建设\"); end\n";
        assertThat(refused(List.of(PlanFile.of("方案.drl", plan), PlanFile.of("catalog.csv", CATALOG))))
                .anySatisfy(problem -> assertThat(problem.message()).startsWith("规则「" + name + "」的名称说的是另一种事件"
                        + "「参加村民大会」，这条规则计分的却是「违法搭建」"));
    }

    /** Attack tryout 20, H3: the other branch of an {@code ||} holds on inputs the trial run never tries. */
    @ParameterizedTest
    @ValueSource(strings = {"$e : Event( type == \"违法搭建\" || month in (\"2026-12\") )",
        "$e : Event( type == \"违法搭建\" || attr(\"备注\") in (\"无\", \"有\") )",
        "$e : Event( type == \"违法搭建\" || intAttr(\"次数\") in (3, 4) )",
        "$e : Event( (type == \"违法搭建\") || quantity >= 7 )", "$e : Event( attr(\"补登\") == \"是\" || type == \"违法搭建\" )",
        // attack tryout 20b, H3r: the same with an or of patterns
        "Event( type == \"违法搭建\" ) or Event( month in (\"2026-12\") )",
        "Event( type == \"违法搭建\" ) or ( Event( quantity >= 7 ) and Household( members > 0 ) )"})
    void aTypeTestOrSomethingElseIsRefusedWhateverTheTrialMeets(String when) {
        assertThat(refused(List.of(PlanFile.of("方案.drl", HostileCorpus.rule(when, "awards.veto(\"平安建设\");")),
                PlanFile.of("catalog.csv", CATALOG)))).anySatisfy(problem -> assertThat(problem.message())
                .containsAnyOf("用「或」（||）把事件类型和别的条件连在一起", "把写了事件类型的一种情形和没写事件类型的一种情形连在一起"));
        assertThat(PlanFindings.leakyTypeTest("type == \"违法搭建\" || == \"参加村民大会\"")).isFalse();
        assertThat(PlanFindings.leakyTypeTest("type == \"a||b\" || type in (\"c\")")).isFalse();
    }

    /** Attack tryout 19b, G2: the type compared with what staff type in. */
    @Test
    void aTypeComparedWithAnythingButAWrittenTypeIsRefused() {
        assertThat(refused(List.of(PlanFile.of("方案.drl", HostileCorpus.rule(
                "$e : Event( type == \"违法搭建\" || type == attr(\"备注\") )", "awards.veto(\"平安建设\");")))))
                .anySatisfy(problem -> assertThat(problem.message()).contains("事件类型只能和写在英文双引号里的类型比较"));
    }

    /** Attack tryout 19b, G5: an honest rule whose type test is written with a binding is the trial run's to judge. */
    @Test
    void anHonestRuleWithABoundTypeStays() {
        assertThat(new PlanCompiler(1000).compileUpload(List.of(PlanFile.of("方案.drl", HostileCorpus.HEADER
                + "\nrule \"违法搭建\" when $e : Event( $t : type, $t == \"违法搭建\" ) then awards.veto(\"平安建设\"); end\n"),
                PlanFile.of("catalog.csv", CATALOG))).rules()).hasSize(1);
    }

    @Test
    void theTypesOfAReversedOrListedTestAreTheRulesTypes() {
        assertThat(TypeTests.accepted("\"参加村民大会\" == type || type in (\"违法搭建\", \"好人好事\") || == \"见义勇为\""))
                .containsExactly("参加村民大会", "违法搭建", "好人好事", "见义勇为");
        assertThat(TypeTests.accepted("type not in (\"违法搭建\") && type != \"好人好事\"")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "rule \"议事建议被采纳\" when Event( type == \"参加村民大会\" || type == \"参加宅基议事\" ) then awards.add(5, \"村民议事\"); end",
        "rule \"垃圾分类检查\" when Event( type in (\"垃圾分类检查合格\", \"垃圾分类检查不合格\") ) then awards.add(1, \"美丽家园\"); end",
        "rule \"参加宅基议事（无违法搭建户）\" when Event( type == \"参加宅基议事\" ) then awards.add(2, \"村民议事\"); end",
        // attack tryout 19, F7: the second type said in part
        "rule \"参加村民大会或宅基议事\" when Event( type in (\"参加村民大会\", \"参加宅基议事\") ) then awards.add(2, \"村民议事\"); end",
        "rule \"参加村民大会（当月无违法搭建）\" when MonthSummary( count(\"参加村民大会\") >= 1, count(\"违法搭建\") == 0 ) then "
                + "awards.add(2, \"村民议事\"); end"})
    void aRuleForSeveralTypesNamedAfterNoneOfThemOrTheirStemStays(String rule) {
        assertThat(new PlanCompiler(1000).compileUpload(List.of(PlanFile.of("方案.drl", HostileCorpus.HEADER + "\n" + rule
                + "\n"), PlanFile.of("catalog.csv", CATALOG))).rules()).hasSize(1);
    }
}
