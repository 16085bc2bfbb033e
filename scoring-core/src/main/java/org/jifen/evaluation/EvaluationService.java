package org.jifen.evaluation;

import io.micrometer.core.annotation.Timed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jifen.access.Actor;
import org.jifen.engine.FiredAward;
import org.jifen.finalisation.FinalisedMonth;
import org.jifen.finalisation.FinalisedMonths;
import org.jifen.finalisation.MonthAlreadyFinalised;
import org.jifen.finalisation.MonthNotOver;
import org.jifen.finalisation.SignOffSheetService;
import org.jifen.finalisation.SignOffSheetView;
import org.jifen.group.GroupMember;
import org.jifen.group.GroupMembers;
import org.jifen.household.Household;
import org.jifen.month.MonthService;
import org.jifen.plan.PlanSettings;
import org.jifen.scoring.ActivePlan;
import org.jifen.scoring.ActivePlans;
import org.jifen.scoring.Award;
import org.jifen.scoring.Ledger;
import org.jifen.village.VillageLocks;
import org.jifen.village.Village;
import org.jifen.village.VillageNotFound;
import org.jifen.village.VillageService;
import org.jifen.village.Villages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The village's monthly cycle: evaluating a month with the month-end rules, and finalising it. Both lock the village
 * row, so two evaluations (or an evaluation and a finalisation) of one village never interleave.
 */
@Service
public class EvaluationService {

    private final Villages villages;
    private final VillageService villageService;
    private final Ledger chain;
    private final ActivePlans activePlans;
    private final MonthEvaluations evaluations;
    private final FinalisedMonths finalisedMonths;
    private final GroupMembers members;
    private final MonthService months;
    private final SignOffSheetService sheets;
    private final Clock clock;
    private final HouseholdMonthEnds monthEnds;
    private final MonthEndFiring firing;
    private final TransactionTemplate transactions;
    private final TransactionTemplate readOnly;
    private final long monthEndAtMost;
    private final VillageLocks villageLocks;

