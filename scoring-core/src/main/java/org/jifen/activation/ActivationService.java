package org.jifen.activation;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jifen.access.Actor;
import org.jifen.evaluation.EntryBudget;
import org.jifen.evaluation.MonthRescoring;
import org.jifen.evaluation.RescoringCount;
import org.jifen.evaluation.RescoringSlots;
import org.jifen.finalisation.FinalisedMonths;
import org.jifen.household.Household;
import org.jifen.household.Households;
import org.jifen.month.MonthService;
import org.jifen.month.MonthTotals;
import org.jifen.plan.PlanSchedule;
import org.jifen.plan.PlausibleMonths;
import org.jifen.plan.PlanService;
import org.jifen.plan.PlanSettings;
import org.jifen.plan.PlanVersion;
import org.jifen.plan.RuleSet;
import org.jifen.scoring.ActivePlan;
import org.jifen.scoring.ActivePlans;
import org.jifen.scoring.Ledger;
import org.jifen.village.Village;
import org.jifen.village.VillageNotFound;
import org.jifen.village.Villages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Activates a plan version from a month on (ADR 0055, 0056). Without a month, a village's first version governs
 * every month and a later one from next month on. A month before the next, the current one included, is refused
 * while a finalised month lies at or after it, and otherwise re-scores every open month from it on that holds
 * events or was evaluated. The dry run does all of that in a transaction that is rolled back, so what it shows is
 * exactly what the activation would do.
 */
@Service
public class ActivationService {

    private final Villages villages;
    private final PlanService plans;
    private final ActivePlans activePlans;
    private final FinalisedMonths finalisedMonths;
    private final MonthRescoring rescoring;
    private final MonthService months;
    private final Households households;
    private final Ledger chain;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final long rescoreAtMost;
    private final RescoringSlots slots;

    ActivationService(Villages villages, PlanService plans, ActivePlans activePlans, FinalisedMonths finalisedMonths,
            MonthRescoring rescoring, MonthService months, Households households, Ledger chain,
            TransactionTemplate transactions, Clock clock, PlanSettings settings, RescoringSlots slots) {
        this.slots = slots;
        this.villages = villages;
        this.plans = plans;
        this.activePlans = activePlans;
        this.finalisedMonths = finalisedMonths;
        this.rescoring = rescoring;
        this.months = months;
        this.households = households;
        this.chain = chain;
        this.transactions = transactions;
        this.clock = clock;
        this.rescoreAtMost = settings.rescoreAtMost();
    }

    /** Puts the version in force from the month on (null: the default) and re-scores the open months it reaches. */
    public Activated activate(String villageCode, int version, @Nullable YearMonth from, Actor by) {
        return transactions.execute(status -> activateOnce(villageCode, version, from, by, false));
    }

    /** What {@link #activate} would do, household by household; nothing is kept. */
    public Activated dryRun(String villageCode, int version, @Nullable YearMonth from, Actor by) {
        Activated wouldBe = transactions.execute(status -> {
            Activated activated = activateOnce(villageCode, version, from, by, true);
            status.setRollbackOnly();
            return activated;
        });
        // The version as it stands after the rollback, not as the activation left it inside: a dry run answered
        // status ACTIVE and activatedBy at the top, as if it had been kept (outside tryout, clerk 2).
        PlanVersion standing = transactions.execute(status -> plans.standing(plans.find(villages.findByCode(villageCode)
                .orElseThrow(() -> new VillageNotFound(villageCode)), version)));
        return new Activated(standing, wouldBe.from(), wouldBe.changed(), true, wouldBe.rescored());
    }

