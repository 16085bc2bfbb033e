package org.jifen.fund;

import java.math.BigDecimal;
import java.util.Map;
import org.jifen.problem.Conflict;

/** Taking back income that has (partly) been spent: the fund would go below zero. */
public class FundReversalOverdraws extends Conflict {

    private final BigDecimal balance;
    private final BigDecimal amount;

    public FundReversalOverdraws(BigDecimal amount, BigDecimal balance) {
        super("这笔收入 " + amount + " 元冲红后，奖励资金余额会变成负数（现有余额 " + balance + " 元）：钱已用于支出。"
                + "请先登记实际收到的金额，再冲红这笔");
        this.balance = balance;
        this.amount = amount;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("balance", balance, "amount", amount);
    }
}
