package org.jifen.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.jifen.engine.PlanCompiler;
import org.jifen.engine.PlanFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Attack tryout 11, N6: the plain words dropped {@code not}, so 「家庭户没有标签 "独居老人户"」 read 「标签有「独居老人户」」
 * and a reward for no deductions read 「本月扣分多于 0」. Every condition element is said, negations included, and
 * what the words cannot say is said to be unsayable with its line (ADR 0233).
 */
class NegatedConditionsAreSaidTest {

    static Stream<Arguments> conditionsAndTheirWords() {
        return Stream.of(
                Arguments.of("$e : Event( type == \"缴纳保洁费逾期\" )\n    not Household( hasTag(\"低保户\") )",
                        List.of("记一件事时", "事件类型是「缴纳保洁费逾期」", "家庭户标签没有「低保户」")),
                Arguments.of("$e : Event( type == \"参加村民大会\" )\n    not ( Household( hasTag(\"党员户\") ) )",
                        List.of("记一件事时", "事件类型是「参加村民大会」", "家庭户标签没有「党员户」")),
                Arguments.of("$e : Event( type == \"参加村民大会\" )\n    exists Household( hasTag(\"党员户\") )",
                        List.of("记一件事时", "事件类型是「参加村民大会」", "有这样的家庭户：标签有「党员户」")),
                Arguments.of("$e : Event( type == \"参加村民大会\" )\n    not Household( group == \"一组\" )",
                        List.of("记一件事时", "事件类型是「参加村民大会」", "家庭户村民小组不是「一组」")),
                Arguments.of("MonthSummary( events > 0 )\n    not MonthSummary( deductions > 0 )",
                        List.of("月末评分时", "本月记了分的事件多于 0", "本月扣分不多于 0")),
                Arguments.of("Event( type == \"a\" )\n    not Household( hasTag(\"低保户\"), group == \"一组\" )",
                        List.of("记一件事时", "事件类型是「a」", "不满足：家庭户标签有「低保户」，并且村民小组是「一组」")),
                Arguments.of("Event( type == \"a\" )\n    not Household( !hasTag(\"低保户\") )",
                        List.of("记一件事时", "事件类型是「a」", "家庭户标签有「低保户」")),
                Arguments.of("Event( type == \"a\" )\n    not ( Household( hasTag(\"x\") ) or Household( hasTag(\"y\") ) )",
                        List.of("记一件事时", "事件类型是「a」",
                                "不满足：满足其中一条：（家庭户标签有「x」）；或者（家庭户标签有「y」）")),
                Arguments.of("Event( type == \"a\" )\n    Household( hasTag(\"x\") ) or Household( hasTag(\"y\") )",
                        List.of("记一件事时", "事件类型是「a」", "满足其中一条：（家庭户标签有「x」）；或者（家庭户标签有「y」）")),
                Arguments.of("Event( type == \"a\", quantity != 1 )\n    Household( group != \"一组\", !flag(\"x\") )",
                        List.of("记一件事时", "事件类型是「a」", "数量不是 1", "家庭户", "村民小组不是「一组」", "登记时没有勾选「x」")),
                Arguments.of("Event( type == \"a\" || type == \"b\" )",
                        List.of("记一件事时", "事件类型是「a」，或者事件类型是「b」")),
                Arguments.of("Event( !(type == \"a\" || type == \"b\") )",
                        List.of("记一件事时", "不满足：事件类型是「a」，或者事件类型是「b」")),
                Arguments.of("Event( !(type == \"a\") )", List.of("记一件事时", "事件类型不是「a」")),
                Arguments.of("Event( type == \"a\", attr(\"地点\") not contains \"东\" )",
                        List.of("记一件事时", "事件类型是「a」", "属性「地点」不包含「东」")),
                Arguments.of("Event( type == \"a\" )\n    not Event( type == \"违法搭建\" )",
                        List.of("记一件事时", "事件类型是「a」", "这件事事件类型不是「违法搭建」")),
                Arguments.of("Event( type == \"a\" )\n    not ( Household( hasTag(\"x\") ) and MonthSummary( deductions > 0 ) )",
                        List.of("记一件事时", "事件类型是「a」", "不满足：家庭户标签有「x」，并且本月扣分多于 0")),
                Arguments.of("Event( type == \"a\" )\n    not ( not Household( hasTag(\"x\") ) )",
                        List.of("记一件事时", "事件类型是「a」", "不满足：家庭户标签没有「x」")),
                Arguments.of("Event( type == \"a\" )\n    forall( Household( hasTag(\"x\") ) )",
                        List.of("记一件事时", "事件类型是「a」", "（这一条件无法用文字说明，请看规则原文第 4 行）")),
                Arguments.of("Event( type == \"a\" )\n    not ( forall( Household( hasTag(\"x\") ) ) )",
                        List.of("记一件事时", "事件类型是「a」", "不满足：（这一条件无法用文字说明，请看规则原文第 4 行）")),
                Arguments.of("Event( type == \"a\" )\n    $n : Number( intValue >= 2 ) from accumulate( "
                                + "Event( type == \"b\" ), count(1) )",
                        List.of("记一件事时", "事件类型是「a」", "（这一条件无法用文字说明，请看规则原文第 4 行）")));
    }

