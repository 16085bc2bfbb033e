package org.jifen.scoring;

import java.time.YearMonth;
import java.util.Map;
import org.jifen.problem.Unprocessable;

/**
 * Recording an event would take its village's month past the most entries a month may hold (ADR 0219): a real
 * village's month holds tens of thousands, and a ledger grown far past that makes every later check, overview and
 * household page of the village slow for everyone. The event was not recorded; nothing was written.
 */
public class MonthLedgerFull extends Unprocessable {

    private final String month;
    private final long entries;
    private final long adding;
    private final long atMost;

    public MonthLedgerFull(String villageName, YearMonth month, long entries, long adding, long atMost) {
        super(villageName + " " + month + " 的积分台账已有 " + entries + " 笔积分，这件事还要记入 " + adding
                + " 笔，超过了每个村每个月最多 " + atMost + " 笔的上限，所以这件事没有记录，什么也没有写入。"
                + "一个村一个月通常只有几万笔：如果是方案的很多条规则对同一件事都成立，请先合并它们；"
                + "如果本村这个月确实要记这么多，请联系镇里调整上限。");
        this.month = month.toString();
        this.entries = entries;
        this.adding = adding;
        this.atMost = atMost;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("month", month, "entries", entries, "adding", adding, "atMost", atMost);
    }
}
