package org.jifen.fund;

import java.time.LocalDate;
import org.jifen.problem.Unprocessable;

/** Money received or spent on a day still to come. */
public class NotYetHappened extends Unprocessable {

    public NotYetHappened(LocalDate on, LocalDate today) {
        super("日期 " + on + " 晚于今天（" + today + "）：只能登记已经发生的收支");
    }
}
