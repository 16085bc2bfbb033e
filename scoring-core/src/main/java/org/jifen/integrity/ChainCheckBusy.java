package org.jifen.integrity;

import org.jifen.problem.Busy;

/**
 * Every chain check the service allows at once is running: a check reads a whole village's ledger (or the audit log)
 * and holds a database connection while it does, so a handful of them at once would starve everyone else.
 */
public class ChainCheckBusy extends Busy {

    ChainCheckBusy() {
        this("正在核对其他台账，请稍后再试（核对一本台账要把它从头读一遍，同时只能进行 " + HashChain.CONCURRENT_CHECKS + " 个）");
    }

    private ChainCheckBusy(String detail) {
        super(detail, 10);
    }

    static ChainCheckBusy ofTheSameOwner() {
        return new ChainCheckBusy("这本台账正在核对中，请等这次核对完成后再试（同一本台账同时只核对一次）");
    }
}
