package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A list too long for a village is refused for its length, at its line, before anything reads it item by item: a
 * 9,000-value {@code in} list was told 「条件写法有误」 after 73 s, and a 9,000-line catalog kept the check busy past its
 * time, answered 「服务器正忙…请过几分钟重新上传」 (attack tryout 13, A5 and A6).
 */
class LongListsAreRefusedForTheirLengthTest {

    private static final String AWARD = "awards.add(1, \"村民议事\");";

    @Test
    void eachValueOfAnInListIsOneTermOfItsCondition() {
        assertThat(ConditionTerms.of("type in (\"参加村民大会\", \"参加志愿服务\", \"垃圾分类\")")).isEqualTo(3);
        assertThat(ConditionTerms.of("type not in (\"甲,乙\", \"丙\")")).as("a comma inside quotes").isEqualTo(2);
        assertThat(ConditionTerms.of("type == \"参加村民大会\" || intAttr(\"人数\", 1) > 2")).isEqualTo(2);
        assertThat(ConditionTerms.of("strAttr(\"join\", \"x\") == \"a,b\"")).as("a call, not a list").isEqualTo(1);
    }

    @Test
    void aTypeInNineThousandValuesIsRefusedForTheLengthOfItsList() {
        String values = IntStream.range(0, 9000).mapToObj(i -> "\"事项" + i + "\"")
                .collect(Collectors.joining(",\n        "));

        assertThatThrownBy(() -> new PlanCompiler(1000).compileUpload(List.of(PlanFile.of("方案.drl",
                HostileCorpus.rule("Event( type in (" + values + ") )", AWARD)))))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                        .singleElement().satisfies(problem -> {
                            assertThat(problem.line()).isPositive();
                            assertThat(problem.message()).contains("连了 9000 项").contains("in 后面括号里的每个值算一项");
                        }));
    }

    @Test
    void aCatalogOfNineThousandTypesIsRefusedAtTheLineWhereItPassesTheBound() {
        String catalog = "事件类型,类别\n" + IntStream.range(0, 9000).mapToObj(i -> "事项" + i + ",村民议事\n")
                .collect(Collectors.joining());

        assertThatThrownBy(() -> new PlanCompiler(1000).compileUpload(List.of(
                PlanFile.of("方案.drl", HostileCorpus.rule("Event( type == \"事项1\" )", AWARD)),
                PlanFile.of("catalog.csv", catalog))))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                        .anySatisfy(problem -> {
                            assertThat(problem.file()).isEqualTo("catalog.csv");
                            assertThat(problem.line()).isEqualTo(EventCatalog.MAX_TYPES + 2);
                            assertThat(problem.message()).contains("最多列 " + EventCatalog.MAX_TYPES + " 种事件类型");
                        }));
    }

    @Test
    void aCatalogAtTheBoundIsRead() {
        String catalog = "事件类型,类别\n" + IntStream.range(0, EventCatalog.MAX_TYPES)
                .mapToObj(i -> "事项" + i + ",村民议事\n").collect(Collectors.joining());

        CompiledPlan plan = new PlanCompiler(1000).compile(List.of(
                PlanFile.of("方案.drl", HostileCorpus.rule("Event( type == \"事项1\" )", AWARD)),
                PlanFile.of("catalog.csv", catalog)));

        assertThat(plan.catalog().orElseThrow().types()).hasSize(EventCatalog.MAX_TYPES);
    }
}
