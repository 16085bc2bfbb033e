package org.jifen.activation;

import java.time.YearMonth;
import java.util.Map;
import org.jifen.evaluation.RescoringCount;
import org.jifen.problem.Unprocessable;

/**
 * Putting a version in force from a month re-scores every entry of that month and the later ones in one act (the
 * month must never be half one version, half another, ADR 0056). Past a bound on what the act reads and writes
 * together it is refused rather than risk the service's memory and the village's ledger, which every village shares
 * (ADR 0163, 0194). The refusal says how it counted, each part by name (ADR 0217: a clerk read 「已有的 39000 笔…连同
 * 已有的超过了 100000」 as 78,000). Nothing was changed.
 */
public class RescoringTooLarge extends Unprocessable {

    private final long existing;
    private final long reversed;
    private final long added;
    private final long total;
    private final long atMost;
    private final String earliestFrom;

    private RescoringTooLarge(String why, long existing, long reversed, long added, long total, long atMost,
            YearMonth next) {
        super(why + "请从下一个月起启用：{\"from\": \"" + next + "\"}；已有的月份仍按原方案计分。");
        this.existing = existing;
        this.reversed = reversed;
        this.added = added;
        this.total = total;
        this.atMost = atMost;
        this.earliestFrom = next.toString();
    }

    /** The months hold more entries than the bound already: refused before anything was read. */
    static RescoringTooLarge existing(YearMonth from, long entries, long atMost, YearMonth next) {
        return new RescoringTooLarge("自 " + from + " 起启用这一版方案，要把这些月份已有的 " + entries
                + " 笔积分按新方案重新计算，单是这些就超过了一次最多能重算的 " + atMost
                + " 笔（全镇共用的服务承受不了），所以没有启用，什么也没有改。", entries, 0, 0, entries, atMost, next);
    }

    /**
     * Counted in memory before anything was written: what the months hold, what the new version would take back of
     * it and what it would write anew (its awards, and the month-end run again), until the three passed the bound.
     */
    static RescoringTooLarge counted(YearMonth from, RescoringCount count, YearMonth next) {
        return new RescoringTooLarge("自 " + from + " 起启用这一版方案，要按新方案重新计算这些月份，一次要动用的积分这样数："
                + "这些月份里已有的 " + count.existing() + " 笔 + 其中要撤回的 " + count.reversed() + " 笔 + 新方案要新写入的 "
                + count.added() + " 笔 = " + count.total() + " 笔，超过了一次最多能重算的 " + count.atMost()
                + " 笔（数到超过就停下了，实际只会更多；全镇共用的服务和台账承受不了），所以没有启用，一笔也没有写入，什么也没有改。"
                + "如果新方案的很多条规则对同一件事都成立，请先合并它们。", count.existing(), count.reversed(),
                count.added(), count.total(), count.atMost(), next);
    }

    /** The writing passed the bound after all (the count guards against it): stopped there, everything rolled back. */
    static RescoringTooLarge writing(YearMonth from, long spent, long atMost, YearMonth next) {
        return new RescoringTooLarge("自 " + from + " 起启用这一版方案，按新方案重新计算这些月份时，已有的和写入的积分合计达到 "
                + spent + " 笔，超过了一次最多能重算的 " + atMost + " 笔（全镇共用的服务和台账承受不了），所以停了下来，"
                + "写入的已全部撤销，什么也没有改。", 0, 0, 0, spent, atMost, next);
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("entries", total, "existing", existing, "reversed", reversed,
                "added", added, "atMost", atMost, "earliestFrom", earliestFrom);
    }
}
