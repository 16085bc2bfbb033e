package org.jifen.month;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Set;
import org.jifen.rules.Awards.Kind;
import org.jifen.scoring.RuleTotal;
import org.jifen.engine.CompiledPlan;
import org.jifen.engine.FiredAward;
import org.jifen.scoring.Award;
import org.jifen.scoring.AwardLedger;
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

    private final AwardLedger ledger;
    private final MonthCaps caps;

    EventGains(AwardLedger ledger, MonthCaps caps) {
        this.ledger = ledger;
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
                return months.computeIfAbsent(householdId + "/" + month, key -> sums(villageId, householdId, month));
            }
        };
    }

    /**
     * The household's month summed per rule and kind by the database, with its few veto entries: what the arithmetic
     * needs, read in two small answers however many entries the month holds (issue 9, M2).
     */
    private MonthArithmetic.Sums sums(long villageId, long householdId, YearMonth month) {
        Map<String, Long> base = new LinkedHashMap<>();
        Map<String, Long> bonus = new LinkedHashMap<>();
        for (RuleTotal total : ledger.totalsOfMonth(villageId, householdId, month.toString())) {
            (total.kind() == Kind.BASE ? base : total.kind() == Kind.BONUS ? bonus : new HashMap<String, Long>())
                    .merge(total.rule(), total.points(), Long::sum);
        }
        return MonthArithmetic.Sums.of(base, bonus, MonthService.lines(
                ledger.findByVillageIdAndHouseholdIdAndMonthAndKindOrderById(villageId, householdId,
                        month.toString(), Kind.VETO)));
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
        long unsaved = 0;
        for (FiredAward award : awards) {
            // Not stored yet: ids below every stored entry's, which nothing reverses.
            sums.add(MonthArithmetic.Line.of(--unsaved, award.rule(), award.kind(), award.points()));
            MonthTotals next = sums.total(bound);
            counted.add((long) next.total() - after.total());
            after = next;
        }
        return new EventResult.Counted(List.copyOf(counted), new EventResult.Month(after.base(), after.bonus(),
                after.total(), after.vetoed(), (long) after.total() - before.total()));
    }
}
