package org.jifen.plan;

import java.time.YearMonth;
import org.jifen.problem.Conflict;

/** No plan version governs the month: the village has activated none, or none that reaches back to that month. */
public class NoActivePlan extends Conflict {

    public NoActivePlan(String village, YearMonth month) {
        super("村「" + village + "」" + month + " 没有适用的积分方案：还没有启用方案，或启用的方案从更晚的月份起才适用");
    }
}
