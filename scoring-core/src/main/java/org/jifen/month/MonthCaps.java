package org.jifen.month;

import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jifen.engine.CapWindow;
import org.jifen.rules.Awards.Kind;
import org.jifen.scoring.AwardLedger;
import org.jifen.scoring.RuleTotal;
import org.springframework.stereotype.Component;

/**
 * The caps that bind a household's month: those its governing version writes (ADR 0057), each with what its rule
 * already asked in the earlier months of a quarterly, yearly or "ever" window, and what it counted in the window's
 * later months that are already finalised (ADR 0218). Rules are matched by name across the window, so a rule that
 * kept its name from one version to the next keeps one window.
 */
@Component
class MonthCaps {

    private final AwardLedger ledger;
    private final LaterFinalised laterFinalised;

    MonthCaps(AwardLedger ledger, LaterFinalised laterFinalised) {
        this.ledger = ledger;
        this.laterFinalised = laterFinalised;
    }

    /** The caps of the rules that have entries in the month; the others ask nothing, so no cap of theirs binds. */
    Map<String, MonthArithmetic.Cap> of(PlanCaps written, long villageId, long householdId, YearMonth month,
            Collection<String> rulesInMonth) {
        return of(written, month, rulesInMonth, window -> earlier(villageId, List.of(householdId), window, month)
                .get(householdId));
    }

    /**
     * The same, with the totals of a window's earlier months as {@code earlier} gives them (a batch reads them for
     * all of its households at once, ADR 0198).
     */
    Map<String, MonthArithmetic.Cap> of(PlanCaps written, YearMonth month, Collection<String> rulesInMonth,
            Function<CapWindow, List<RuleTotal>> earlierMonths) {
        Map<String, MonthArithmetic.Cap> caps = new HashMap<>();
        Map<CapWindow, List<RuleTotal>> earlier = new HashMap<>();
        for (String rule : rulesInMonth) {
            PlanCaps.Written cap = written.byRule().get(rule);
            if (cap == null || caps.containsKey(rule)) {
                continue;
            }
            List<RuleTotal> totals = cap.window() == CapWindow.MONTH ? List.of()
                    : earlier.computeIfAbsent(cap.window(), earlierMonths).stream()
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

    /**
     * The totals of a window's earlier months, [from, month), of several households in one answer (ADR 0198), with
     * what its later finalised months counted (ADR 0218): the month's cap leaves room for both.
     */
    Map<Long, List<RuleTotal>> earlier(long villageId, Collection<Long> householdIds, CapWindow window,
            YearMonth month) {
        Map<Long, List<RuleTotal>> totals = new HashMap<>();
        householdIds.forEach(householdId -> totals.put(householdId, new java.util.ArrayList<>()));
        for (Object[] row : ledger.totalsBetween(villageId, householdIds, window.start(month), month)) {
            totals.get((Long) row[0]).add(new RuleTotal((String) row[1], (String) row[2], (Kind) row[3],
                    ((Number) row[4]).longValue()));
        }
        laterFinalised.counted(villageId, householdIds, window, month)
                .forEach((householdId, counted) -> totals.get(householdId).addAll(counted));
        return totals;
    }
}
