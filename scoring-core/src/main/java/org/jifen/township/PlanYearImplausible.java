package org.jifen.township;

import org.jifen.problem.Unprocessable;

/** A plan year that is most likely a typing mistake: before the township could have had one, or years ahead. */
public class PlanYearImplausible extends Unprocessable {

    public PlanYearImplausible(int year, int latest) {
        super("方案年度 " + year + " 不对：请填 2000 到 " + latest + " 之间的年份（今年或明年的方案）");
    }
}