    EvaluationService(Villages villages, VillageService villageService, Ledger chain, ActivePlans activePlans,
            MonthEvaluations evaluations, FinalisedMonths finalisedMonths, GroupMembers members, MonthService months,
            SignOffSheetService sheets, Clock clock, HouseholdMonthEnds monthEnds, MonthEndFiring firing,
            PlatformTransactionManager transactionManager, PlanSettings settings, VillageLocks villageLocks) {
        this.villageLocks = villageLocks;
        this.monthEndAtMost = settings.monthEndAtMost();
        this.firing = firing;
        this.sheets = sheets;
        this.villages = villages;
        this.villageService = villageService;
        this.chain = chain;
        this.activePlans = activePlans;
        this.evaluations = evaluations;
        this.finalisedMonths = finalisedMonths;
        this.members = members;
        this.months = months;
        this.clock = clock;
        this.monthEnds = monthEnds;
        // Each part commits on its own, even where the caller has a transaction open (an audited act writes its
        // entry in one around the controller): joining it would hold the village from the first part to the last.
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Evaluates the month; a finalised month is left as it is and the summary says so. The village is not held for
     * the whole run (ADR 0130): the village's month is read in one pass and every household fired without any lock,
     * so that a plan fault is found before anything is written; then the households are written a part at a time,
     * each part a short transaction under the village's lock and chain head, where its month is read again and a
     * household whose month changed meanwhile (an event recorded while the month-end ran) is fired again. Staff
     * record events between the parts. Households are fired on every core, and a part finding the village's month as
     * it stood when read (nothing appended, no event recorded since) writes what was read and fired without reading
     * it again (ADR 0202).
     */
    @Timed(value = "jifen.month.end", extraTags = {"step", "evaluate"}, description = "Month-end evaluation")
    public EvaluationSummary evaluate(String villageCode, YearMonth month, Actor by) {
        Instant now = clock.instant();
        Prepared prepared = transactions.execute(status -> prepare(villageCode, month));
        if (prepared.finalised() != null) {
            return prepared.finalised();
        }
        Read read = Objects.requireNonNull(readOnly.execute(status -> read(prepared, month)));
        Map<Long, Fired> fired = fire(read, month);
        long entries = fired.values().stream().mapToLong(household -> household.awards().size()).sum();
        if (entries > monthEndAtMost) {
            throw new MonthEndTooLarge(month.toString(), entries, monthEndAtMost);
        }
        List<List<Long>> parts = writeParts(List.copyOf(fired.keySet()), fired);
        Part done = new Part(new HouseholdMonthEnds.Written(0, 0), 0, read.month().stand(), null);
        for (int i = 0; i < parts.size() && done.answer() == null; i++) {
            List<Long> part = parts.get(i);
            boolean last = i == parts.size() - 1;
            Part before = done;
            done = transactions.execute(status -> writePart(villageCode, month, part, fired, before, last, by, now));
        }
        return Objects.requireNonNull(done.answer());
    }

    /** Households a month-end writes at most in one transaction. */
    static final int PART = 200;
    /**
     * Entries a month-end writes in one transaction, about: what staff may wait for, well under the lock timeout.
     * A plan of 100 month-end rules writes 5 households at a time; a household is never split.
     */
    static final int ENTRIES_PER_WRITE = 500;

    /** The households in order, cut into parts of at most {@link #PART} and about {@link #ENTRIES_PER_WRITE}. */
    private static List<List<Long>> writeParts(List<Long> order, Map<Long, Fired> fired) {
        List<List<Long>> parts = new ArrayList<>();
        List<Long> part = new ArrayList<>();
        int entries = 0;
        for (long household : order) {
            int more = 1 + (fired.containsKey(household) ? fired.get(household).awards().size() : 0);
            if (!part.isEmpty() && (part.size() == PART || entries + more > ENTRIES_PER_WRITE)) {
                parts.add(part);
                part = new ArrayList<>();
                entries = 0;
            }
            part.add(household);
            entries += more;
        }
        parts.add(part);
        return parts;
    }

    /** The month as found before the month-end: finalised already, or to be evaluated. */
    private record Prepared(long villageId, @Nullable EvaluationSummary finalised) {
    }

    /** The village's month as read before the lock, and the plan that governed it then. */
    private record Read(ActivePlan plan, HouseholdMonthEnds.VillageMonth month) {
    }

    /** The awards a household's month fired before the lock, and the month they were fired on. */
    private record Fired(long ruleSetId, HouseholdMonthEnds.Month month, List<FiredAward> awards) {

        HouseholdMonthEnds.Facts facts() {
            return month.facts();
        }
    }

    /**
     * What the parts written so far did; {@code stand} where the village's month stands if nothing but these parts
     * changed it since it was read, null once something else did; {@code answer} once the last part is written, or
     * once the month was found finalised meanwhile.
     */
    private record Part(HouseholdMonthEnds.Written written, int households,
            HouseholdMonthEnds.@Nullable Stand stand, @Nullable EvaluationSummary answer) {
    }

    private Prepared prepare(String villageCode, YearMonth month) {
        Village village = villageService.byCode(villageCode);
        if (finalisedMonths.existsByVillageIdAndMonth(village.id(), month)) {
            return new Prepared(village.id(), finalisedSummary(village, month));
        }
        activePlans.of(village, month); // a month no version governs is refused before anything else
        return new Prepared(village.id(), null);
    }

    /** The village's month in one pass, without any lock. */
    private Read read(Prepared prepared, YearMonth month) {
        Village village = villages.findById(prepared.villageId()).orElseThrow();
        ActivePlan plan = activePlans.of(village, month);
        return new Read(plan, monthEnds.readVillage(village, month, plan));
    }

    /**
     * Fires every eligible household, on every core, answered in the order the month-end takes them; a plan fault
     * here (the first household's in that order) stops the month-end before it writes.
     */
    private Map<Long, Fired> fire(Read read, YearMonth month) {
        List<HouseholdMonthEnds.Month> households = read.month().households();
        List<List<FiredAward>> awards = firing.fire(households, household -> monthEnds.fire(read.plan(), household,
                month));
        Map<Long, Fired> fired = new LinkedHashMap<>();
        for (int i = 0; i < households.size(); i++) {
            fired.put(households.get(i).household().id(), new Fired(read.plan().ruleSet().id(), households.get(i),
                    awards.get(i)));
        }
        return fired;
    }

    /**
     * Writes a part under the village's lock and chain head, with its month as it is now: as read before the lock
     * when the village's month stands as it did then (the households' register read again), else read again
     * household by household. A household whose facts are those it was fired on keeps what it fired, any other is
     * fired now.
     */
    private Part writePart(String villageCode, YearMonth month, List<Long> part, Map<Long, Fired> fired,
            Part before, boolean last, Actor by, Instant now) {
        Village village = locked(villageCode);
        if (finalisedMonths.existsByVillageIdAndMonth(village.id(), month)) {
            return new Part(before.written(), before.households(), null, finalisedSummary(village, month));
        }
        ActivePlan plan = activePlans.of(village, month);
        HouseholdMonthEnds.Stand stand = monthEnds.unchangedSince(before.stand(), village, month, plan,
                chain.holdHead(village.id()));
        List<HouseholdMonthEnds.Month> months = stand != null
                ? monthEnds.again(village, part.stream().map(id -> fired.get(id).month()).toList())
                : monthEnds.read(village, month, plan, part);
        HouseholdMonthEnds.Written wrote = monthEnds.write(village, month, plan, months,
                household -> {
                    Fired earlier = fired.get(household.household().id());
                    return earlier != null && earlier.ruleSetId() == plan.ruleSet().id()
                            && earlier.facts().equals(household.facts()) ? earlier.awards()
                            : monthEnds.fire(plan, household, month);
                }, by, now);
        HouseholdMonthEnds.Written written = before.written().plus(wrote);
        int households = before.households() + months.size();
        // Once something else changed the month, every later part reads its households again: which ones changed
        // is not known.
        HouseholdMonthEnds.Stand next = stand == null ? null : stand.after(wrote);
        if (!last) {
            return new Part(written, households, next, null);
        }
        return new Part(written, households, next, EvaluationSummary.of(evaluations.save(new MonthEvaluation(village.id(),
                month, plan.ruleSet().id(), plan.ruleSet().getVersion(), households, written.added(),
                written.reversed(), by.username(), now))));
    }

    private EvaluationSummary finalisedSummary(Village village, YearMonth month) {
        List<MonthEvaluation> runs = evaluations.findByVillageIdAndMonthOrderById(village.id(), month);
        MonthEvaluation last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
        return new EvaluationSummary(month, last == null ? null : last.getRuleSetVersion(),
                last == null ? 0 : last.getHouseholds(), 0, 0, true);
    }

    /**
     * Evaluates an open month within the caller's transaction, which holds the village's row lock (an activation
     * re-scoring the month under the version that now governs it, ADR 0056).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public EvaluationSummary evaluateWithin(Village village, YearMonth month, Actor by, Instant now,
            EntryBudget budget) {
        return EvaluationSummary.of(evaluateOpen(village, month, by, now, budget));
    }

    /**
     * Finalises the month once the self-governance group approved it: evaluates it with the plan version that
     * governs it, in this
     * transaction and under the village lock, so the month-end rules see every event and review recorded until now,
     * then keeps what every household's month counts from now on (ADR 0026).
     */
    @Transactional
    @Timed(value = "jifen.month.end", extraTags = {"step", "finalise"}, description = "Month-end evaluation")
    public FinalisedMonthView finalise(String villageCode, YearMonth month, Collection<Long> approvedBy, Actor by) {
        Village village = locked(villageCode);
        if (finalisedMonths.existsByVillageIdAndMonth(village.id(), month)) {
            throw new MonthAlreadyFinalised(village, month);
        }
        LocalDate today = LocalDate.now(clock);
        if (!month.isBefore(YearMonth.from(today))) {
            throw new MonthNotOver(month, today.toString());
        }
        List<GroupMember> group = members.findByVillageIdOrderById(village.id());
        Instant now = clock.instant();
        // Only members who sit in the group now approve; retired ones stay named on the months they approved.
        FinalisedMonth finalised = FinalisedMonth.approve(village.id(), month,
                group.stream().filter(GroupMember::isActive).map(GroupMember::id).collect(Collectors.toSet()),
                approvedBy, by.username(), now);
        // The evaluation is part of the finalisation: same transaction, same lock, same moment.
        MonthEvaluation evaluation;
        try {
            evaluation = evaluateOpen(village, month, by, now, EntryBudget.of(monthEndAtMost));
        } catch (EntryBudget.Exceeded tooMany) {
            throw new MonthEndTooLarge(month.toString(), tooMany.spent(), monthEndAtMost);
        }
        finalised.evaluatedBy(evaluation.id(), evaluation.getRuleSetVersion());
        months.freeze(village.id(), month, eligible(village).stream().map(Household::id).toList());
        FinalisedMonth saved = finalisedMonths.save(finalised);
        // Every node's events refuse the month from now on (ADR 0204).
        villageLocks.moved(village.id());
        return view(saved, group, List.of(evaluation), List.of());
    }

    @Transactional(readOnly = true)
    public MonthStatus status(String villageCode, YearMonth month) {
        Village village = villageService.byCode(villageCode);
        List<MonthEvaluation> runs = evaluations.findByVillageIdAndMonthOrderById(village.id(), month);
        var finalised = finalisedMonths.findByVillageIdAndMonth(village.id(), month)
                .map(done -> view(done, members.findByVillageIdOrderById(village.id()), runs,
                        sheets.list(village.id(), month)));
        return new MonthStatus(month, finalised.isPresent(), finalised.orElse(null),
                runs.stream().map(MonthStatus.Run::of).toList());
    }

    private Village locked(String villageCode) {
        return villages.lockByCode(villageCode).orElseThrow(() -> new VillageNotFound(villageCode));
    }

    private List<Household> eligible(Village village) {
        return monthEnds.eligible(village);
    }

    /**
     * One evaluation of an open month with the version that governs it, in the caller's transaction: the whole
     * village's month is read in one pass, then fired and written household by household (ADR 0056, 0130).
     */
    private MonthEvaluation evaluateOpen(Village village, YearMonth month, Actor by, Instant now,
            EntryBudget budget) {
        ActivePlan plan = activePlans.of(village, month);
        chain.holdHead(village.id());
        // A part of the households at a time, each read through its own indexes and let go of once written
        // (ADR 0169): the transaction holds one part's entries, however large the village's month has grown.
        List<Long> eligible = eligible(village).stream().map(Household::id).toList();
        HouseholdMonthEnds.Written written = new HouseholdMonthEnds.Written(0, 0);
        int households = 0;
        for (int from = 0; from < eligible.size(); from += PART) {
            List<HouseholdMonthEnds.Month> part = monthEnds.read(village, month, plan,
                    eligible.subList(from, Math.min(eligible.size(), from + PART)));
            written = written.plus(monthEnds.writeAndLetGo(village, month, plan, part,
                    household -> monthEnds.fire(plan, household, month), by, now, budget));
            households += part.size();
        }
        return evaluations.save(new MonthEvaluation(village.id(), month, plan.ruleSet().id(),
                plan.ruleSet().getVersion(), households, written.added(), written.reversed(), by.username(), now));
    }

    /** An entry as the rules would give it again: rule, kind, points and category. */
    static FiredAward asFired(Award award) {
        return new FiredAward(award.getRule(), award.getKind(), award.getPoints(), award.getCategory(),
                award.getCapKey());
    }

    /** The finalised month as answered; {@code runs} holds the month's evaluations, the finalising one among them. */
    private static FinalisedMonthView view(FinalisedMonth finalised, List<GroupMember> group,
            List<MonthEvaluation> runs, List<SignOffSheetView> sheets) {
        Map<Long, GroupMember> byId = group.stream().collect(Collectors.toMap(GroupMember::id, Function.identity()));
        MonthStatus.Run evaluation = runs.stream()
                .filter(run -> finalised.getMonthEvaluationId() != null
                        && run.id() == finalised.getMonthEvaluationId())
                .findFirst().map(MonthStatus.Run::of).orElse(null);
        return new FinalisedMonthView(finalised.getMonth(), finalised.getFinalisedAt(), finalised.getFinalisedBy(),
                finalised.getApprovedBy().stream().sorted().map(byId::get)
                        .map(member -> new FinalisedMonthView.Approver(member.id(), member.getName(),
                                member.getRole(), !member.isActive()))
                        .toList(),
                finalised.getRuleSetVersion(), evaluation, sheets);
    }
}
