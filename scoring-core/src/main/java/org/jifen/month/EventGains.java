package org.jifen.month;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jifen.engine.CapWindow;
import org.jifen.engine.CompiledPlan;
import org.jifen.engine.FiredAward;
import org.jifen.rules.Awards.Kind;
import org.jifen.scoring.Award;
import org.jifen.scoring.EventResult;
import org.jifen.scoring.MonthGains;
import org.jifen.scoring.RuleTotal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What an event's awards count in the household's month (ADR 0058): the month is folded without them, then with
 * each in turn, so that every award is answered with what it added after the caps of the governing version, the
 * base's 0..100, the bonus's floor and a veto, and the awards' counts add up to what the month gained.
 */
@Component
class EventGains implements MonthGains {

    private final HouseholdMonthSums monthSums;
    private final MonthCaps caps;

    EventGains(HouseholdMonthSums monthSums, MonthCaps caps) {
        this.monthSums = monthSums;
        this.caps = caps;
    }

    @Override
    public Together together(long villageId, Collection<Long> householdIds, Collection<YearMonth> months,
            Set<YearMonth> finalised) {
        return new Together() {
            /** Each household's month, read for all the pairs at once the first time one is needed. */
            private @Nullable Map<String, MonthArithmetic.Sums> sums;
            /** The earlier months of a cap's window, by window and month, read for all the households at once. */
            private final Map<WindowOf, Map<Long, List<RuleTotal>>> windows = new HashMap<>();
            /** Windows, months and households whose earlier months this transaction has added entries to. */
            private final Set<Map.Entry<WindowOf, Long>> changed = new HashSet<>();
            /** The caps of each plan version met, by identity: the same few versions for every event. */
            private final Map<CompiledPlan, PlanCaps> caps = new IdentityHashMap<>();

            @Override
            public EventResult.Counted of(long householdId, YearMonth month, CompiledPlan plan,
                    List<FiredAward> awards) {
                PlanCaps written = caps.computeIfAbsent(plan, PlanCaps::of);
                return counted(read(householdId, month, written), month, written, plan.monthEndBase(), awards,
                        window -> earlier(householdId, window, month));
            }

            @Override
            public void stored(long householdId, YearMonth month, List<Award> awards) {
                MonthService.lines(awards).forEach(sums(householdId, month)::add);
                windows.keySet().stream().filter(key -> key.span().covers(month))
                        .forEach(key -> changed.add(Map.entry(key, householdId)));
            }

            /**
             * The household's month. The first read is of every pair, with the earlier months of every window the
             * plan's caps name for the transaction's months, in one statement (ADR 0239).
             */
            private MonthArithmetic.Sums read(long householdId, YearMonth month, PlanCaps written) {
                if (sums == null) {
                    HouseholdMonthSums.Read read = monthSums.of(villageId, householdIds, months,
                            MonthCaps.spans(written, months));
                    sums = new HashMap<>(read.months());
                    for (CapWindow window : MonthCaps.windows(written)) {
                        for (YearMonth each : months) {
                            windows.put(new WindowOf(window, each), EventGains.this.caps.earlier(villageId, householdIds,
                                    window, each, finalised,
                                    read.spans().get(HouseholdMonthSums.Span.before(window, each))));
                        }
                    }
                }
                return sums(householdId, month);
            }

            private MonthArithmetic.Sums sums(long householdId, YearMonth month) {
                return Objects.requireNonNull(sums).computeIfAbsent(HouseholdMonthSums.key(householdId, month),
                        key -> monthSums.of(villageId, List.of(householdId), List.of(month), List.of()).months()
                                .get(key));
            }

            private List<RuleTotal> earlier(long householdId, CapWindow window, YearMonth month) {
                WindowOf key = new WindowOf(window, month);
                if (changed.contains(Map.entry(key, householdId)) || !householdIds.contains(householdId)) {
                    // Read again: the totals read include what this transaction stored in those months (ADR 0261).
                    return EventGains.this.caps.earlier(villageId, List.of(householdId), window, month, finalised)
                            .get(householdId);
                }
                return windows.computeIfAbsent(key, read -> EventGains.this.caps.earlier(villageId, householdIds,
                        window, month, finalised)).get(householdId);
            }
        };
    }

    /** A cap's window as it holds a month: its earlier months are the span before the month. */
    private record WindowOf(CapWindow window, YearMonth month) {

        HouseholdMonthSums.Span span() {
            return HouseholdMonthSums.Span.before(window, month);
        }
    }

    private EventResult.Counted counted(MonthArithmetic.Sums stored, YearMonth month, PlanCaps written,
            Map<String, Integer> monthEndBase, List<FiredAward> awards,
            Function<CapWindow, List<RuleTotal>> earlierMonths) {
        MonthArithmetic.Sums sums = stored.copy();
        Set<String> rules = sums.rules();
        // The plan adds its base at the month's evaluation, which has not given it to this household yet (ADR 0251).
        boolean baseToCome = MonthEndBaseWords.toCome(monthEndBase, stored.rules());
        List<@Nullable Long> atMonthEnd = new ArrayList<>();
        awards.forEach(award -> rules.add(award.rule()));
        var bound = caps.of(written, month, rules, earlierMonths);
        MonthTotals before = sums.total(bound);
        MonthTotals after = before;
        List<Long> counted = new ArrayList<>();
        Set<String> notices = new java.util.LinkedHashSet<>();
        long unsaved = 0;
        for (FiredAward award : awards) {
            // Not stored yet: ids below every stored entry's, which nothing reverses.
            sums.add(new MonthArithmetic.Line(--unsaved, award.rule(), award.kind(), award.points(), null,
                    award.capKey()));
            MonthTotals next = sums.total(bound);
            long gained = (long) next.total() - after.total();
            counted.add(gained);
            long held = baseToCome && award.kind() == Kind.BASE && !next.vetoed()
                    ? baseFloor(next) - baseFloor(after) : 0;
            atMonthEnd.add(held > 0 ? held : null);
            if (gained != award.points() && award.kind() != Kind.VETO) {
                List<String> why = why(after, next, award.rule());
                if (held > 0) {
                    why = why.stream().filter(said -> !said.startsWith(MonthArithmetic.BASE_FLOOR)).toList();
                    notices.add(MonthEndBaseWords.event(held, monthEndBase));
                }
                notices.addAll(why);
            }
            after = next;
        }
        return new EventResult.Counted(List.copyOf(counted), new EventResult.Month(after.base(), after.bonus(),
                after.total(), after.vetoed(), (long) after.total() - before.total()), List.copyOf(notices),
                atMonthEnd.stream().anyMatch(java.util.Objects::nonNull) ? atMonthEnd : null);
    }

    /** What the base's floor of 0 holds back in the month: the deductions beyond its base points so far. */
    private static long baseFloor(MonthTotals totals) {
        return totals.adjustments().stream().filter(MonthEndBaseWords::baseFloor).mapToLong(Adjustment::points).sum();
    }

    /**
     * Why an award counts other than it asked, as the month's page says it (clerk tryout 3): its rule's cap, the
     * month's ceiling or floor, a veto. Only what this award changed: a bonus floor already in the month does not
     * explain a base award.
     */
    private static List<String> why(MonthTotals before, MonthTotals after, String rule) {
        return after.adjustments().stream()
                .filter(adjustment -> adjustment.rule() == null || adjustment.rule().equals(rule))
                .filter(adjustment -> !before.adjustments().contains(adjustment))
                .map(Adjustment::explanation).toList();
    }
}
