package org.jifen.month;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * How a deduction is said in a month whose plan adds base points at its evaluation (「月度基础分」, ADR 0251) and
 * that was not evaluated yet: the base's floor of 0 holds the deduction back until then, so it is said to be recorded
 * and to be taken from those base points, not to count nothing.
 */
final class MonthEndBaseWords {

    private MonthEndBaseWords() {
    }

    /** Whether the plan adds base points at month-end and this month, by its rules, has not had them yet. */
    static boolean toCome(Map<String, Integer> monthEndBase, Set<String> monthRules) {
        return !monthEndBase.isEmpty() && Collections.disjoint(monthRules, monthEndBase.keySet());
    }

    /** What staff are told of one event's deduction held back until the month-end base. */
    static String event(long held, Map<String, Integer> monthEndBase) {
        return "这次扣的 " + held + " 分已经记下，月末评定时从基础分里扣除：" + base(monthEndBase)
                + "。月末评定之前，本月基础分最低只显示到 0 分，所以现在看不出变化";
    }

    /** The month's base floor, said for a month whose base is still to come; other months' totals as they are. */
    static MonthTotals untilEvaluated(MonthTotals totals, Set<String> monthRules,
            Supplier<Map<String, Integer>> monthEndBase) {
        boolean floored = totals.adjustments().stream().anyMatch(MonthEndBaseWords::baseFloor);
        if (!floored || totals.vetoed()) {
            return totals;
        }
        Map<String, Integer> rules = monthEndBase.get();
        if (!toCome(rules, monthRules)) {
            return totals;
        }
        List<Adjustment> said = totals.adjustments().stream().map(adjustment -> !baseFloor(adjustment) ? adjustment
                : new Adjustment(adjustment.reason(), adjustment.rule(), adjustment.points(),
                        "本月扣分 " + adjustment.points() + " 分已经记下，月末评定时从基础分里扣除：" + base(rules)
                                + "；评定之前基础分最低只显示到 0 分", adjustment.kind(), adjustment.capKey()))
                .toList();
        return new MonthTotals(totals.base(), totals.bonus(), totals.total(), totals.vetoed(), said);
    }

    /** The base's floor of 0 (not the bonus's). */
    static boolean baseFloor(Adjustment adjustment) {
        return adjustment.reason() == Adjustment.Reason.FLOOR
                && adjustment.explanation().startsWith(MonthArithmetic.BASE_FLOOR);
    }

    private static String base(Map<String, Integer> monthEndBase) {
        int points = monthEndBase.values().stream().mapToInt(Integer::intValue).sum();
        return "本村方案在月末评定时给每户加基础分 " + points + " 分（"
                + monthEndBase.keySet().stream().map(rule -> "「" + rule + "」").collect(Collectors.joining("、")) + "）";
    }
}
