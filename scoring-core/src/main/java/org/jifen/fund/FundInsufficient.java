package org.jifen.fund;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.jifen.problem.Conflict;

/**
 * A purchase of more than the fund holds: on its day, or on any later day (a back-dated purchase must not leave a
 * later month of the books closing below zero).
 */
public class FundInsufficient extends Conflict {

    private final BigDecimal balance;
    private final BigDecimal amount;
    private final LocalDate on;

    public FundInsufficient(BigDecimal balance, BigDecimal amount, LocalDate on, LocalDate today) {
        super(on.equals(today)
                ? "奖励资金余额不足：本次支出 " + amount + " 元，现有余额 " + balance + " 元；请先登记资金收入"
                : "奖励资金余额不足：本次支出 " + amount + " 元记在 " + on + "，而从那天起资金余额最少时只有 " + balance
                        + " 元，台账会出现负数；请核对日期，或先登记在那之前收到的资金");
        this.balance = balance;
        this.amount = amount;
        this.on = on;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("balance", balance, "amount", amount, "on", on.toString());
    }
}
