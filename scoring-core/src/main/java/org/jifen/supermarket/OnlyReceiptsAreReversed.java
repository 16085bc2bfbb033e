package org.jifen.supermarket;

import org.jifen.problem.Unprocessable;

/** Write-offs, redemptions and returns have their own ways back; only a receipt is reversed (冲红). */
public class OnlyReceiptsAreReversed extends Unprocessable {

    public OnlyReceiptsAreReversed(long id, StockChange kind) {
        super("库存变动 " + id + " 是「" + kind.label() + "」，只有入库可以冲红"
                + (kind == StockChange.REDEEMED ? "；兑换请撤销兑换" : kind == StockChange.WRITTEN_OFF
                        ? "；报损错了，请把物品重新入库并写明原因" : ""));
    }
}
