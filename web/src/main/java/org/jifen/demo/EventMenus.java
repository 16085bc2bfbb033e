package org.jifen.demo;

import static org.jifen.demo.EventKind.of;

import java.util.List;

/**
 * For each plan of {@link org.jifen.pilots.PilotPlans}, the event types its rule files understand, with the
 * attributes and quantities the rules read (级别, 查实, 结果, hours of volunteering, spots of clutter). Types and
 * attribute values here must match the .drl files exactly, or the events would score nothing.
 */
final class EventMenus {

    private EventMenus() {
    }

    static EventMenu forPlan(String plan) {
        return switch (plan) {
            case "yangjiazhuang" -> yangjiazhuang();
            case "xuzhong" -> xuzhong();
            case "beixin" -> beixin();
            case "template" -> template();
            default -> throw new IllegalArgumentException("no demo events for plan " + plan);
        };
    }

    private static EventMenu yangjiazhuang() {
        return new EventMenu(
                List.of(
                        of("参加村民大会", 10).attribute("建议被采纳", "否", "否", "否", "否", "是")
                                .slot("村民大会").onVillageDay(),
                        of("参加村民小组会议", 6),
                        of("参加宅基议事", 4).attribute("建议被采纳", "否", "否", "否", "是"),
                        of("参与村务监督", 2).quantity(1, 2),
                        of("参加平安巡逻", 6).quantity(1, 3),
                        of("参加消防应急演练", 3).onVillageDay(),
                        of("举报安全隐患", 2).attribute("查实", "是", "是", "是", "否"),
                        of("孝老爱亲", 4),
                        of("婚事新办", 1),
                        of("丧事简办", 1),
                        of("参加志愿服务", 6).quantity(2, 6),
                        of("垃圾分类检查合格", 10).weekly(),
                        of("参加村庄清洁行动", 5).quantity(1, 2).onVillageDay(),
                        of("庭院环境检查", 6).attribute("结果", "优", "良", "良", "良", "差"),
                        of("获得表彰", 1).attribute("级别", "镇级")),
                List.of(
                        of("垃圾分类不合格", 4),
                        of("宅前屋后乱堆物", 4).quantity(2, 6),
                        of("电动自行车飞线充电", 2).quantity(1, 2),
                        of("露天焚烧秸秆垃圾", 1),
                        of("出租房屋未登记", 3).onlyFor("出租户"),
                        of("无故缺席村民大会", 2).slot("村民大会"),
                        of("毁绿种菜", 1).quantity(1, 3),
                        of("向河道倾倒垃圾污水", 1),
                        of("拒不配合村级重点工作", 1)),
                List.of(
                        of("好人好事", 6),
                        of("获得表彰", 3).attribute("级别", "区级", "区级", "市级"),
                        of("美丽庭院评定", 4).attribute("星级", "3", "3", "4", "5"),
                        of("见义勇为", 1)),
                List.of(of("违法搭建", 1)));
    }

