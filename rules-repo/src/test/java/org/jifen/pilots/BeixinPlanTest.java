package org.jifen.pilots;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jifen.engine.CompiledPlan;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 北新村的一村一方案：重在移风易俗、孝老爱亲，外来租户多，突出出租房屋管理。 */
@DisplayName("北新村方案")
class BeixinPlanTest {

    private static final CompiledPlan PLAN = PlanScenarios.compile("beixin");

    @DisplayName("工作人员为一户录入一条事件，方案给出这些加减分")
    @ParameterizedTest(name = "[{index}] {0} ×{1} 属性[{2}] 户标签[{3}] → {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # 事件类型            | 数量 | 属性          | 户标签             | 应触发的规则（规则名 种类 分值 类别；…）
            # 村民议事
            参加村民大会          | 1    |               |                    | 参加村民大会 基础分 +2 村民议事
            参加村民大会          | 1    |               | 退役军人户         | 参加村民大会 基础分 +2 村民议事；党员和退役军人户带头参会 基础分 +1 村民议事
            参加村民大会          | 1    |               | 党员户、退役军人户 | 参加村民大会 基础分 +2 村民议事；党员和退役军人户带头参会 基础分 +1 村民议事
            参加议事坊协商        | 1    | 牵头提议=是   |                    | 参加议事坊协商 基础分 +3 村民议事；议事坊牵头提议 基础分 +3 村民议事
            参与村规民约修订      | 1    |               |                    | 参与村规民约修订 基础分 +5 村民议事
            无故不参加村民大会    | 1    |               |                    | 无故不参加村民大会 基础分 -2 村民议事
            # 平安建设
            参加治安巡逻          | 5    |               |                    | 参加治安巡逻 基础分 +10 平安建设
            出租房屋登记备案      | 1    | 按时=是       | 出租户             | 出租房屋按时登记备案 基础分 +3 平安建设
            出租房屋登记备案      | 1    |               | 出租户             | 出租房屋逾期登记 基础分 -2 平安建设
            出租房屋未登记        | 2    |               | 出租户             | 出租房屋未登记 基础分 -10 平安建设
            出租房屋群租          | 3    |               | 出租户             | 出租房屋群租 基础分 -30 平安建设
            电动自行车违规充电    | 1    |               |                    | 电动自行车违规充电 基础分 -5 平安建设
            高空抛物              | 1    |               |                    | 高空抛物 基础分 -10 平安建设
            举报安全隐患          | 1    | 查实=是       |                    | 举报安全隐患查实 基础分 +5 平安建设
            违法搭建              | 1    |               |                    | 违法搭建 一票否决 平安建设
            聚众赌博              | 1    |               |                    | 聚众赌博 一票否决 平安建设
            涉毒                  | 1    |               |                    | 涉毒 一票否决 平安建设
            参与邪教组织          | 1    |               |                    | 参与邪教组织 一票否决 平安建设
            # 文明新风
            见义勇为              | 1    |               |                    | 见义勇为 附加分 +25 文明新风
            好人好事              | 2    |               |                    | 好人好事 附加分 +10 文明新风
            获得表彰              | 1    | 级别=国家级   |                    | 获得国家级表彰 附加分 +30 文明新风
            获得表彰              | 1    | 级别=市级     |                    | 获得市级表彰 附加分 +20 文明新风
            获得表彰              | 1    | 级别=区级     |                    | 获得区级表彰 附加分 +10 文明新风
            获得表彰              | 1    | 级别=镇级     |                    | 无
            婚事新办              | 1    | 零彩礼=是     |                    | 婚事新办 基础分 +8 文明新风；零彩礼 基础分 +5 文明新风
            婚事新办              | 1    |               |                    | 婚事新办 基础分 +8 文明新风
            丧事简办              | 1    |               |                    | 丧事简办 基础分 +8 文明新风
            照料孤寡老人          | 2    |               |                    | 照料孤寡老人 基础分 +6 文明新风
            参加志愿服务          | 8    |               |                    | 志愿服务满8小时 基础分 +8 文明新风
            参加志愿服务          | 5    |               |                    | 志愿服务满4小时 基础分 +4 文明新风
            参加志愿服务          | 1    |               |                    | 参加志愿服务 基础分 +2 文明新风
            参加文明实践站活动    | 3    |               |                    | 参加文明实践站活动 基础分 +6 文明新风
            参加公益劳动          | 1    |               | 低保户             | 参加公益劳动 基础分 +2 文明新风；低保户参加公益劳动 基础分 +2 文明新风
            婚丧大操大办          | 1    |               |                    | 婚丧大操大办 基础分 -15 文明新风
            家庭暴力              | 1    |               |                    | 家庭暴力 基础分 -20 文明新风
            拒不履行赡养义务      | 1    |               |                    | 拒不履行赡养义务 一票否决 文明新风
            # 人居环境
            垃圾分类检查合格      | 1    |               |                    | 垃圾分类检查合格 基础分 +3 人居环境
            垃圾分类不合格        | 2    |               |                    | 垃圾分类不合格 基础分 -6 人居环境
            宅前屋后乱堆物        | 7    |               |                    | 宅前屋后乱堆物 基础分 -35 人居环境
            畜禽散养              | 1    |               |                    | 畜禽散养 基础分 -5 人居环境
            美丽庭院检查          | 1    | 等级=优       |                    | 美丽庭院检查为优 基础分 +10 人居环境
            美丽庭院检查          | 1    | 等级=中       |                    | 无
            # 本村方案没有的事件类型
            参加村民会议          | 1    |               | 党员户             | 无
            家禽散养              | 2    |               |                    | 无
            """)
    void anEventRecordedForAHousehold(String type, int quantity, String attributes, String tags, String expected) {
        assertThat(PlanScenarios.fireEvent(PLAN, type, quantity, attributes, tags))
                .containsExactlyInAnyOrderElementsOf(PlanScenarios.awards(expected));
    }

    @DisplayName("月末评定：一户当月的事件汇总给出这些加分")
    @ParameterizedTest(name = "[{index}] 当月[{0}] 扣分{1} 附加分{2} 户标签[{3}] → {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # 当月事件（类型=次数/数量合计）        | 扣分 | 附加分 | 户标签 | 应触发的规则
            垃圾分类检查合格=4                       | 0    | 0      |        | 垃圾分类全月达标 基础分 +10 人居环境
            垃圾分类检查合格=4；垃圾分类不合格=1     | 3    | 0      |        | 无
            见义勇为=1                               | 0    | 25     |        | 当月新风户 基础分 +5 文明新风
            参加志愿服务=2/12                        | 0    | 0      |        | 志愿服务月度达人 附加分 +5 文明新风
            参加村民大会=1                           | 0    | 0      | 出租户 | 出租房屋管理规范户 基础分 +5 平安建设
            出租房屋群租=1                           | 10   | 0      | 出租户 | 无
            好人好事=1；宅前屋后乱堆物=1             | 5    | 5      |        | 无
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
                entry("参加治安巡逻", "每月8"),
                entry("出租房屋未登记", "每月15"),
                entry("出租房屋群租", "每月20"),
                entry("电动自行车违规充电", "每月20"),
                entry("照料孤寡老人", "每月9"),
                entry("参加文明实践站活动", "每季度12"),
                entry("垃圾分类不合格", "每月15"),
                entry("宅前屋后乱堆物", "每月25"),
                entry("畜禽散养", "每月10")));
    }
}
