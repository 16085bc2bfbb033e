package org.jifen.evaluation;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jifen.engine.CapWindow;
import org.jifen.engine.CompiledPlan;
import org.jifen.engine.FiredAward;
import org.jifen.engine.RuleFailed;
import org.jifen.engine.RuleInfo;
import org.jifen.household.Household;
import org.jifen.household.Households;
import org.jifen.month.EntryPage;
import org.jifen.month.MonthArithmetic;
import org.jifen.month.MonthService;
import org.jifen.plan.PlanFault;
import org.jifen.plan.PlanLibrary;
import org.jifen.plan.PlausibleMonths;
import org.jifen.plan.RuleSet;
import org.jifen.plan.RuleSetNotFound;
import org.jifen.plan.RuleSets;
import org.jifen.scoring.BehaviourEvent;
import org.jifen.scoring.BehaviourEvents;
import org.jifen.scoring.EventTally;
import org.jifen.village.Village;
import org.jifen.village.VillageNotFound;
import org.jifen.village.Villages;
import org.jifen.plan.PlanSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Re-scores a past month's recorded events, and its month-end rules, with a plan version that does not govern it, so
 * that a village sees what a change would mean for each household before it activates it. Writes nothing. The exact
 * effect of activating a version from a month on is the activation's dry run (ADR 0056); this is the rougher
 * comparison for a month the activation could not reach. Month-end
 * rules run only for a month already evaluated; caps apply per month (a quarterly or yearly window is not carried
 * over from earlier months); awards a reviewer rejected are scored again, since the candidate never saw them.
 */
@Service
public class Simulation {

    private final Villages villages;
    private final RuleSets ruleSets;
    private final PlanLibrary plans;
    private final BehaviourEvents events;
    private final Households households;
    private final MonthService months;
    private final JsonMapper json;
    private final MonthEvaluations evaluations;
    private final LatestEvents latestEvents;
    private final long atMost;
    private final Clock clock;
    private final RescoringSlots slots;