    private static EventMenu xuzhong() {
        return new EventMenu(
                List.of(
                        of("参加村民会议", 10).slot("村民会议").onVillageDay(),
                        of("参加议事厅协商", 5).onVillageDay(),
                        of("参加民主评议", 3),
                        of("列席积分评定会", 4).onlyFor("村民代表户"),
                        of("提交金点子建议", 3).quantity(1, 2)
                                .attribute("被采纳", "否", "否", "否", "否", "否", "否", "否", "否", "否", "是"),
                        of("联户走访", 6).quantity(1, 4).onlyFor("党员户"),
                        of("参加平安志愿巡逻", 6).quantity(1, 3),
                        of("报送平安信息", 3).quantity(1, 3),
                        of("参加反诈宣传活动", 4).onVillageDay(),
                        of("安装国家反诈中心APP", 3),
                        of("志愿服务", 6).quantity(2, 5),
                        of("参加新时代文明实践活动", 4),
                        of("红白事简办", 1),
                        of("获得荣誉", 1).attribute("级别", "镇级"),
                        // Grid workers check twice a week and enter the month's passes as one count.
                        of("垃圾分类检查合格", 10).quantity(4, 8),
                        of("庭院检查", 6).attribute("评定", "整洁", "整洁", "整洁", "整洁", "脏乱")),
                List.of(
                        of("无故缺席村民会议", 2).slot("村民会议"),
                        of("电动车进楼入户充电", 2).quantity(1, 2),
                        of("堵塞消防通道", 1),
                        of("垃圾分类不合格", 3).quantity(1, 2),
                        of("宅前屋后乱堆物", 4).quantity(2, 6),
                        of("河道乱扔垃圾", 1),
                        of("生活污水乱排", 1),
                        of("邻里纠纷恶语相向", 2),
                        of("出租房屋安全检查不合格", 3).quantity(1, 3).onlyFor("出租户")),
                List.of(
                        of("好人好事", 6),
                        of("获得荣誉", 3).attribute("级别", "区级", "区级", "市级"),
                        of("举报违法犯罪线索", 2).attribute("查实", "是"),
                        of("见义勇为", 1)),
                List.of(of("违法占用耕地", 1)));
    }

    private static EventMenu beixin() {
        return new EventMenu(
                List.of(
                        of("参加村民大会", 10).slot("村民大会").onVillageDay(),
                        of("参加议事坊协商", 5).attribute("牵头提议", "否", "否", "否", "否", "是"),
                        of("参与村规民约修订", 1),
                        of("参加治安巡逻", 6).quantity(1, 3),
                        of("出租房屋登记备案", 10).attribute("按时", "是", "是", "是", "是", "是", "否")
                                .onlyFor("出租户"),
                        of("举报安全隐患", 2).attribute("查实", "是", "是", "是", "否"),
                        of("婚事新办", 1).attribute("零彩礼", "是", "否"),
                        of("丧事简办", 1),
                        of("照料孤寡老人", 3).quantity(1, 3),
                        // Hours of one service; the plan pays 2, 4 or 8 points by tier.
                        of("参加志愿服务", 6).quantity(2, 8),
                        of("参加文明实践站活动", 4).quantity(1, 2),
                        of("参加公益劳动", 5).onVillageDay(),
                        of("垃圾分类检查合格", 10).weekly(),
                        of("美丽庭院检查", 5).attribute("等级", "优", "优", "中", "中", "中", "差")),
                List.of(
                        of("无故不参加村民大会", 2).slot("村民大会"),
                        of("出租房屋未登记", 3).onlyFor("出租户"),
                        of("出租房屋群租", 1).quantity(1, 2).onlyFor("出租户"),
                        of("电动自行车违规充电", 3).quantity(1, 2),
                        of("高空抛物", 1),
                        of("垃圾分类不合格", 3).quantity(1, 2),
                        of("宅前屋后乱堆物", 4).quantity(2, 6),
                        of("畜禽散养", 2).quantity(1, 2)),
                List.of(
                        of("好人好事", 6).quantity(1, 2),
                        of("获得表彰", 3).attribute("级别", "区级", "区级", "市级"),
                        of("见义勇为", 1)),
                List.of(of("违法搭建", 1)));
    }

    /** The township template knows few items; villages add their own when they write their plan. */
    private static EventMenu template() {
        return new EventMenu(
                List.of(
                        of("参加村民大会", 10).attribute("建议被采纳", "否", "否", "否", "否", "是").onVillageDay(),
                        of("参加平安巡逻", 6).quantity(1, 3),
                        of("参加志愿服务", 6).quantity(2, 6),
                        of("垃圾分类检查合格", 10).weekly()),
                List.of(of("宅前屋后乱堆物", 4).quantity(2, 6)),
                List.of(
                        of("获得表彰", 4).attribute("级别", "区级", "区级", "市级"),
                        of("见义勇为", 1)),
                List.of(of("违法搭建", 1)));
    }
}
