package org.jifen.evaluation;

import java.time.YearMonth;
import java.util.Map;
import org.jifen.problem.Unprocessable;

/**
 * Simulating a version on a month would hold more awards than one re-scoring may (ADR 0194): found from outside, a
 * version of 100 always-true rules over 13,000 events held 1.3 million awards, and six such simulations at once took
 * the shared heap to 1,015 MB. It stopped where the bound was passed, and says how far it had counted (ADR 0217);
 * nothing is written by a simulation anyway.
 */
public class SimulationTooLarge extends Unprocessable {

    private final long awards;
    private final long atMost;

    SimulationTooLarge(YearMonth month, int version, int events, int fired, long awards, long atMost) {
        super("按第 " + version + " 版方案模拟试算 " + month + "：这个月登记的 " + events + " 件事，算到第 " + fired
                + " 件时，这一版给出的积分已有 " + awards + " 笔，超过了一次最多 " + atMost
                + " 笔的上限（数到超过就停下了，实际只会更多；这一版对这个月的每件事给出的积分太多，全镇共用的服务承受不了），"
                + "所以停止了试算。模拟试算不写入任何积分。如果这一版的很多条规则对同一件事都成立，请先合并它们。");
        this.awards = awards;
        this.atMost = atMost;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("awards", awards, "atMost", atMost);
    }
}
