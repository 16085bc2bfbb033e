package org.jifen.notice;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jifen.problem.Conflict;

/**
 * A quarter's notice is published once all three of its months are finalised (ADR 0086): published earlier, a month
 * still open would never have a notice period of its own, and the board would show "—" for it.
 */
public class QuarterNotFinalised extends Conflict {

    private final List<YearMonth> open;

    public QuarterNotFinalised(Quarter quarter, List<YearMonth> open) {
        super(quarter.label() + "还有月份没有定稿（" + open.stream().map(YearMonth::toString).collect(Collectors.joining("、"))
                + "）：三个月都结束并定稿后才能发布公示，这样每个月的积分都有完整的公示期");
        this.open = List.copyOf(open);
    }

    /** The months of the quarter not finalised yet. */
    @Override
    public Map<String, Object> properties() {
        return Map.of("openMonths", open);
    }
}
