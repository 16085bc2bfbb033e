package org.jifen.finalisation;

import java.time.YearMonth;
import org.jifen.problem.Conflict;

/** A month keeps at most a few pages of its signed sheet. */
public class SignOffSheetLimitReached extends Conflict {

    public SignOffSheetLimitReached(YearMonth month, int limit) {
        super(month + " 已有 " + limit + " 份签字表，不能再上传；已上传的不会被替换或删除");
    }
}
