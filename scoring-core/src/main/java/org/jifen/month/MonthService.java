package org.jifen.month;

import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jifen.engine.CapWindow;
import org.jifen.finalisation.FinalisedMonths;
import org.jifen.household.HouseholdService;
import org.jifen.plan.RuleSetRule;
import org.jifen.plan.RuleSetRules;
import org.jifen.rules.Awards.Kind;
import org.jifen.scoring.Award;
import org.jifen.scoring.AwardLedger;
import org.jifen.scoring.RuleTotal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a household's month from the ledger and applies the township's arithmetic to it; when a month is finalised,
 * keeps what each household's month counted then, and answers from that from then on.
 */
@Service
public class MonthService {

    private static final TypeReference<List<Adjustment>> ADJUSTMENTS = new TypeReference<>() { };

    private final HouseholdService households;
    private final AwardLedger ledger;
    private final RuleSetRules rules;
    private final FinalisedMonths finalisedMonths;
    private final FinalisedTotalsStore frozen;
    private final JsonMapper json;

    MonthService(HouseholdService households, AwardLedger ledger, RuleSetRules rules, FinalisedMonths finalisedMonths,
            FinalisedTotalsStore frozen, JsonMapper json) {
        this.households = households;
        this.ledger = ledger;
        this.rules = rules;
        this.finalisedMonths = finalisedMonths;
        this.frozen = frozen;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public MonthView view(String villageCode, long householdId, YearMonth month) {
        var household = households.get(villageCode, householdId);
        long villageId = household.getVillageId();
        List<Award> awards = ledger.findByVillageIdAndHouseholdIdAndMonthOrderById(villageId, householdId,
                month.toString());
        boolean finalised = finalisedMonths.existsByVillageIdAndMonth(villageId, month.toString());
        MonthTotals totals = finalised
                ? frozen.findByVillageIdAndHouseholdIdAndMonth(villageId, householdId, month.toString())
                        .map(this::thawed).orElseGet(() -> totals(awards, villageId, householdId, month))
                : totals(awards, villageId, householdId, month);
        return new MonthView(month.toString(), totals.base(), totals.bonus(), totals.total(), totals.vetoed(),
                finalised, awards.stream().map(MonthView.Entry::of).toList(), totals.adjustments());
    }

    /** One household's month, with who the household is: a line of the village's month. */
    public record HouseholdMonth(long householdId, String householdNo, String headName, String group,
            MonthView view) {
    }

    /** The month of every eligible household of the village, by group and 户号: what the group reviews. */
    @Transactional(readOnly = true)
    public List<HouseholdMonth> village(String villageCode, YearMonth month) {
        return households.all(villageCode).stream().filter(household -> household.isEligible())
                .map(household -> new HouseholdMonth(household.id(), household.getHouseholdNo(),
                        household.getHeadName(), household.getGroup(), view(villageCode, household.id(), month)))
                .toList();
    }

    /**
     * Computes the month of each household (and of any other household with entries in it) and keeps the result,
     * within the caller's transaction, which finalises the month.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void freeze(long villageId, YearMonth month, Collection<Long> householdIds) {
        Map<Long, List<Award>> byHousehold = ledger.findByVillageIdAndMonthOrderById(villageId, month.toString())
                .stream().collect(Collectors.groupingBy(Award::getHouseholdId, LinkedHashMap::new,
                        Collectors.toList()));
        Set<Long> all = new LinkedHashSet<>(householdIds);
        all.addAll(byHousehold.keySet());
        for (long householdId : all) {
            MonthTotals totals = totals(byHousehold.getOrDefault(householdId, List.of()), villageId, householdId,
                    month);
            frozen.save(new FinalisedTotals(villageId, householdId, month.toString(), totals,
                    json.writeValueAsString(totals.adjustments())));
        }
    }

    /** The total of each household in each of the months that is finalised: household id → month → total. */
    @Transactional(readOnly = true)
    public Map<Long, Map<String, Integer>> finalisedTotals(long villageId, Collection<String> months) {
        Map<Long, Map<String, Integer>> totals = new HashMap<>();
        frozen.findByVillageIdAndMonthIn(villageId, months).forEach(month -> totals
                .computeIfAbsent(month.getHouseholdId(), id -> new HashMap<>())
                .put(month.getMonth(), month.getTotal()));
        return totals;
    }

    private MonthTotals thawed(FinalisedTotals kept) {
        return new MonthTotals(kept.getBase(), kept.getBonus(), kept.getTotal(), kept.isVetoed(),
                json.readValue(kept.getAdjustments(), ADJUSTMENTS));
    }

    private MonthTotals totals(List<Award> awards, long villageId, long householdId, YearMonth month) {
        return MonthArithmetic.total(
                awards.stream().map(a -> new MonthArithmetic.Line(a.id(), a.getRule(), a.getKind(), a.getPoints(),
                        a.getReversesAwardId())).toList(),
                caps(awards, villageId, householdId, month));
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
