package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jifen.rules.Event;
import org.jifen.rules.Household;
import org.jifen.rules.MonthSummary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** A clerk writes the plan in Chinese sentences, with no DRL at all, and it scores exactly like the DRL plan. */
class ChineseSentencesTest {

    static final String CONTRACT_EXAMPLE_IN_SENTENCES = """
            package villages.yangjiazhuang;

            import org.jifen.rules.Event;
            import org.jifen.rules.Household;
            import org.jifen.rules.MonthSummary;

            global org.jifen.rules.Awards awards;

            rule "参加村民大会"
            when
                当 事件类型为 "参加村民大会" 时
            then
                加 2 分 计入 "村民议事"
            end

            rule "宅前屋后乱堆物"
                @cap(25)
            when
                当 事件类型为 "宅前屋后乱堆物" 时
            then
                按数量每次扣 5 分 计入 "人居环境"
            end

            rule "见义勇为"
            when
                当 事件类型为 "见义勇为" 时
            then
                附加 20 分 计入 "文明新风"
            end

            rule "违法搭建"
            when
                当 事件类型为 "违法搭建" 时
            then
                一票否决 计入 "平安建设"
            end

            rule "当月无扣分"
            when
                本月无扣分
            then
                加 10 分 计入 "文明新风"
            end
            """;

    private static final Household HOUSEHOLD = new Household("7", "一组", null, 4, 3, Set.of());

    private final CompiledPlan drl = new PlanCompiler(1000)
            .compile(List.of(PlanFile.of("方案.drl", ContractExample.DRL)));
    private final CompiledPlan sentences = new PlanCompiler(1000)
            .compile(List.of(PlanFile.of("方案.dslr", CONTRACT_EXAMPLE_IN_SENTENCES)));

    static Stream<Object> facts() {
        return Stream.of(
                event("参加村民大会", 1), event("宅前屋后乱堆物", 3), event("见义勇为", 1), event("违法搭建", 1),
                event("没有这个类型", 1),
                new MonthSummary("7", "2024-07", Map.of("参加村民大会", 1), Map.of("参加村民大会", 1), 2, 0, 0),
                new MonthSummary("7", "2024-07", Map.of("宅前屋后乱堆物", 1), Map.of("宅前屋后乱堆物", 1), 0, 0, 5));
    }

    @ParameterizedTest
    @MethodSource("facts")
    void theSentencesScoreLikeTheDrl(Object fact) {
        assertThat(sentences.fire(List.of(fact, HOUSEHOLD))).isEqualTo(drl.fire(List.of(fact, HOUSEHOLD)));
    }

    @Test
    void theTraceShowsTheSentencesAsTheClerkWroteThem() {
        RuleInfo rule = sentences.rules().get("宅前屋后乱堆物");

        assertThat(rule.file()).isEqualTo("方案.dslr");
        assertThat(rule.source()).contains("按数量每次扣 5 分 计入 \"人居环境\"");
        assertThat(rule.cap()).isEqualTo(25);
    }

    @Test
    void codeSmuggledIntoASentenceIsRefusedAfterExpansion() {
        String smuggled = CONTRACT_EXAMPLE_IN_SENTENCES.replace("加 2 分 计入 \"村民议事\"",
                "加 2, \"x\"); System.exit(1); awards.add(2 分 计入 \"村民议事\"");

        assertThatThrownBy(() -> new PlanCompiler(1000).compile(List.of(PlanFile.of("方案.dslr", smuggled))))
                .isInstanceOfSatisfying(PlanRejected.class, rejected ->
                        assertThat(rejected.problems()).anySatisfy(problem -> {
                            assertThat(problem.file()).isEqualTo("方案.dslr");
                            assertThat(problem.message()).contains("System");
                        }));
    }

    private static Event event(String type, int quantity) {
        return new Event(type, "7", LocalDate.of(2024, 7, 15), quantity, Map.of());
    }
}
