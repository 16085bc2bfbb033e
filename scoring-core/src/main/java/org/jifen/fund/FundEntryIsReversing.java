package org.jifen.fund;

import org.jifen.problem.Unprocessable;

/** A reversing entry is not itself reversed: the mistake it corrected is entered again instead. */
public class FundEntryIsReversing extends Unprocessable {

    public FundEntryIsReversing(long id) {
        super("收支记录 " + id + " 本身是一笔冲红，不能再冲红；冲红错了，请按原来的内容重新登记一笔");
    }
}
