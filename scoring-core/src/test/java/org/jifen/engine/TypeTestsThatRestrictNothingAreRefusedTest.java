package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.engine.RefusedWorkbooks.refused;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Attack tryout 17, C1b: a rule whose conditions compare the event's type but which scores an event of any type is
 * refused at upload, found by the trial run's event of a type no rule names; a rule for two types, or one that names
 * no type at all, stays.
 */
class TypeTestsThatRestrictNothingAreRefusedTest {

    @ParameterizedTest
    @ValueSource(strings = {"$e : Event( type == \"好人好事\" || quantity >= 0 )", "$e : Event( type != \"\" )",
            "$e : Event( type == \"好人好事\" || quantity >= 1 || quantity < 1 )",
            "$e : Event( type == \"好人好事\" || type != \"试算用的其他事件\" )",
            "$e : Event( type == \"好人好事\" || quantity >= 2 )", "$e : Event( type == \"好人好事\" || month >= \"2026-12\" )"})
    void aTypeTestThatRestrictsNothingIsRefusedNamingTheRule(String when) {
        assertThat(refused(PlanFile.of("方案.drl", HostileCorpus.rule(when, "awards.add(5, \"文明新风\");"))))
                .anySatisfy(problem -> assertThat(problem.message()).satisfiesAnyOf(
                        message -> assertThat(message).startsWith("规则「恶意规则」").contains("让事件类型的限定不起作用"),
                        // read from the condition before the trial since attack tryout 20, H3
                        message -> assertThat(message).startsWith("规则「恶意规则」").contains("事件类型的限定不起作用"),
                        // 「quantity < 1」 is refused first, as a comparison no event meets (attack tryout 19, F9)
                        message -> assertThat(message).contains("永远不成立")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"$e : Event( type == \"好人好事\" || type == \"见义勇为\" )", "$e : Event( quantity >= 3 )"})
    void aRuleForSomeTypesOrForNoneInParticularStays(String when) {
        assertThat(new PlanCompiler(1000).compileUpload(List.of(PlanFile.of("方案.drl",
                HostileCorpus.rule(when, "awards.add(5, \"文明新风\");")))).rules()).containsKey("恶意规则");
    }

    /** Attack tryout 18, F20: a rule named after a type whose only condition is always true. */
    @org.junit.jupiter.api.Test
    void aRuleNamedAfterATypeThatScoresEveryEventIsRefused() {
        String plan = HostileCorpus.HEADER + """
                rule "参加村民大会" when $e : Event( quantity > 0 ) then awards.add(3, "村民议事"); end
                rule "违法搭建" when $e : Event( type == "违法搭建" ) then awards.veto("平安建设"); end
                """;
        assertThat(refused(List.of(PlanFile.of("方案.drl", plan), PlanFile.of("catalog.csv",
                "事件类型,类别\n参加村民大会,村民议事\n违法搭建,平安建设\n")))).anySatisfy(problem -> assertThat(problem.message())
                .startsWith("规则「参加村民大会」的").containsAnyOf("时它也计了分", "它的条件里却没有这件事"));
    }
}
