package org.jifen.activation;

import java.time.YearMonth;
import java.util.Map;
import org.jifen.problem.Unprocessable;

/**
 * Putting a version in force from a month re-scores every entry of that month and the later ones in one act (the
 * month must never be half one version, half another, ADR 0056), and that act holds them all in memory. Past a
 * bound the act is refused rather than risk the service's memory, which every village shares (found from outside:
 * 500,000 entries took the service down, ADR 0163). Nothing was changed.
 */
public class RescoringTooLarge extends Unprocessable {

    private final long entries;
    private final long atMost;
    private final String earliestFrom;

    public RescoringTooLarge(YearMonth from, long entries, long atMost, YearMonth next) {
        this("自 " + from + " 起启用这一版方案，要把这些月份已有的 " + entries + " 笔积分按新方案重新计算，超过了一次最多能重算的 "
                + atMost + " 笔（全镇共用的服务承受不了），所以没有启用，什么也没有改。", entries, atMost, next);
    }

    private RescoringTooLarge(String why, long entries, long atMost, YearMonth next) {
        super(why + "请从下一个月起启用：{\"from\": \"" + next + "\"}；已有的月份仍按原方案计分。");
        this.entries = entries;
        this.atMost = atMost;
        this.earliestFrom = next.toString();
    }

    /**
     * The months held few entries, but the new version would write so many (its rules give many awards for each of
     * the months' events, ADR 0194) that the entries read and written together pass the bound: the act stopped there
     * and kept nothing.
     */
    static RescoringTooLarge writing(YearMonth from, long entries, long atMost, YearMonth next) {
        return new RescoringTooLarge("自 " + from + " 起启用这一版方案，要把这些月份已有的 " + entries
                + " 笔积分按新方案重新计算，新方案要写入的积分连同已有的超过了一次最多 " + atMost
                + " 笔的上限（新方案对这些月份的每件事给出的积分太多，全镇共用的服务和台账承受不了），所以没有启用，什么也没有改。"
                + "如果新方案的很多条规则对同一件事都成立，请先合并它们。", entries, atMost, next);
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("entries", entries, "atMost", atMost, "earliestFrom", earliestFrom);
    }
}