    private Activated activateOnce(String villageCode, int version, @Nullable YearMonth asked, Actor by,
            boolean dryRun) {
        Village village = villages.lockByCode(villageCode).orElseThrow(() -> new VillageNotFound(villageCode));
        RuleSet chosen = plans.find(village, version);
        YearMonth current = YearMonth.now(clock);
        PlausibleMonths plausible = PlausibleMonths.around(current);
        if (asked != null && !plausible.contains(asked)) {
            throw new ActivationMonthImplausible(asked, plausible.earliest(), plausible.latest());
        }
        PlanSchedule schedule = plans.schedule(village.id());
        YearMonth from = asked != null ? asked : schedule.isEmpty() ? null : current.plusMonths(1);
        List<YearMonth> finalised = finalisedMonths.monthsFrom(village.id(), from == null ? YearMonth.of(0, 1) : from);
        if (!finalised.isEmpty()) {
            throw new FinalisedMonthsInRange(from, finalised);
        }
        if (schedule.governsFrom(chosen.id(), from)) {
            return new Activated(plans.standing(chosen), from, false, dryRun, List.of());
        }
        // The chain head first: an event recorded meanwhile either committed before (and is re-scored below) or
        // waits and is then scored by the version put in force here (ADR 0056).
        chain.holdHead(village.id());
        List<YearMonth> reached = rescoring.monthsWithEntries(village, from);
        YearMonth first = from == null ? reached.isEmpty() ? current : reached.get(0) : from;
        long entries = rescoring.entriesIn(village, reached);
        if (entries > rescoreAtMost) {
            throw RescoringTooLarge.existing(first, entries, rescoreAtMost, current.plusMonths(1));
        }
        ActivePlan plan = activePlans.compiled(village, chosen);
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String reason = "按第 " + chosen.getVersion() + " 版方案重新计分（" + (from == null ? "适用于所有月份"
                : "自 " + from + " 起适用") + "）：原方案的这条积分撤回";
        if (!reached.isEmpty()) {
            // Only re-scoring takes the village's slot and a share of the township's: a version put in force over
            // months without events (a new village, the demo's first plans) writes nothing and waits for nobody. The
            // share is first what the months hold, which the count reads; then what the act counted (ADR 0217). It
            // goes before the village's simulations, waiting for a running one (ADR 0225).
            RescoringSlots.Held held = slots.activating(village.id(), entries);
            held.growTo(count(village, reached, plan, reason, by, at, entries, first, current));
        }
        Map<YearMonth, Map<Long, MonthTotals>> before = new LinkedHashMap<>();
        reached.forEach(month -> before.put(month, months.village(village.id(), month)));
        plans.putInForce(chosen, from, by, at);
        Map<Long, Household> byId = households.findByVillageIdOrderByGroupAscHouseholdNoAsc(village.id()).stream()
                .collect(Collectors.toMap(Household::id, Function.identity()));
        List<MonthRescored> rescored = new ArrayList<>();
        // Counted already; the budget stays as the writing's own guard (ADR 0194).
        EntryBudget budget = EntryBudget.of(rescoreAtMost);
        budget.spend(entries);
        try {
            for (YearMonth month : reached) {
                MonthRescoring.Rescored done = rescoring.rescore(village, month, plan, reason, by, at, budget);
                rescored.add(report(month, schedule, done, before.get(month), months.village(village.id(), month),
                        byId));
            }
        } catch (EntryBudget.Exceeded tooMany) {
            throw RescoringTooLarge.writing(first, tooMany.spent(), rescoreAtMost, current.plusMonths(1));
        }
        return new Activated(plans.standing(chosen), from, true, dryRun, rescored);
    }


    /**
     * Counts what re-scoring the months would read and write, firing them in memory and writing nothing (ADR 0217);
     * past the bound, refused with how it counted.
     */
    private long count(Village village, List<YearMonth> reached, ActivePlan plan, String reason, Actor by,
            Instant at, long entries, YearMonth first, YearMonth current) {
        RescoringCount count = RescoringCount.of(entries, rescoreAtMost);
        try {
            for (YearMonth month : reached) {
                rescoring.count(village, month, plan, reason, by, at, count);
            }
        } catch (EntryBudget.Exceeded tooMany) {
            throw RescoringTooLarge.counted(first, count, current.plusMonths(1));
        }
        return count.total();
    }

    private static MonthRescored report(YearMonth month, PlanSchedule schedule, MonthRescoring.Rescored done,
            Map<Long, MonthTotals> before, Map<Long, MonthTotals> after, Map<Long, Household> byId) {
        Set<Long> reached = new LinkedHashSet<>(before.keySet());
        reached.addAll(after.keySet());
        List<MonthRescored.Household> rows = new ArrayList<>();
        for (long id : reached) {
            Household household = byId.get(id);
            long was = before.containsKey(id) ? before.get(id).total() : 0;
            long is = after.containsKey(id) ? after.get(id).total() : 0;
            rows.add(new MonthRescored.Household(id, household.getHouseholdNo(), household.getHeadName(),
                    household.getGroup(), was, is, is - was));
        }
        rows.sort(Comparator.comparing(MonthRescored.Household::group)
                .thenComparing(MonthRescored.Household::householdNo));
        return new MonthRescored(month, schedule.governing(month).map(PlanSchedule.Span::version)
                .orElse(null), done.events(), done.eventsRescored(), done.awardsReversed(), done.awardsAdded(),
                done.monthEnd(), (int) rows.stream().filter(row -> row.difference() != 0).count(), rows,
                done.noLongerScored());
    }
}
