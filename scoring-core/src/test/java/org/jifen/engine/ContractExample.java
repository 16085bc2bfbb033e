package org.jifen.engine;

/** The example plan of the rule author's contract (RULES.md), verbatim: it must always compile and score. */
public final class ContractExample {

    public static final String DRL = """
            package villages.yangjiazhuang;

            import org.jifen.rules.Event;
            import org.jifen.rules.MonthSummary;

            global org.jifen.rules.Awards awards;

            rule "参加村民大会"
            when
                Event( type == "参加村民大会" )
            then
                awards.add(2, "村民议事");
            end

            rule "宅前屋后乱堆物"
                @cap(25)
            when
                $e : Event( type == "宅前屋后乱堆物" )
            then
                awards.add(-5 * $e.getQuantity(), "人居环境");
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

            rule "当月无扣分"
            when
                MonthSummary( deductions == 0, events > 0 )
            then
                awards.add(10, "文明新风");
            end
            """;

    private ContractExample() {
    }
}
