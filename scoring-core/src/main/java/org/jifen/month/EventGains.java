package org.jifen.month;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jifen.engine.CompiledPlan;
import org.jifen.engine.FiredAward;
import org.jifen.rules.Awards.Kind;
import org.jifen.scoring.Award;
import org.jifen.scoring.EventResult;
import org.jifen.scoring.MonthGains;
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
    public Together together(long villageId) {
        Map<String, MonthArithmetic.Sums> months = new HashMap<>();
        return new Together() {
            @Override
            public EventResult.Counted of(long householdId, YearMonth month, CompiledPlan plan,
                    List<FiredAward> awards) {
                return counted(read(householdId, month), villageId, householdId, month, plan, awards);
            }

            @Override
            public void stored(long householdId, YearMonth month, List<Award> awards) {
                MonthArithmetic.Sums sums = read(householdId, month);
                MonthService.lines(awards).forEach(sums::add);
            }

            private MonthArithmetic.Sums read(long householdId, YearMonth month) {
                return months.computeIfAbsent(householdId + "/" + month, key -> monthSums.of(villageId, householdId, month));
            }
        };
    }

    private EventResult.Counted counted(MonthArithmetic.Sums stored, long villageId, long householdId,
            YearMonth month, CompiledPlan plan, List<FiredAward> awards) {
        MonthArithmetic.Sums sums = stored.copy();
        Set<String> rules = sums.rules();
        awards.forEach(award -> rules.add(award.rule()));
        var bound = caps.of(PlanCaps.of(plan), villageId, householdId, month, rules);
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
