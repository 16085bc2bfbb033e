package org.jifen.evaluation;

import java.util.Map;
import org.jifen.problem.Unprocessable;

/**
 * A month-end (an evaluation, or the one a finalisation runs) would write more ledger entries than one act may
 * (ADR 0194): found from outside, a plan's always-true rules wrote 100 entries for every event and household, and
 * one act grew a village's ledger by 400,000 entries that every later check had to read. Nothing was written.
 */
public class MonthEndTooLarge extends Unprocessable {

    private final long entries;
    private final long atMost;

    public MonthEndTooLarge(String month, long entries, long atMost) {
        super(month + " 的月末评定要写入至少 " + entries + " 笔积分，超过了一次最多 " + atMost
                + " 笔的上限（全镇共用的服务和台账承受不了），所以没有评定，什么也没有写入。通常是月末规则对每户都成立、"
                + "条数很多（每户每次最多 100 笔）：请合并条件一样或总是成立的月末规则，修改方案后再评定。");
        this.entries = entries;
        this.atMost = atMost;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("entries", entries, "atMost", atMost);
    }
}
