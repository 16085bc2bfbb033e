package org.jifen.month;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jifen.engine.CapWindow;
import org.jifen.rules.Awards.Kind;
import org.jifen.scoring.RuleTotal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The caps that bind a household's month: those its governing version writes (ADR 0057), each with what its rule
 * already asked in the earlier months of a quarterly, yearly or "ever" window, and what it counted in the window's
 * later months that are already finalised (ADR 0218). Rules are matched by name across the window, so a rule that
 * kept its name from one version to the next keeps one window.
 */
@Component
class MonthCaps {

    private final HouseholdMonthSums sums;
    private final LaterFinalised laterFinalised;

    MonthCaps(HouseholdMonthSums sums, LaterFinalised laterFinalised) {
        this.sums = sums;
        this.laterFinalised = laterFinalised;
    }

    /** The windows these caps name beyond the month: those with earlier months to read. */
    static Set<CapWindow> windows(PlanCaps written) {
        return written.byRule().values().stream().map(PlanCaps.Written::window)
                .filter(window -> window != CapWindow.MONTH).collect(Collectors.toSet());
    }

    /**
     * The earlier months of every window these caps name, for each of the months: what {@link HouseholdMonthSums}
     * reads in the statement that reads the months themselves (ADR 0239).
     */
    static Set<HouseholdMonthSums.Span> spans(PlanCaps written, Collection<YearMonth> months) {
        Set<HouseholdMonthSums.Span> spans = new HashSet<>();
        windows(written).forEach(window -> months.forEach(month -> spans.add(
                HouseholdMonthSums.Span.before(window, month))));
        return spans;
    }

    /**
     * The caps of the rules that have entries in the month; the others ask nothing, so no cap of theirs binds. The
     * totals of a window's earlier months come from {@code earlierMonths} (read with the month, or for all of a batch's
     * households at once, ADR 0198, 0239).
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
     * what its later finalised months counted (ADR 0218): the month's cap leaves room for both. {@code finalised} is
     * the village's finalised months where the caller holds them (ADR 0204), null where the database is to be asked.
     */
    Map<Long, List<RuleTotal>> earlier(long villageId, Collection<Long> householdIds, CapWindow window,
            YearMonth month, @Nullable Set<YearMonth> finalised) {
        HouseholdMonthSums.Span span = HouseholdMonthSums.Span.before(window, month);
        return earlier(villageId, householdIds, window, month, finalised,
                sums.of(villageId, householdIds, List.of(), List.of(span)).spans().get(span));
    }

    /** As above, with what the rules asked in the window's earlier months already read ({@code asked}). */
    Map<Long, List<RuleTotal>> earlier(long villageId, Collection<Long> householdIds, CapWindow window,
            YearMonth month, @Nullable Set<YearMonth> finalised, Map<Long, List<RuleTotal>> asked) {
        Map<Long, List<RuleTotal>> totals = new HashMap<>();
        householdIds.forEach(householdId -> totals.put(householdId,
                new ArrayList<>(asked.getOrDefault(householdId, List.of()))));
        laterFinalised.counted(villageId, householdIds, window, month, finalised)
                .forEach((householdId, counted) -> totals.get(householdId).addAll(counted));
        return totals;
    }
}
