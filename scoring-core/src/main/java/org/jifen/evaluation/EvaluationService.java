package org.jifen.evaluation;

import io.micrometer.core.annotation.Timed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.jifen.household.Households;
import org.jifen.month.MonthService;
import org.jifen.rules.MonthSummary;
import org.jifen.scoring.ActivePlan;
import org.jifen.scoring.ActivePlans;
import org.jifen.scoring.Award;
import org.jifen.scoring.AwardLedger;
import org.jifen.scoring.Ledger;
import org.jifen.scoring.AwardSource;
import org.jifen.scoring.BehaviourEvents;
import org.jifen.scoring.EventTally;
import org.jifen.village.Village;
import org.jifen.village.VillageNotFound;
import org.jifen.village.VillageService;
import org.jifen.village.Villages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The village's monthly cycle: evaluating a month with the month-end rules, and finalising it. Both lock the village
 * row, so two evaluations (or an evaluation and a finalisation) of one village never interleave.
 */
@Service
public class EvaluationService {

    private static final String NO_LONGER_APPLIES = "月末评定：按当前方案这项月末积分不再成立";
    private static final String REPLACED = "月末评定：本月改按第 %d 版方案评定，原方案的这项月末积分撤回";

    private final Villages villages;
    private final VillageService villageService;
    private final Households households;
    private final BehaviourEvents events;
    private final AwardLedger ledger;
    private final Ledger chain;
    private final ActivePlans activePlans;
    private final MonthEvaluations evaluations;
    private final FinalisedMonths finalisedMonths;
    private final GroupMembers members;
    private final MonthService months;
    private final SignOffSheetService sheets;
    private final Clock clock;
    private final LatestEvents latestEvents;

    EvaluationService(Villages villages, VillageService villageService, Households households,
            BehaviourEvents events, AwardLedger ledger, Ledger chain, ActivePlans activePlans, MonthEvaluations evaluations,
            FinalisedMonths finalisedMonths, GroupMembers members, MonthService months, SignOffSheetService sheets,
            Clock clock, LatestEvents latestEvents) {
        this.latestEvents = latestEvents;
        this.sheets = sheets;
        this.villages = villages;
        this.villageService = villageService;
        this.households = households;
        this.events = events;
        this.ledger = ledger;
        this.chain = chain;
        this.activePlans = activePlans;
        this.evaluations = evaluations;
        this.finalisedMonths = finalisedMonths;
        this.members = members;
        this.months = months;
        this.clock = clock;
    }

    /** Evaluates the month; a finalised month is left as it is and the summary says so. */
    @Transactional
    @Timed(value = "jifen.month.end", extraTags = {"step", "evaluate"}, description = "Month-end evaluation")
    public EvaluationSummary evaluate(String villageCode, YearMonth month, Actor by) {
        Village village = locked(villageCode);
        if (finalisedMonths.existsByVillageIdAndMonth(village.id(), month.toString())) {
            List<MonthEvaluation> runs = evaluations.findByVillageIdAndMonthOrderById(village.id(), month.toString());
            MonthEvaluation last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            return new EvaluationSummary(month.toString(), last == null ? null : last.getRuleSetVersion(),
                    last == null ? 0 : last.getHouseholds(), 0, 0, true);
        }
        return EvaluationSummary.of(evaluateOpen(village, month, by, clock.instant()));
    }

