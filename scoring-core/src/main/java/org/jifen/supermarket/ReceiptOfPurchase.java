package org.jifen.supermarket;

import java.util.Map;
import org.jifen.problem.Unprocessable;

/** Goods bought with the fund are taken back with their purchase, so the money and the goods agree. */
public class ReceiptOfPurchase extends Unprocessable {

    private final long fundEntry;

    public ReceiptOfPurchase(long id, long fundEntry) {
        super("入库 " + id + " 是用奖励资金购买的物品（资金支出 " + fundEntry + "）：请冲红那笔资金支出，钱和物品一起冲回");
        this.fundEntry = fundEntry;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("fundEntry", fundEntry);
    }
}