    @ParameterizedTest
    @MethodSource("conditionsAndTheirWords")
    void everyConditionIsSaidWithItsNegation(String conditions, List<String> words) {
        RuleInWords said = RuleInWords.of("rule \"r\"\nwhen\n    " + conditions + "\nthen\n    awards.add(1, \"村民议事\");\nend");

        assertThat(said.when()).containsExactlyElementsOf(words);
    }

    @Test
    void notAndExistsAreNeverSaidAlike() {
        String not = "rule \"r\" when Event( type == \"a\" ) not Household( hasTag(\"党员户\") ) then awards.add(1, \"村民议事\"); end";
        String exists = not.replace("not Household", "exists Household");

        assertThat(RuleInWords.of(not).when()).isNotEqualTo(RuleInWords.of(exists).when());
    }

    @Test
    void whatCannotBeSaidMakesTheWordsIncomplete() {
        assertThat(RuleInWords.of("rule \"r\" when forall( Household( hasTag(\"x\") ) ) then awards.add(1, \"村民议事\"); end")
                .complete()).isFalse();
        assertThat(RuleInWords.of("rule \"r\" when not Household( hasTag(\"x\") ) then awards.add(1, \"村民议事\"); end")
                .complete()).isTrue();
    }

    /** The standard sentences that negate say so, from what they expand to (ADR 0214). */
    @Test
    void theStandardSentencesThatNegateSaySo() {
        List<PlanFile> files = List.of(PlanFile.of("方案.dslr", """
                package villages.test;
                import org.jifen.rules.Event;
                import org.jifen.rules.Household;
                import org.jifen.rules.MonthSummary;
                global org.jifen.rules.Awards awards;

                rule "垃圾分类不合格"
                when
                    当 事件类型为 "垃圾分类不合格" 时
                    家庭户没有标签 "独居老人户"
                then
                    按数量每次扣 3 分 计入 "人居环境"
                end

                rule "当月无扣分"
                when
                    本月无扣分
                    本月没有 "垃圾分类不合格"
                then
                    加 2 分 计入 "人居环境"
                end
                """));
        RuleSet version = new RuleSet(1, 1, files, new PlanCompiler(1000).compileUpload(files), List.of(), "测试",
                Instant.EPOCH);

        assertThat(RuleInWords.of(version).get("垃圾分类不合格").when())
                .containsExactly("记一件事时", "事件类型是「垃圾分类不合格」", "家庭户标签没有「独居老人户」");
        assertThat(RuleInWords.of(version).get("当月无扣分").when())
                .containsExactly("月末评分时", "本月扣分为 0", "本月记了分的事件多于 0", "本月「垃圾分类不合格」的次数为 0");
    }
}
