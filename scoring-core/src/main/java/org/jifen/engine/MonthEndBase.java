package org.jifen.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * The base points a plan adds to every household at the month's evaluation (ADR 0251): the rules-guide's 「每户每月起始
 * 100 分」 recipe, a rule whose only condition is the month's summary, with no constraint, and that adds a number of base
 * points. Until the month is evaluated such a household's base is its deductions floored at 0, so staff are told that a
 * deduction is recorded and will be taken from that base, not that it counted nothing. A month-end rule with a
 * condition (本月无扣分) is not one: whether it adds anything depends on the month.
 */
final class MonthEndBase {

    /** An addition of base points, as written or as the rule-file check rewrote it ({@code 100L}). */
    private static final Pattern ADDS = Pattern.compile("awards\\.add\\s*\\(\\s*\\(?\\s*(\\d{1,6})[lL]?\\s*\\)?\\s*,");

    private MonthEndBase() {
    }

    /** The base points each of the plan's unconditional month-end rules adds, by rule name; empty where none does. */
    static Map<String, Integer> of(List<RuleSource> sources) {
        Map<String, Integer> rules = new LinkedHashMap<>();
        for (RuleSource source : sources) {
            for (RuleDescr rule : source.descr().getRules()) {
                if (unconditionalMonthEnd(rule)) {
                    long points = 0;
                    Matcher adds = ADDS.matcher(String.valueOf(rule.getConsequence()));
                    while (adds.find()) {
                        points += Long.parseLong(adds.group(1));
                    }
                    if (points > 0) {
                        rules.put(rule.getName(), (int) Math.min(points, CompiledPlan.MAX_AWARD_POINTS));
                    }
                }
            }
        }
        return rules;
    }

    private static boolean unconditionalMonthEnd(RuleDescr rule) {
        if (rule.getLhs() == null || rule.getLhs().getDescrs().size() != 1) {
            return false;
        }
        BaseDescr only = rule.getLhs().getDescrs().get(0);
        return only instanceof PatternDescr pattern && pattern.getSource() == null
                && (pattern.getObjectType().equals("MonthSummary") || pattern.getObjectType().endsWith(".MonthSummary"))
                && pattern.getConstraint().getDescrs().isEmpty();
    }
}
