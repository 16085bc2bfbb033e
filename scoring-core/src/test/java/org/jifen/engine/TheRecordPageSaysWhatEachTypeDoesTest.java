package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Attack 18b, N2 (ADR 0258): what recording each type does, read from the rules and not from any name, for the record
 * page to show beside each 名称 — the same in every way a village writes its plan.
 */
class TheRecordPageSaysWhatEachTypeDoesTest {

    @ParameterizedTest
    @ValueSource(strings = {"杨家庄村示例.drl", "杨家庄村示例.drl.xlsx", "杨家庄村示例.dslr", "杨家庄村示例.drl.csv"})
    void eachTypeSaysWhatItsRulesDo(String example) throws Exception {
        TypeEffects effects = new PlanCompiler(1000).compileUpload(List.of(new PlanFile(example,
                Files.readAllBytes(Path.of("..", "docs", "examples", example))))).typeEffects();

        assertThat(effects.of("违法搭建")).isEqualTo("一票否决");
        assertThat(effects.of("见义勇为")).isEqualTo("+20 分（附加分）");
        assertThat(effects.of("宅前屋后乱堆物")).isEqualTo("每个数量 -5 分");
        assertThat(effects.of("参加村民大会")).isEqualTo("加分（2 条规则，看条件）");
        assertThat(effects.of("没有规则的事")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Event( \"违法搭建\" == type )", "Event( type in (\"违法搭建\", \"参加村民大会\") )"})
    void aTypeTestWrittenAnyWayIsRead(String when) {
        TypeEffects effects = new PlanCompiler(1000).compileUpload(List.of(PlanFile.of("方案.drl",
                HostileCorpus.rule(when, "awards.veto(\"平安建设\");")))).typeEffects();

        assertThat(effects.of("违法搭建")).isEqualTo("一票否决");
    }

    /** Attack tryout 19, F2 and F3: what the reading cannot tell of a type it says there is, never nothing. */
    /** Attack tryout 19, F18: one rule's points with a condition beyond the type are said with 「看条件」. */
    @Test
    void oneRuleWithAConditionBeyondTheTypeIsSaidWithItsCondition() {
        TypeEffects effects = new PlanCompiler(1000).compileUpload(List.of(PlanFile.of("方案.drl",
                HostileCorpus.rule("$e : Event( type == \"参加村民大会\", quantity >= 3 )", "awards.add(2, \"村民议事\");"))))
                .typeEffects();

        assertThat(effects.of("参加村民大会")).isEqualTo("+2 分（看条件）");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Household( hasTag(\"党员户\") )", "Event( type contains \"搭建\" )", "Event( type not in (\"参加村民大会\") )",
        "$e : Event( $t : type, $t == \"违法搭建\" )"})
    void aTypeTestThisReadingDoesNotKnowIsSaidOfEveryType(String when) {
        TypeEffects effects = new PlanCompiler(1000).compileUpload(List.of(PlanFile.of("方案.drl",
                HostileCorpus.rule(when, "awards.veto(\"平安建设\");")))).typeEffects();

        assertThat(effects.of("违法搭建")).isEqualTo("另有 1 条规则可能一票否决（看条件）");
        assertThat(effects.of("参加村民大会")).isEqualTo("另有 1 条规则可能一票否决（看条件）");
    }

    /** Attack tryout 19b, G8: rules that always score a type are said exactly, however many, and a bonus as 附加分. */
    @Test
    void rulesThatAlwaysScoreATypeAreSaidExactlyAndABonusAsABonus() {
        TypeEffects effects = new PlanCompiler(1000).compileUpload(List.of(PlanFile.of("方案.drl", HostileCorpus.HEADER
                + "\nrule \"参加平安巡逻\" when Event( type == \"参加平安巡逻\" ) then awards.add(2, \"平安建设\"); end\n"
                + "rule \"巡逻表彰\" when Event( type == \"参加平安巡逻\" ) then awards.bonus(5, \"平安建设\"); end\n"
                + "rule \"见义勇为\" when Event( type == \"见义勇为\" ) then awards.bonus(5, \"文明新风\"); end\n"
                + "rule \"见义勇为（市级）\" when Event( type == \"见义勇为\", attr(\"级别\") == \"市级\" ) then awards.bonus(20, \"文明新风\"); end\n"
                + "rule \"占道\" when $e : Event( type == \"占道\" ) then awards.add(-$e.intAttr(\"面积\"), \"人居环境\"); end\n"
                + "rule \"党员户从严\" when Household( hasTag(\"党员户\") ) then awards.add(-5, \"村民议事\"); end\n")))
                .typeEffects();

        assertThat(effects.of("参加平安巡逻")).isEqualTo("+2 分、+5 分（附加分）；另有 1 条规则可能扣分（看条件）");
        assertThat(effects.of("见义勇为")).isEqualTo("附加分（2 条规则，看条件）；另有 1 条规则可能扣分（看条件）");
        assertThat(effects.of("占道")).isEqualTo("扣分，分数按规则算；另有 1 条规则可能扣分（看条件）");
    }

    /** Attack tryout 19b, G7: no upload warning says a type scores nothing where a rule it cannot read may score it. */
    @Test
    void theUploadDoesNotSayATypeScoresNothingWhereARuleItCannotReadMay() {
        CompiledPlan plan = new PlanCompiler(1000).compileUpload(List.of(PlanFile.of("方案.drl",
                HostileCorpus.rule("Event( type contains \"搭建\" )", "awards.veto(\"平安建设\");")),
                PlanFile.of("catalog.csv", "事件类型,类别\n违法搭建,平安建设\n")));

        assertThat(plan.warnings()).extracting(PlanProblem::message).noneMatch(message -> message.contains("只计入当月事件数"))
                .anyMatch(message -> message.contains("它们也可能给这件事计分"));
    }

    @Test
    void aMonthEndRuleCountingATypeIsSaidOfIt() {
        TypeEffects effects = new PlanCompiler(1000).compileUpload(List.of(PlanFile.of("方案.drl", HostileCorpus.HEADER
                + "\nrule \"参加村民大会\" when Event( type == \"参加村民大会\" ) then awards.add(2, \"村民议事\"); end\n"
                + "rule \"开会多的户\" when MonthSummary( count(\"参加村民大会\") >= 3 ) then awards.bonus(5, \"村民议事\"); end\n")))
                .typeEffects();

        assertThat(effects.of("参加村民大会")).isEqualTo("+2 分；月底评定时还有 1 条规则按它计分（看条件）");
    }
}
