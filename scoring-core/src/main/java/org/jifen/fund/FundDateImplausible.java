package org.jifen.fund;

import java.time.LocalDate;
import org.jifen.problem.Unprocessable;

/** Money received or spent so long ago that the date must be a typing mistake (1990 for 2026). */
public class FundDateImplausible extends Unprocessable {

    public FundDateImplausible(LocalDate on, LocalDate oldest) {
        super("日期 " + on + " 不合理：奖励资金的收支不能早于 " + oldest + "（5 年前），多半是年份打错了");
    }
}
