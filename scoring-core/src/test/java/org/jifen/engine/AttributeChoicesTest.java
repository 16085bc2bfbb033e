package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jifen.plan.PlanTemplate;
import org.junit.jupiter.api.Test;

/** What the template's rules know of its attributes, and what staff are told when an event scores nothing (ADR 0172). */
class AttributeChoicesTest {

    private static final CompiledPlan TEMPLATE = new PlanCompiler(1000)
            .compile(List.of(new PlanFile(PlanTemplate.FILE_NAME, PlanTemplate.xlsx())));

    @Test
    void theRulesLiteralsAreTheChoicesAndAFlagIsATick() {
        AttributeChoices choices = TEMPLATE.attributeChoices();

        assertThat(choices.of("获得荣誉")).containsEntry("级别", new AttributeChoices.Choice(false, List.of("市级")));
        assertThat(choices.of("举报安全隐患")).containsEntry("查实", new AttributeChoices.Choice(true, List.of()));
        assertThat(choices.of("美丽庭院检查")).containsEntry("结果",
                new AttributeChoices.Choice(false, List.of("美丽庭院")));
        assertThat(choices.of("参加村民大会")).isEmpty();
    }

    /** ADR 0203: staff who record a variant of what the plan scores are told which character differs. */
    @Test
    void aTypeOrValueWrittenWithAVariantIsToldWhatThePlanWrites() {
        AttributeChoices choices = TEMPLATE.attributeChoices();

        assertThat(choices.notices("獲得榮譽", Map.of(), false)).containsExactly("事件类型「獲得榮譽」和方案里的「获得荣誉」"
                + "只差繁简、异体或形近的字（第 1 个字符「獲」和「获」、第 3 个字符「榮」和「荣」、第 4 个字符「譽」和「誉」），"
                + "方案只认「获得荣誉」，所以没有记分：请按方案的写法重新记一次");
        assertThat(choices.notices("美丽庭院检查", Map.of("结果", "美麗庭院"), false)).first().asString()
                .startsWith("属性「结果」填的是「美麗庭院」，和方案里的「美丽庭院」只差繁简、异体或形近的字（第 2 个字符「麗」和「丽」）");
    }

    @Test
    void anAttributeReadAnyOtherWayHasNoChoices() {
        CompiledPlan plan = new PlanCompiler(1000).compile(List.of(PlanFile.of("荣誉.drl", """
                import org.jifen.rules.Event;
                global org.jifen.rules.Awards awards;
                rule "市级荣誉"
                when
                    Event( type == "获得荣誉", attr("级别") == "市级" )
                then
                    awards.add(10, "文明新风");
                end
                rule "其他荣誉"
                when
                    Event( type == "获得荣誉", attr("级别") != "市级" )
                then
                    awards.add(2, "文明新风");
                end
                """)));

        assertThat(plan.attributeChoices().of("获得荣誉")).isEmpty();
    }

    @Test
    void theNoticeNamesTheAttributeTheTickOrTheMonthEndInsteadOfBlamingTheType() {
        AttributeChoices choices = TEMPLATE.attributeChoices();

        assertThat(choices.notices("获得荣誉", Map.of("级别", "县级"), false))
                .containsExactly("属性「级别」填的是「县级」，方案里的规则只认「市级」：如果是写法不同，请按方案的写法重新记一次");
        assertThat(choices.notices("举报安全隐患", Map.of("查实", "属实"), false)).singleElement().asString()
                .contains("勾选项", "「属实」");
        assertThat(choices.notices("举报安全隐患", Map.of("查实", "否"), false)).singleElement().asString()
                .contains("不符合方案里「举报安全隐患」各项的条件");
        assertThat(choices.notices("美丽庭院检查", Map.of("结果", "美丽庭院"), false)).singleElement().asString()
                .contains("每月积分评定时计分");
        assertThat(choices.notices("参加运动会", Map.of(), false)).singleElement().asString()
                .contains("没有规则对这件事加分或扣分（事件类型「参加运动会」）");
        assertThat(choices.notices("获得荣誉", Map.of("级别", "市级"), true)).isEmpty();
    }
}
