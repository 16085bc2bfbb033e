package org.jifen.pilots;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jifen.engine.CompiledPlan;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 叙中村的一村一方案：重在村民议事（议事厅、金点子、党员联户）和群防群治。 */
@DisplayName("叙中村方案")
class XuzhongPlanTest {

    private static final CompiledPlan PLAN = PlanScenarios.compile("xuzhong");

    @DisplayName("工作人员为一户录入一条事件，方案给出这些加减分")
    @ParameterizedTest(name = "[{index}] {0} ×{1} 属性[{2}] 户标签[{3}] → {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # 事件类型              | 数量 | 属性          | 户标签     | 应触发的规则（规则名 种类 分值 类别；…）
            # 村民议事
            参加村民会议            | 1    |               |            | 参加村民会议 基础分 +2 村民议事
            参加村民会议            | 1    |               | 村民代表户 | 参加村民会议 基础分 +2 村民议事；村民代表户带头参会 基础分 +1 村民议事
            参加村民会议            | 1    |               | 党员户     | 参加村民会议 基础分 +2 村民议事
            参加议事厅协商          | 1    |               |            | 参加议事厅协商 基础分 +3 村民议事
            列席积分评定会          | 1    |               |            | 列席积分评定会 基础分 +2 村民议事
            提交金点子建议          | 1    | 被采纳=是     |            | 提交金点子建议 基础分 +1 村民议事；金点子被采纳 附加分 +8 村民议事
            提交金点子建议          | 2    |               |            | 提交金点子建议 基础分 +2 村民议事
            联户走访                | 3    |               | 党员户     | 党员户联户走访 基础分 +6 村民议事
            联户走访                | 3    |               |            | 无
            无故缺席村民会议        | 1    |               |            | 无故缺席村民会议 基础分 -2 村民议事
            扰乱会议秩序            | 1    |               |            | 扰乱会议秩序 基础分 -5 村民议事
            不执行议事决议          | 3    |               |            | 不执行议事决议 基础分 -15 村民议事
            # 平安建设
            参加平安志愿巡逻        | 5    |               |            | 参加平安志愿巡逻 基础分 +15 平安建设
            报送平安信息            | 2    |               |            | 报送平安信息 基础分 +2 平安建设
            安装国家反诈中心APP     | 1    |               |            | 安装国家反诈中心APP 基础分 +2 平安建设
            举报违法犯罪线索        | 1    | 查实=是       |            | 举报违法犯罪线索查实 附加分 +10 平安建设
            举报违法犯罪线索        | 1    | 查实=否       |            | 无
            见义勇为                | 1    |               |            | 见义勇为 附加分 +30 平安建设
            电动车进楼入户充电      | 1    |               |            | 电动车进楼入户充电 基础分 -5 平安建设
            出租房屋安全检查不合格  | 3    |               |            | 出租房屋安全检查不合格 基础分 -15 平安建设
            打架斗殴                | 1    |               |            | 打架斗殴 基础分 -10 平安建设
            违法搭建                | 1    |               |            | 违法搭建 一票否决 平安建设
            违法占用耕地            | 1    |               |            | 违法占用耕地 一票否决 平安建设
            吸毒贩毒                | 1    |               |            | 吸毒贩毒 一票否决 平安建设
            拒绝兵役登记            | 1    |               |            | 拒绝兵役登记 一票否决 平安建设
            # 文明新风
            好人好事                | 1    |               |            | 好人好事 附加分 +5 文明新风
            获得荣誉                | 1    | 级别=市级     |            | 获得区级以上荣誉 附加分 +15 文明新风
            获得荣誉                | 1    | 级别=镇级     |            | 获得镇级荣誉 基础分 +5 文明新风
            志愿服务                | 3    |               |            | 志愿服务 基础分 +6 文明新风
            红白事简办              | 1    |               |            | 红白事简办 基础分 +5 文明新风
            不孝敬父母              | 1    |               |            | 不孝敬父母 基础分 -10 文明新风
            # 人居环境
            垃圾分类检查合格        | 2    |               |            | 垃圾分类检查合格 基础分 +2 人居环境
            垃圾分类不合格          | 1    |               |            | 垃圾分类不合格 基础分 -2 人居环境
            宅前屋后乱堆物          | 7    |               |            | 宅前屋后乱堆物 基础分 -21 人居环境
            河道乱扔垃圾            | 1    |               |            | 河道乱扔垃圾 基础分 -5 人居环境
            庭院检查                | 1    | 评定=整洁     |            | 庭院整洁 基础分 +3 人居环境
            庭院检查                | 1    | 评定=脏乱     |            | 庭院脏乱 基础分 -3 人居环境
            # 本村方案没有的事件类型
            参加村民大会            | 1    |               | 党员户     | 无
            美丽庭院评定            | 1    | 星级=5        |            | 无
            """)
    void anEventRecordedForAHousehold(String type, int quantity, String attributes, String tags, String expected) {
        assertThat(PlanScenarios.fireEvent(PLAN, type, quantity, attributes, tags))
                .containsExactlyInAnyOrderElementsOf(PlanScenarios.awards(expected));
    }

    @DisplayName("月末评定：一户当月的事件汇总给出这些加分")
    @ParameterizedTest(name = "[{index}] 当月[{0}] 扣分{1} 附加分{2} 户标签[{3}] → {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # 当月事件（类型=次数/数量合计）                | 扣分 | 附加分 | 户标签 | 应触发的规则
            参加村民会议=1                                   | 0    | 0      |        | 议事全勤 基础分 +3 村民议事；当月无扣分 基础分 +5 文明新风
            联户走访=2/3                                     | 0    | 0      | 党员户 | 党员户联户表率 基础分 +2 村民议事；当月无扣分 基础分 +5 文明新风
            联户走访=1/1                                     | 0    | 0      | 党员户 | 当月无扣分 基础分 +5 文明新风
            垃圾分类检查合格=4/8                             | 0    | 0      |        | 垃圾分类全月达标 基础分 +5 人居环境；当月无扣分 基础分 +5 文明新风
            垃圾分类检查合格=4/8；垃圾分类不合格=1           | 2    | 0      |        | 无
            参加议事厅协商=1；无故缺席村民会议=1             | 2    | 0      |        | 无
                                                             | 0    | 0      |        | 无
            """)
    void theMonthEndEvaluation(String events, int deductions, int bonus, String tags, String expected) {
        assertThat(PlanScenarios.fireMonth(PLAN, events, deductions, bonus, tags))
                .containsExactlyInAnyOrderElementsOf(PlanScenarios.awards(expected));
    }

    @Test
    @DisplayName("封顶项目：扣完为止或加满为止，其余项目不封顶")
    void theCappedItems() {
        assertThat(PlanScenarios.caps(PLAN)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                entry("提交金点子建议", "每月3"),
                entry("党员户联户走访", "每月8"),
                entry("不执行议事决议", "每月10"),
                entry("参加平安志愿巡逻", "每月12"),
                entry("报送平安信息", "每月5"),
                entry("电动车进楼入户充电", "每月15"),
                entry("堵塞消防通道", "每月15"),
                entry("出租房屋安全检查不合格", "每季度20"),
                entry("打架斗殴", "每月20"),
                entry("志愿服务", "每月10"),
                entry("垃圾分类检查合格", "每月8"),
                entry("垃圾分类不合格", "每月10"),
                entry("宅前屋后乱堆物", "每月15"),
                entry("河道乱扔垃圾", "每月15")));
    }
}
