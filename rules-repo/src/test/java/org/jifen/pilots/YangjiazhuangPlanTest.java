package org.jifen.pilots;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jifen.engine.CompiledPlan;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 杨家庄村的一村一方案：重在人居环境，"宅前屋后无乱堆物，每处扣5分，扣完为止"。 */
@DisplayName("杨家庄村方案")
class YangjiazhuangPlanTest {

    private static final CompiledPlan PLAN = PlanScenarios.compile("yangjiazhuang");

    @DisplayName("工作人员为一户录入一条事件，方案给出这些加减分")
    @ParameterizedTest(name = "[{index}] {0} ×{1} 属性[{2}] 户标签[{3}] → {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # 事件类型          | 数量 | 属性            | 户标签     | 应触发的规则（规则名 种类 分值 类别；…）
            # 村民议事
            参加村民大会        | 1    |                 |            | 参加村民大会 基础分 +3 村民议事
            参加村民大会        | 1    |                 | 党员户     | 参加村民大会 基础分 +3 村民议事；党员户带头参加村民大会 基础分 +2 村民议事
            参加宅基议事        | 1    | 建议被采纳=是   |            | 参加宅基议事 基础分 +2 村民议事；议事建议被采纳 基础分 +5 村民议事
            参加宅基议事        | 1    | 建议被采纳=否   |            | 参加宅基议事 基础分 +2 村民议事
            参与村务监督        | 2    |                 |            | 参与村务监督 基础分 +4 村民议事
            无故缺席村民大会    | 1    |                 |            | 无故缺席村民大会 基础分 -3 村民议事
            拒不配合村级重点工作 | 2   |                 |            | 拒不配合村级重点工作 基础分 -10 村民议事
            # 平安建设
            参加平安巡逻        | 3    |                 |            | 参加平安巡逻 基础分 +6 平安建设
            举报安全隐患        | 1    | 查实=是         |            | 举报安全隐患经查属实 基础分 +3 平安建设
            举报安全隐患        | 1    | 查实=否         |            | 无
            电动自行车飞线充电  | 2    |                 |            | 电动自行车飞线充电 基础分 -10 平安建设
            出租房屋未登记      | 1    |                 |            | 出租房屋未登记 基础分 -5 平安建设
            违法搭建            | 1    |                 |            | 违法搭建 一票否决 平安建设
            参与赌博            | 1    |                 | 党员户     | 参与赌博 一票否决 平安建设
            涉毒                | 1    |                 |            | 涉毒 一票否决 平安建设
            # 文明新风
            见义勇为            | 1    |                 |            | 见义勇为 附加分 +20 文明新风
            好人好事            | 1    |                 |            | 好人好事 附加分 +5 文明新风
            获得表彰            | 1    | 级别=国家级     |            | 获得市级以上表彰 附加分 +20 文明新风
            获得表彰            | 1    | 级别=区级       |            | 获得区级表彰 附加分 +10 文明新风
            获得表彰            | 1    | 级别=镇级       |            | 获得镇级表彰 基础分 +5 文明新风
            获得表彰            | 1    |                 |            | 无
            婚事新办            | 1    |                 |            | 婚事新办 基础分 +5 文明新风
            参加志愿服务        | 6    |                 | 党员户     | 参加志愿服务 基础分 +6 文明新风；党员户参加志愿服务 基础分 +1 文明新风
            参加志愿服务        | 30   |                 |            | 参加志愿服务 基础分 +30 文明新风
            不赡养老人          | 1    |                 |            | 不赡养老人 基础分 -10 文明新风
            # 人居环境
            垃圾分类检查合格    | 1    |                 |            | 垃圾分类检查合格 基础分 +2 人居环境
            垃圾分类不合格      | 2    |                 |            | 垃圾分类不合格 基础分 -6 人居环境
            垃圾分类不合格      | 2    |                 | 独居老人户 | 独居老人户垃圾分类不合格 基础分 -2 人居环境
            宅前屋后乱堆物      | 1    |                 |            | 宅前屋后乱堆物 基础分 -5 人居环境
            宅前屋后乱堆物      | 7    |                 |            | 宅前屋后乱堆物 基础分 -35 人居环境
            向河道倾倒垃圾污水  | 1    |                 |            | 向河道倾倒垃圾污水 基础分 -10 人居环境
            毁绿种菜            | 2    |                 |            | 毁绿种菜 基础分 -10 人居环境
            参加村庄清洁行动    | 2    |                 |            | 参加村庄清洁行动 基础分 +4 人居环境
            庭院环境检查        | 1    | 结果=优         |            | 庭院环境检查为优 基础分 +10 人居环境
            庭院环境检查        | 1    | 结果=差         |            | 庭院环境检查为差 基础分 -5 人居环境
            美丽庭院评定        | 1    | 星级=5          |            | 美丽庭院五星户 附加分 +10 人居环境
            美丽庭院评定        | 1    | 星级=4          |            | 美丽庭院三星户 附加分 +5 人居环境
            美丽庭院评定        | 1    | 星级=2          |            | 无
            # 本村方案没有的事件类型
            参加村民会议        | 1    |                 | 党员户     | 无
            打扫楼道            | 1    |                 |            | 无
            """)
    void anEventRecordedForAHousehold(String type, int quantity, String attributes, String tags, String expected) {
        assertThat(PlanScenarios.fireEvent(PLAN, type, quantity, attributes, tags))
                .containsExactlyInAnyOrderElementsOf(PlanScenarios.awards(expected));
    }

    @DisplayName("月末评定：一户当月的事件汇总给出这些加分")
    @ParameterizedTest(name = "[{index}] 当月[{0}] 扣分{1} 附加分{2} 户标签[{3}] → {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # 当月事件（类型=次数）                    | 扣分 | 附加分 | 户标签 | 应触发的规则
            参加村民大会=1；参加村民小组会议=1          | 0    | 0      |        | 议事全勤户 基础分 +3 村民议事；当月无扣分 基础分 +10 文明新风
            垃圾分类检查合格=4                          | 0    | 0      |        | 垃圾分类全月达标 基础分 +5 人居环境；当月无扣分 基础分 +10 文明新风
            垃圾分类检查合格=4；垃圾分类不合格=1        | 3    | 0      |        | 无
            参加村民大会=2；无故缺席村民大会=1          | 3    | 0      | 党员户 | 无
            见义勇为=1                                  | 0    | 20     |        | 当月无扣分 基础分 +10 文明新风
            宅前屋后乱堆物=3                            | 15   | 0      |        | 无
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
                entry("参与村务监督", "每月6"),
                entry("拒不配合村级重点工作", "每月15"),
                entry("参加平安巡逻", "每月10"),
                entry("电动自行车飞线充电", "每月20"),
                entry("露天焚烧秸秆垃圾", "每月20"),
                entry("参加志愿服务", "每季度20"),
                entry("垃圾分类不合格", "每月12"),
                entry("独居老人户垃圾分类不合格", "每月4"),
                entry("宅前屋后乱堆物", "每月25"),
                entry("向河道倾倒垃圾污水", "每月20"),
                entry("毁绿种菜", "每季度20"),
                entry("参加村庄清洁行动", "每月8")));
    }
}
