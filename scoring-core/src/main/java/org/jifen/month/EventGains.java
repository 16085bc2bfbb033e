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
            Runnable beforeRead) {
        return new Together() {
            /** Each household's month, read for all the pairs at once the first time one is needed. */
            private @Nullable Map<String, MonthArithmetic.Sums> sums;
            /** The earlier months of a cap's window, by window and month, read for all the households at once. */
            private final Map<String, Map<Long, List<RuleTotal>>> windows = new HashMap<>();
            /** Window and household pairs whose earlier months this transaction has added entries to. */
            private final Set<String> changed = new HashSet<>();

            @Override
            public EventResult.Counted of(long householdId, YearMonth month, CompiledPlan plan,
                    List<FiredAward> awards) {
                return counted(read(householdId, month), month, plan, awards,
                        window -> earlier(householdId, window, month));
            }

            @Override
            public void stored(long householdId, YearMonth month, List<Award> awards) {
                MonthService.lines(awards).forEach(read(householdId, month)::add);
                windows.keySet().stream().filter(key -> covers(key, month))
                        .forEach(key -> changed.add(key + "/" + householdId));
            }

            private MonthArithmetic.Sums read(long householdId, YearMonth month) {
                if (sums == null) {
                    beforeRead.run();
                    sums = monthSums.of(villageId, householdIds, months);
                }
                return sums.computeIfAbsent(HouseholdMonthSums.key(householdId, month), key -> {
                    beforeRead.run();
                    return monthSums.of(villageId, householdId, month);
                });
            }

            private List<RuleTotal> earlier(long householdId, CapWindow window, YearMonth month) {
                String key = window.start(month) + "/" + month;
                if (changed.contains(key + "/" + householdId) || !householdIds.contains(householdId)) {
                    // Read again: the database sees the entries this transaction stored in those months.
                    beforeRead.run();
                    return caps.earlier(villageId, List.of(householdId), window, month).get(householdId);
                }
                return windows.computeIfAbsent(key, read -> {
                    beforeRead.run();
                    return caps.earlier(villageId, householdIds, window, month);
                }).get(householdId);
            }

            /** Whether entries of {@code month} count in the earlier months of the window {@code key} names. */
            private static boolean covers(String key, YearMonth month) {
                String[] fromTo = key.split("/");
                return YearMonth.parse(fromTo[0]).compareTo(month) <= 0 && month.isBefore(YearMonth.parse(fromTo[1]));
            }
        };
    }

    private EventResult.Counted counted(MonthArithmetic.Sums stored, YearMonth month, CompiledPlan plan,
            List<FiredAward> awards, Function<CapWindow, List<RuleTotal>> earlierMonths) {
        MonthArithmetic.Sums sums = stored.copy();
        Set<String> rules = sums.rules();
        awards.forEach(award -> rules.add(award.rule()));
        var bound = caps.of(PlanCaps.of(plan), month, rules, earlierMonths);
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
            if (gained != award.points() && award.kind() != Kind.VETO) {
                notices.addAll(why(after, next, award.rule()));
            }
            after = next;
        }
        return new EventResult.Counted(List.copyOf(counted), new EventResult.Month(after.base(), after.bonus(),
                after.total(), after.vetoed(), (long) after.total() - before.total()), List.copyOf(notices));
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
