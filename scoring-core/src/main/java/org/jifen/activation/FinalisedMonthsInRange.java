package org.jifen.activation;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jifen.problem.Conflict;

/**
 * The version would govern a month that is finalised already: a finalised month is never scored again, so the
 * version can only start after the last of them.
 */
public class FinalisedMonthsInRange extends Conflict {

    private final List<String> finalised;
    private final String earliestFrom;

    public FinalisedMonthsInRange(String from, List<String> finalised) {
        super((from.isEmpty() ? "这一版方案不写起始月份就会适用于所有月份" : "自 " + from + " 起启用这一版方案")
                + "，会重新计算已经定稿的月份（" + String.join("、", finalised) + "）；定稿的月份不再改动。请从 "
                + next(finalised) + " 或更晚的月份起启用：{\"from\": \"" + next(finalised) + "\"}");
        this.finalised = List.copyOf(finalised);
        this.earliestFrom = next(finalised);
    }

    private static String next(List<String> finalised) {
        return YearMonth.parse(finalised.get(finalised.size() - 1)).plusMonths(1).toString();
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("finalisedMonths", finalised, "earliestFrom", earliestFrom);
    }
}
