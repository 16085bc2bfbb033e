package org.jifen.balance;

import org.jifen.problem.Unprocessable;

/** 29 February as the yearly reset day: three years in four would have none. */
public class ResetDayNotEveryYear extends Unprocessable {

    public ResetDayNotEveryYear(String day) {
        super("清零日 " + day + " 不是每年都有（平年没有 2月29日）：请选一个每年都有的日子，例如 02-28 或 12-31");
    }
}