    /**
     * Evaluates an open month within the caller's transaction, which holds the village's row lock (an activation
     * re-scoring the month under the version that now governs it, ADR 0056).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public EvaluationSummary evaluateWithin(Village village, YearMonth month, Actor by, Instant now) {
        return EvaluationSummary.of(evaluateOpen(village, month, by, now));
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
        if (finalisedMonths.existsByVillageIdAndMonth(village.id(), month.toString())) {
            throw new MonthAlreadyFinalised(village, month.toString());
        }
        LocalDate today = LocalDate.now(clock);
        if (!month.isBefore(YearMonth.from(today))) {
            throw new MonthNotOver(month.toString(), today.toString());
        }
        List<GroupMember> group = members.findByVillageIdOrderById(village.id());
        Instant now = clock.instant();
        // Only members who sit in the group now approve; retired ones stay named on the months they approved.
        FinalisedMonth finalised = FinalisedMonth.approve(village.id(), month,
                group.stream().filter(GroupMember::isActive).map(GroupMember::id).collect(Collectors.toSet()),
                approvedBy, by.username(), now);
        // The evaluation is part of the finalisation: same transaction, same lock, same moment.
        MonthEvaluation evaluation = evaluateOpen(village, month, by, now);
        finalised.evaluatedBy(evaluation.id(), evaluation.getRuleSetVersion());
        months.freeze(village.id(), month, eligible(village).stream().map(Household::id).toList());
        return view(finalisedMonths.save(finalised), group, List.of(evaluation), List.of());
    }

    @Transactional(readOnly = true)
    public MonthStatus status(String villageCode, YearMonth month) {
        Village village = villageService.byCode(villageCode);
        List<MonthEvaluation> runs = evaluations.findByVillageIdAndMonthOrderById(village.id(), month.toString());
        var finalised = finalisedMonths.findByVillageIdAndMonth(village.id(), month.toString())
                .map(done -> view(done, members.findByVillageIdOrderById(village.id()), runs,
                        sheets.list(village.id(), month.toString())));
        return new MonthStatus(month.toString(), finalised.isPresent(), finalised.orElse(null),
                runs.stream().map(MonthStatus.Run::of).toList());
    }

    private Village locked(String villageCode) {
        return villages.lockByCode(villageCode).orElseThrow(() -> new VillageNotFound(villageCode));
    }

    private List<Household> eligible(Village village) {
        return households.findByVillageIdOrderByGroupAscHouseholdNoAsc(village.id()).stream()
                .filter(Household::isEligible).toList();
    }

    /**
     * One evaluation of an open month with the version that governs it: the whole village's month is read in two
     * queries, then household by household. Month-end entries of another version that nothing took back are replaced
     * by the governing version's (ADR 0056).
     */
    private MonthEvaluation evaluateOpen(Village village, YearMonth month, Actor by, Instant now) {
        ActivePlan plan = activePlans.of(village, month);
        long governing = plan.ruleSet().id();
        List<Household> scored = eligible(village);
        Map<Long, List<Award>> awards = ledger.findByVillageIdAndMonthOrderById(village.id(), month.toString())
                .stream().collect(Collectors.groupingBy(Award::getHouseholdId, LinkedHashMap::new,
                        Collectors.toList()));
        Map<Long, List<EventTally>> tallies = events.tallies(village.id(), month.toString()).stream()
                .collect(Collectors.groupingBy(EventTally::householdId));
        Map<Long, Map<String, Map<String, String>>> latest = latestEvents.of(village.id(), month,
                plan.compiled().latestTypes());
        int added = 0;
        int reversed = 0;
        for (Household household : scored) {
            HouseholdMonth ledgerMonth = new HouseholdMonth(awards.getOrDefault(household.id(), List.of()));
            MonthSummary summary = MonthSummaries.of(String.valueOf(household.id()), month,
                    tallies.getOrDefault(household.id(), List.of()), ledgerMonth.standingEventAwards(),
                    ledgerMonth.scoredEvents(), latest.getOrDefault(household.id(), Map.of()));
            List<FiredAward> wanted = plan.fire(List.of(summary, household.fact()));
            for (Award replaced : ledgerMonth.otherVersionsMonthEndAwards(governing)) {
                chain.append(replaced.reversal(AwardSource.RESCORE, month.toString(),
                        REPLACED.formatted(plan.ruleSet().getVersion()), by.username(), null, now));
                reversed++;
            }
            Reconciliation<Award> change = Reconciliation.of(ledgerMonth.standingMonthEndAwards(governing),
                    EvaluationService::asFired, wanted);
            for (Award gone : change.toReverse()) {
                // A month-end award a reviewer already rejected is out of the month; nothing to take back twice.
                if (!ledgerMonth.isReversed(gone)) {
                    chain.append(gone.reversal(AwardSource.MONTH_END, month.toString(), NO_LONGER_APPLIES,
                            by.username(), null, now));
                    reversed++;
                }
            }
            for (FiredAward fired : change.toAdd()) {
                chain.append(Award.monthEnd(village.id(), household.id(), month.toString(), plan.ruleSet().id(),
                        plan.ruleSet().getVersion(), plan.ruleSet().getSha256(), fired, by.username(), now));
                added++;
            }
        }
        return evaluations.save(new MonthEvaluation(village.id(), month.toString(), plan.ruleSet().id(),
                plan.ruleSet().getVersion(), scored.size(), added, reversed, by.username(), now));
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

    /** A household's entries of the month, with what reverses what. */
    private static final class HouseholdMonth {

        private final List<Award> awards;
        private final Map<Long, Award> reversalOf = new HashMap<>();

        HouseholdMonth(List<Award> awards) {
            this.awards = awards;
            awards.stream().filter(Award::isReversal).forEach(r -> reversalOf.put(r.getReversesAwardId(), r));
        }

        boolean isReversed(Award award) {
            return reversalOf.containsKey(award.id());
        }

        /** What the month's events were granted, less what a review took back. */
        /** The events that have an award still standing: those a rule scored (ADR 0127). */
        int scoredEvents() {
            return (int) awards.stream().filter(a -> a.getSource() == AwardSource.EVENT && !isReversed(a))
                    .map(Award::getEventId).filter(java.util.Objects::nonNull).distinct().count();
        }

        List<FiredAward> standingEventAwards() {
            return awards.stream().filter(a -> a.getSource() == AwardSource.EVENT && !isReversed(a))
                    .map(EvaluationService::asFired).toList();
        }

        /**
         * Month-end awards of the governing version that no evaluation or re-scoring has taken back. One a reviewer
         * rejected, of whichever version, still stands here, so that the rules giving it again does not grant it
         * again: the reviewer's decision holds.
         */
        List<Award> standingMonthEndAwards(long governing) {
            return awards.stream().filter(a -> a.getSource() == AwardSource.MONTH_END && !a.isReversal())
                    .filter(a -> isReversed(a) ? reversalOf.get(a.id()).getSource() == AwardSource.REVIEW
                            : a.getRuleSetId() == governing)
                    .toList();
        }

        /** Month-end awards of another version that nothing has taken back: the governing version's replace them. */
        List<Award> otherVersionsMonthEndAwards(long governing) {
            return awards.stream().filter(a -> a.getSource() == AwardSource.MONTH_END && !a.isReversal()
                    && !isReversed(a) && a.getRuleSetId() != governing).toList();
        }
    }
}
