package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jifen.rules.Awards.Kind;
import org.jifen.rules.Event;
import org.jifen.rules.Household;
import org.jifen.rules.MonthSummary;
import org.junit.jupiter.api.Test;

/** Every construct the rule contract allows still compiles and scores after the contract is enforced. */
class LegitimatePlanTest {

    static final String EVERY_ALLOWED_CONSTRUCT = """
            package villages.legit;

            import org.jifen.rules.Event;
            import org.jifen.rules.Household;
            import org.jifen.rules.MonthSummary;

            global org.jifen.rules.Awards awards;

            // 参会：党员户多加分（名称说「村民会议」：它计村民大会，也计小组会议）
            rule "党员户参加村民会议"
                salience 10
                no-loop true
                activation-group "参会"
                date-effective "01-Jan-2024"
            when
                $e : Event( type == "参加村民大会" || == "参加村民小组会议", quantity >= 1 && < 5 )
                Household( hasTag("党员户") || members > 5 )
            then
                awards.add(2 + 1, "村民议事"); /* 基础 2 分，党员户再加 1 分 */
            end

            rule "参加村民会议"
                activation-group "参会"
            when
                Event( type in ("参加村民大会", "参加村民小组会议") )
            then
                awards.add(2, "村民议事");
            end

            rule "志愿服务按小时"
                @cap(20) @capPer("quarter")
            when
                $e : Event( type == "参加志愿服务", $h : quantity, flag("已核实"), attr("服务地点") != "" )
                not Household( permanentResidents == 0 )
            then
                awards.add($h * 1, "文明新风");
            end

            rule "庭院检查"
            when
                $e : Event( type == "庭院检查", intAttr("得分") > 80 )
                exists ( Household( group == "一组" ) or Household( group == "二组" ) )
            then
                awards.add($e.intAttr("得分") / 10, "人居环境");
            end

            rule "宅前屋后乱堆物"
                @cap(25)
            when
                $e : Event( type == "宅前屋后乱堆物" )
            then
                awards.add(-5 * $e.getQuantity(), "人居环境");
            end

            // 面积：两个数都限定了上下限，乘积不会超出整数的范围（用 && 或逗号写都可以）
            rule "违建面积"
            when
                Event( type == "违建面积", intAttr("长") >= 0 && intAttr("长") <= 10000 && intAttr("宽") >= 0
                       && intAttr("宽") <= 10000 && intAttr("长") * intAttr("宽") > 100 )
            then
                awards.add(-10, "平安建设");
            end

            rule "见义勇为"
            when
                Event( type == "见义勇为" )
            then
                awards.bonus(20, "文明新风");
            end

            rule "违法搭建"
            when
                Event( type == "违法搭建" )
            then
                awards.veto("平安建设");
            end

            rule "垃圾分类全月达标"
            when
                MonthSummary( count("垃圾分类检查合格") >= 4, sum("垃圾分类不合格") == 0 )
            then
                awards.add(5, "人居环境");
            end

            rule "当月无扣分"
            when
                $m : MonthSummary( deductions == 0, events > 0, basePoints < 100 )
            then
                awards.add(10, "文明新风");
            end
            """;

    private final CompiledPlan plan = new PlanCompiler(1000)
            .compileUpload(List.of(PlanFile.of("全部写法.drl", EVERY_ALLOWED_CONSTRUCT)));
    private final Household partyMember = new Household("1", "一组", null, 3, 2, Set.of("党员户"));

    @Test
    void everyAllowedConstructCompiles() {
        assertThat(plan.rules()).hasSize(10);
        assertThat(plan.rules().get("志愿服务按小时").capWindow()).isEqualTo(CapWindow.QUARTER);
    }

    @Test
    void andScores() {
        assertThat(fire("参加村民大会", 1, Map.of())).extracting(FiredAward::rule, FiredAward::points)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("党员户参加村民会议", 3));
        assertThat(fire("参加志愿服务", 4, Map.of("已核实", "是", "服务地点", "村委会")))
                .containsExactly(new FiredAward("志愿服务按小时", Kind.BASE, 4, "文明新风"));
        assertThat(fire("庭院检查", 1, Map.of("得分", "90")))
                .containsExactly(new FiredAward("庭院检查", Kind.BASE, 9, "人居环境"));
        assertThat(fire("违建面积", 1, Map.of("长", "10000", "宽", "10000")))
                .containsExactly(new FiredAward("违建面积", Kind.BASE, -10, "平安建设"));
        assertThat(plan.fire(List.of(new MonthSummary("1", "2024-07", Map.of("垃圾分类检查合格", 4),
                Map.of("垃圾分类检查合格", 4), 20, 0, 0), partyMember)))
                .extracting(FiredAward::rule).containsExactlyInAnyOrder("垃圾分类全月达标", "当月无扣分");
    }

    private List<FiredAward> fire(String type, int quantity, Map<String, String> attributes) {
        return plan.fire(List.of(new Event(type, "1", LocalDate.of(2024, 7, 1), quantity, attributes), partyMember));
    }
}
