package org.jifen.balance;

import org.jifen.problem.Unprocessable;

/** A yearly reset without the day it happens on. */
public class ResetDayMissing extends Unprocessable {

    public ResetDayMissing() {
        super("每年定期清零需要写明清零日（resetDay，写作 月-日，如 12-31）");
    }
}
