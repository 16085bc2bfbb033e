package org.jifen.finalisation;

import org.jifen.problem.Conflict;

/** The month is finalised, so nothing in it changes any more; mistakes are corrected in the open month. */
public class MonthAlreadyFinalised extends Conflict {

    public MonthAlreadyFinalised(String village, String month) {
        super("村「" + village + "」" + month + " 的积分已经定稿，不能再更改；如有差错，请在当前月份办理冲正");
    }
}