    Simulation(Villages villages, RuleSets ruleSets, PlanLibrary plans, BehaviourEvents events,
            Households households, MonthService months, JsonMapper json, MonthEvaluations evaluations,
            LatestEvents latestEvents, PlanSettings settings, Clock clock, RescoringSlots slots) {
        this.slots = slots;
        this.atMost = settings.rescoreAtMost();
        this.clock = clock;
        this.evaluations = evaluations;
        this.latestEvents = latestEvents;
        this.villages = villages;
        this.ruleSets = ruleSets;
        this.plans = plans;
        this.events = events;
        this.households = households;
        this.months = months;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public SimulationReport simulate(String villageCode, int version, YearMonth month) {
        Village village = villages.findByCode(villageCode).orElseThrow(() -> new VillageNotFound(villageCode));
        PlausibleMonths plausible = PlausibleMonths.around(YearMonth.now(clock));
        if (!plausible.contains(month)) {
            throw new SimulationMonthImplausible(month, plausible);
        }
        RuleSet candidate = ruleSets.findByVillageIdAndVersion(village.id(), version)
                .orElseThrow(() -> new RuleSetNotFound(villageCode, version));
        CompiledPlan plan = plans.of(candidate.id());
        Optional<RuleSet> governing = ruleSets.governing(village.id(), month);
        Integer active = governing.map(RuleSet::getVersion).orElse(null);
        CompiledPlan now = governing.map(ruleSet -> plans.of(ruleSet.id())).orElse(null);
        Map<String, Integer> noLongerScored = new TreeMap<>();
        Map<Long, Household> eligible = households.findByVillageIdOrderByGroupAscHouseholdNoAsc(village.id())
                .stream().filter(Household::isEligible).collect(Collectors.toMap(Household::id, Function.identity()));
        // The village's slot, and of the township's entries what the awards it holds grow to, a twentieth of the
        // bound at a time (ADR 0217); none while an activation of the village waits for it (ADR 0225).
        RescoringSlots.Held slot = slots.simulating(village.id(), 0);
        EntryBudget held = EntryBudget.of(atMost);
        List<BehaviourEvent> recorded = events.inMonth(village.id(), month);
        int fired = 0;
        Map<Long, List<FiredAward>> eventAwards = new HashMap<>();
        Map<Long, Integer> scoredEvents = new HashMap<>();
        try {
            for (BehaviourEvent event : recorded) {
                Household household = eligible.get(event.getHouseholdId());
                if (household != null) {
                    List<Object> facts = List.of(EventFacts.of(event, json), household.fact());
                    List<FiredAward> awards = plan.fire(facts);
                    fired++;
                    held.spend(awards.size());
                    if (held.spent() > slot.entries()) {
                        slot.growTo(Math.min(atMost, held.spent() + atMost / 20));
                    }
                    if (awards.isEmpty() && now != null && !now.fire(facts).isEmpty()) {
                        noLongerScored.merge(event.getType(), 1, Integer::sum);
                    }
                    eventAwards.computeIfAbsent(household.id(), id -> new ArrayList<>()).addAll(awards);
                    if (!awards.isEmpty()) {
                        scoredEvents.merge(household.id(), 1, Integer::sum);
                    }
                }
            }
            Map<Long, List<EventTally>> tallies = events.tallies(village.id(), month).stream()
                    .collect(Collectors.groupingBy(EventTally::householdId));
            // Like with like: month-end rules count in the simulation only where they count now, once evaluated.
            boolean evaluated = evaluations.existsByVillageIdAndMonth(village.id(), month);
            Map<Long, Map<String, Map<String, String>>> latest = evaluated
                    ? latestEvents.of(village.id(), month, plan.latestTypes()) : Map.of();
            List<SimulationReport.Household> rows = new ArrayList<>();
            for (Household household : eligible.values()) {
                List<FiredAward> awards = new ArrayList<>(eventAwards.getOrDefault(household.id(), List.of()));
                if (evaluated) {
                    awards.addAll(plan.fire(List.of(MonthSummaries.of(String.valueOf(household.id()), month,
                            tallies.getOrDefault(household.id(), List.of()), List.copyOf(awards),
                            scoredEvents.getOrDefault(household.id(), 0), latest.getOrDefault(household.id(), Map.of())),
                            household.fact())));
                }
                int simulated = total(awards, plan);
                int current = months.view(villageCode, household.id(), month, EntryPage.NONE).total();
                rows.add(new SimulationReport.Household(household.id(), household.getHouseholdNo(),
                        household.getHeadName(), household.getGroup(), current, simulated, simulated - current));
            }
            rows.sort(Comparator.comparing(SimulationReport.Household::group)
                    .thenComparing(SimulationReport.Household::householdNo));
            return new SimulationReport(month, version, active, recorded.size(),
                    (int) rows.stream().filter(row -> row.difference() != 0).count(), rows,
                    NoLongerScored.of(noLongerScored));
        } catch (RuleFailed failed) {
            throw PlanFault.inSimulation(failed, version);
        } catch (EntryBudget.Exceeded tooMany) {
            throw new SimulationTooLarge(month, version, recorded.size(), fired, tooMany.spent(), atMost);
        }
    }

    private static int total(List<FiredAward> awards, CompiledPlan plan) {
        Map<String, MonthArithmetic.Cap> caps = new HashMap<>();
        for (RuleInfo rule : plan.rules().values()) {
            if (rule.cap() != null) {
                caps.put(rule.name(), new MonthArithmetic.Cap(rule.cap(), CapWindow.MONTH, Map.of(), rule.capBy(),
                        Map.of()));
            }
        }
        List<MonthArithmetic.Line> lines = new ArrayList<>();
        long id = 0;
        for (FiredAward award : awards) {
            lines.add(new MonthArithmetic.Line(++id, award.rule(), award.kind(), award.points(), null,
                    award.capKey()));
        }
        return MonthArithmetic.total(lines, caps).total();
    }
}
