package org.jifen.objection;

import java.time.YearMonth;
import org.jifen.problem.Conflict;

/** The notice showed only the months finalised when it was published; a later month was never posted. */
public class MonthNotInNotice extends Conflict {

    public MonthNotInNotice(long awardId, YearMonth month) {
        super("积分记录 " + awardId + " 所在的 " + month + " 不在已公布的季度公示中（公布时该月尚未定稿），不能提出公示异议；"
                + "如确有错误，请村工作人员按冲正办理");
    }
}
