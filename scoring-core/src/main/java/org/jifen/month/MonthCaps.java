package org.jifen.month;

import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jifen.engine.CapWindow;
import org.jifen.rules.Awards.Kind;
import org.jifen.scoring.AwardLedger;
import org.jifen.scoring.RuleTotal;
import org.springframework.stereotype.Component;

/**
 * The caps that bind a household's month: those its governing version writes (ADR 0057), each with what its rule
 * already asked in the earlier months of a quarterly or yearly window. Rules are matched by name across the window,
 * so a rule that kept its name from one version to the next keeps one window.
 */
@Component
class MonthCaps {

    private final AwardLedger ledger;

    MonthCaps(AwardLedger ledger) {
        this.ledger = ledger;
    }

    /** The caps of the rules that have entries in the month; the others ask nothing, so no cap of theirs binds. */
    Map<String, MonthArithmetic.Cap> of(PlanCaps written, long villageId, long householdId, YearMonth month,
            Collection<String> rulesInMonth) {
        Map<String, MonthArithmetic.Cap> caps = new HashMap<>();
        Map<CapWindow, List<RuleTotal>> earlier = new HashMap<>();
        for (String rule : rulesInMonth) {
            PlanCaps.Written cap = written.byRule().get(rule);
            if (cap == null || caps.containsKey(rule)) {
                continue;
            }
            List<RuleTotal> totals = cap.window() == CapWindow.MONTH ? List.of()
                    : earlier.computeIfAbsent(cap.window(), window -> ledger.totalsBetween(villageId, householdId,
                                    window.start(month), month)).stream()
                            .filter(total -> total.rule().equals(rule)).toList();
            Map<Kind, Long> before = totals.stream()
                    .collect(Collectors.toMap(RuleTotal::kind, RuleTotal::points, Long::sum));
            // Entries without a key (written before the rule was capped by an attribute) count as one value.
            Map<String, Map<Kind, Long>> byKey = totals.stream().collect(Collectors.groupingBy(
                    total -> total.capKey() == null ? "" : total.capKey(),
                    Collectors.toMap(RuleTotal::kind, RuleTotal::points, Long::sum)));
            caps.put(rule, new MonthArithmetic.Cap(cap.limit(), cap.window(), before, cap.by(), byKey));
        }
        return caps;
    }
}
