package org.jifen.fund;

import java.time.LocalDate;
import org.jifen.problem.Unprocessable;

/**
 * Goods for the supermarket bought on a day of an earlier month: they enter stock the day they are recorded, so the
 * money and the goods would land in different months of the books.
 */
public class GoodsBoughtBeforeThisMonth extends Unprocessable {

    public GoodsBoughtBeforeThisMonth(LocalDate on, LocalDate firstOfMonth) {
        super("购入超市物品的日期 " + on + " 早于本月（" + firstOfMonth + " 起）：物品在登记之日入库，"
                + "钱和货须记在台账的同一个月。请填本月的日期（不填即今天）");
    }
}
