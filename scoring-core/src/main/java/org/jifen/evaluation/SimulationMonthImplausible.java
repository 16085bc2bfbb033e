package org.jifen.evaluation;

import java.time.YearMonth;
import org.jifen.plan.PlausibleMonths;
import org.jifen.problem.Unprocessable;

/** A month to simulate that must be a typing mistake (「0000-01」): the months an activation could take, no others. */
public class SimulationMonthImplausible extends Unprocessable {

    public SimulationMonthImplausible(YearMonth month, PlausibleMonths plausible) {
        super("试算月份 " + month + " 不合理：只能试算 " + plausible.earliest() + " 到 " + plausible.latest()
                + " 之间的月份（更早的月份没有记录的事件，方案也只能从这些月份起启用）");
    }
}
