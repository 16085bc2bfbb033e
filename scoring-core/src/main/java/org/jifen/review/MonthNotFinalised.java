package org.jifen.review;

import java.time.YearMonth;
import org.jifen.problem.Conflict;

/** Corrections are for finalised months; an open month's entry is rejected on review instead. */
public class MonthNotFinalised extends Conflict {

    public MonthNotFinalised(long awardId, YearMonth month) {
        super("积分记录 " + awardId + " 所在的 " + month + " 还没有定稿，请直接驳回（reject），不必冲正");
    }
}
