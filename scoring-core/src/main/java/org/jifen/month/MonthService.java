package org.jifen.month;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jifen.engine.CapWindow;
import org.jifen.household.HouseholdService;
import org.jifen.plan.RuleSetRule;
import org.jifen.plan.RuleSetRules;
import org.jifen.rules.Awards.Kind;
import org.jifen.scoring.Award;
import org.jifen.scoring.AwardLedger;
import org.jifen.scoring.RuleTotal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a household's month from the ledger and applies the township's arithmetic to it. */
@Service
public class MonthService {

    private final HouseholdService households;
    private final AwardLedger ledger;
    private final RuleSetRules rules;

    MonthService(HouseholdService households, AwardLedger ledger, RuleSetRules rules) {
        this.households = households;
        this.ledger = ledger;
        this.rules = rules;
    }

    @Transactional(readOnly = true)
    public MonthView view(String villageCode, long householdId, YearMonth month) {
        var household = households.get(villageCode, householdId);
        List<Award> awards = ledger.findByVillageIdAndHouseholdIdAndMonthOrderById(household.getVillageId(),
                householdId, month.toString());
        MonthTotals totals = MonthArithmetic.total(
                awards.stream().map(a -> new MonthArithmetic.Line(a.getRule(), a.getKind(), a.getPoints())).toList(),
                caps(awards, household.getVillageId(), householdId, month));
        return new MonthView(month.toString(), totals.base(), totals.bonus(), totals.total(), totals.vetoed(), false,
                awards.stream().map(MonthView.Entry::of).toList(), totals.adjustments());
    }

    /** The cap of each capped rule in the month, as written in the latest plan version that granted it. */
    private Map<String, MonthArithmetic.Cap> caps(List<Award> awards, long villageId, long householdId,
            YearMonth month) {
        Set<Long> versions = awards.stream().map(Award::getRuleSetId).collect(Collectors.toSet());
        if (versions.isEmpty()) {
            return Map.of();
        }
        Map<String, RuleSetRule> written = new HashMap<>();
        rules.findByRuleSetIdIn(versions).stream()
                .sorted(Comparator.comparingLong(RuleSetRule::getRuleSetId))
                .forEach(rule -> written.put(rule.getName(), rule));
        Map<String, MonthArithmetic.Cap> caps = new HashMap<>();
        Map<CapWindow, List<RuleTotal>> earlier = new HashMap<>();
        for (RuleSetRule rule : written.values()) {
            Integer limit = rule.getCap();
            if (limit == null) {
                continue;
            }
            CapWindow window = rule.getCapWindow();
            Map<Kind, Long> before = window == CapWindow.MONTH ? Map.of()
                    : earlier.computeIfAbsent(window, w -> ledger.totalsBetween(villageId, householdId,
                                    w.start(month).toString(), month.toString())).stream()
                            .filter(total -> total.rule().equals(rule.getName()))
                            .collect(Collectors.toMap(RuleTotal::kind, RuleTotal::points));
            caps.put(rule.getName(), new MonthArithmetic.Cap(limit, window, before));
        }
        return caps;
    }
}
