package org.jifen.finalisation;

import java.time.YearMonth;
import org.jifen.problem.Conflict;

/** A month still running (or yet to come) can still receive events, so it cannot be finalised. */
public class MonthNotOver extends Conflict {

    public MonthNotOver(YearMonth month, String today) {
        super(month + " 还没有结束（今天是 " + today + "），月份结束后才能定稿");
    }
}
