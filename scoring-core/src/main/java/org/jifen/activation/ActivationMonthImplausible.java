package org.jifen.activation;

import java.time.YearMonth;
import org.jifen.problem.Unprocessable;

/** A month to activate from that must be a typing mistake: further back than events may be, or too far ahead. */
public class ActivationMonthImplausible extends Unprocessable {

    public ActivationMonthImplausible(YearMonth from, YearMonth earliest, YearMonth latest) {
        super("启用月份 " + from + " 不合理：只能从 " + earliest + " 到 " + latest + " 之间的月份起启用（本月之前的月份会按新方案"
                + "重新计分，之后的月份到时起用）");
    }
}
