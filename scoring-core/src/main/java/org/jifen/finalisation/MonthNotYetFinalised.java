package org.jifen.finalisation;

import java.time.YearMonth;
import org.jifen.problem.Conflict;

/** A signed sheet belongs to a finalised month: it is attached with the finalisation or after it. */
public class MonthNotYetFinalised extends Conflict {

    public MonthNotYetFinalised(YearMonth month) {
        super(month + " 还没有定稿：自治小组的签字表在定稿时一起上传，或定稿后补传");
    }
}
