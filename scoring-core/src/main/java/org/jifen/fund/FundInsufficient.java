package org.jifen.fund;

import java.math.BigDecimal;
import java.util.Map;
import org.jifen.problem.Conflict;

/** A purchase of more than the fund holds. */
public class FundInsufficient extends Conflict {

    private final BigDecimal balance;
    private final BigDecimal amount;

    public FundInsufficient(BigDecimal balance, BigDecimal amount) {
        super("奖励资金余额不足：本次支出 " + amount + " 元，现有余额 " + balance + " 元；请先登记资金收入");
        this.balance = balance;
        this.amount = amount;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("balance", balance, "amount", amount);
    }
}
