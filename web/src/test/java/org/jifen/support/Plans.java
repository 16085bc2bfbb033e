package org.jifen.support;

import org.jifen.engine.ContractExample;
import org.jifen.engine.PlanFile;

/** Small plans for use cases: the rule author's contract example, and plans that must be refused. */
public final class Plans {

    /** The example of the rule author's contract (RULES.md), verbatim. */
    public static final PlanFile CONTRACT_EXAMPLE = PlanFile.of("示例方案.drl", ContractExample.DRL);

    /** A plan whose second rule misses its {@code then}: line 11 of 不完整.drl. */
    /** The event list staff choose from for {@link #CONTRACT_EXAMPLE}, with the attributes each type asks for. */
    public static final PlanFile CATALOG = PlanFile.of("catalog.csv", """
            事件类型,类别,名称,属性
            参加村民大会,村民议事,参加村民大会（每月）,会议名称
            宅前屋后乱堆物,人居环境,宅前屋后乱堆物（按处）,地点
            见义勇为,文明新风,见义勇为,事迹
            违法搭建,平安建设,违法搭建（一票否决）,地点
            """);

    public static final PlanFile BROKEN = PlanFile.of("不完整.drl", """
            package villages.test;

            import org.jifen.rules.Event;
            global org.jifen.rules.Awards awards;

            rule "参加志愿服务"
            when
                Event( type == "参加志愿服务" )
            then
                awards.add(3, "文明新风");
            end
            rule "缺少then"
            when
                Event( type == "x" )
                awards.add(1, "村民议事");
            end
            """);

    /** Many rules of 5 points for one event, so that the month reaches its full score quickly. */
    public static PlanFile generous() {
        return PlanFile.of("慷慨.drl", """
                package villages.test;
                import org.jifen.rules.Event;
                global org.jifen.rules.Awards awards;

                rule "清扫公共区域"
                when
                    $e : Event( type == "清扫公共区域" )
                then
                    awards.add(30 * $e.getQuantity(), "人居环境");
                end
                """);
    }

    /**
     * A plan whose rule gives more than the 1,000 points an award may be for a meeting of seven, a quantity the
     * upload's trial run (ADR 0164) does not try and its points' range (ADR 0195) leaves to the entry: it fails while
     * scoring, not at upload.
     */
    public static final PlanFile FAILS_WHILE_SCORING = PlanFile.of("出错.drl", """
            package villages.test;
            import org.jifen.rules.Event;
            global org.jifen.rules.Awards awards;

            rule "按次数平均"
            when
                $e : Event( type == "参加村民大会" )
            then
                awards.add(150 * $e.getQuantity(), "村民议事");
            end
            """);

    private Plans() {
    }
}
