package org.jifen.finalisation;

import java.time.YearMonth;
import org.jifen.problem.Conflict;
import org.jifen.village.Village;

/**
 * The month is finalised, so nothing in it changes any more; mistakes are corrected in the open month. The village
 * is named as its people call it, not by its code (tryout pages-2 minor 7).
 */
public class MonthAlreadyFinalised extends Conflict {

    public MonthAlreadyFinalised(Village village, YearMonth month) {
        super(village.getName() + " " + inWords(month) + "的积分已经定稿，不能再更改；如有差错，请在当前月份办理冲正");
    }

    private static String inWords(YearMonth month) {
        YearMonth ym = month;
        return ym.getYear() + "年" + ym.getMonthValue() + "月";
    }
}
