package org.jifen.activation;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jifen.problem.Conflict;
import org.jspecify.annotations.Nullable;

/**
 * The version would govern a month that is finalised already: a finalised month is never scored again, so the
 * version can only start after the last of them.
 */
public class FinalisedMonthsInRange extends Conflict {

    private final List<YearMonth> finalised;
    private final YearMonth earliestFrom;

    public FinalisedMonthsInRange(@Nullable YearMonth from, List<YearMonth> finalised) {
        super((from == null ? "这一版方案不写起始月份就会适用于所有月份" : "自 " + from + " 起启用这一版方案")
                + "，会重新计算已经定稿的月份（" + finalised.stream().map(YearMonth::toString).collect(Collectors.joining("、")) + "）；定稿的月份不再改动。请从 "
                + next(finalised) + " 或更晚的月份起启用：{\"from\": \"" + next(finalised) + "\"}");
        this.finalised = List.copyOf(finalised);
        this.earliestFrom = next(finalised);
    }

    private static YearMonth next(List<YearMonth> finalised) {
        return finalised.get(finalised.size() - 1).plusMonths(1);
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("finalisedMonths", finalised, "earliestFrom", earliestFrom);
    }
}
