package org.jifen.scoring;

import java.time.LocalDate;
import org.jifen.problem.Unprocessable;

/** An event dated in the future, or so long ago that it must be a typing mistake. */
public class ImplausibleDate extends Unprocessable {

    public ImplausibleDate(LocalDate occurredOn, LocalDate today, int oldestYears) {
        super("事件日期 " + occurredOn + " 不合理：不能晚于今天（" + today + "），也不能早于 " + oldestYears + " 年前");
    }
}
