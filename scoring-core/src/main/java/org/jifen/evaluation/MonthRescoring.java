package org.jifen.evaluation;

import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jifen.access.Actor;
import org.jifen.engine.FiredAward;
import org.jifen.household.Household;
import org.jifen.household.Households;
import org.jifen.plan.RuleSet;
import org.jifen.scoring.ActivePlan;
import org.jifen.scoring.Award;
import org.jifen.scoring.AwardLedger;
import org.jifen.scoring.AwardSource;
import org.jifen.scoring.BehaviourEvent;
import org.jifen.scoring.BehaviourEvents;
import org.jifen.scoring.Ledger;
import org.jifen.village.Village;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Re-scores an open month with the plan version that now governs it (ADR 0056): each event whose standing entries
 * are another version's has them taken back by reversing entries ({@code RESCORE}) and is scored again, and the
 * month-end rules run again where the month was evaluated. Nothing is deleted: the old entries stay, with their
 * version and rule, beside the entries that took them back. A reviewer's rejection holds: what the new version gives
 * an event that matches an entry a reviewer rejected (rule, kind, points and category) is not granted again.
 */
@Service
public class MonthRescoring {

    /** What re-scoring the month did; {@code monthEnd} is the evaluation run again, if the month was evaluated. */
    public record Rescored(int events, int eventsRescored, int awardsReversed, int awardsAdded,
            @Nullable EvaluationSummary monthEnd, List<NoLongerScored> noLongerScored) {
    }

    private final AwardLedger ledger;
    private final Ledger chain;
    private final BehaviourEvents events;
    private final Households households;
    private final MonthEvaluations evaluations;
    private final EvaluationService evaluation;
    private final JsonMapper json;

    MonthRescoring(AwardLedger ledger, Ledger chain, BehaviourEvents events, Households households,
            MonthEvaluations evaluations, EvaluationService evaluation, JsonMapper json) {
        this.ledger = ledger;
        this.chain = chain;
        this.events = events;
        this.households = households;
        this.evaluations = evaluations;
        this.evaluation = evaluation;
        this.json = json;
    }

    /** How many ledger entries these months hold: what re-scoring them would hold in memory at once. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long entriesIn(Village village, List<YearMonth> months) {
        return months.isEmpty() ? 0
                : ledger.countByVillageIdAndMonthIn(village.id(), months);
    }

    /** The months from {@code from} on (null: every month) that hold events or were evaluated, in order. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<YearMonth> monthsWithEntries(Village village, @Nullable YearMonth from) {
        YearMonth first = from == null ? YearMonth.of(0, 1) : from;
        return java.util.stream.Stream.concat(events.monthsFrom(village.id(), first).stream(),
                        evaluations.monthsFrom(village.id(), first).stream())
                .distinct().sorted().toList();
    }

    /**
     * Re-scores the month with {@code plan}, which must be the version that governs it now, in the caller's
     * transaction, which holds the village's row lock and its chain head.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Rescored rescore(Village village, YearMonth month, ActivePlan plan, String reason, Actor by,
            Instant at) {
        RuleSet version = plan.ruleSet();
        List<Award> entries = ledger.findByVillageIdAndMonthOrderById(village.id(), month);
        Map<Long, Award> reversalOf = new HashMap<>();
        entries.stream().filter(Award::isReversal).forEach(r -> reversalOf.put(r.getReversesAwardId(), r));
        Map<Long, List<Award>> byEvent = entries.stream()
                .filter(a -> a.getSource() == AwardSource.EVENT && a.getEventRowId() != null)
                .collect(Collectors.groupingBy(Award::getEventRowId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, Household> byId = households.findByVillageIdOrderByGroupAscHouseholdNoAsc(village.id()).stream()
                .collect(Collectors.toMap(Household::id, Function.identity()));
        List<BehaviourEvent> recorded = events.inMonth(village.id(), month);
        List<Award> entered = new java.util.ArrayList<>();
        int rescored = 0;
        int reversed = 0;
        int added = 0;
        Map<String, Integer> noLongerScored = new java.util.TreeMap<>();
        for (BehaviourEvent event : recorded) {
            List<Award> own = byEvent.getOrDefault(event.id(), List.of());
            List<Award> standing = own.stream().filter(award -> !reversalOf.containsKey(award.id())).toList();
            if (!standing.isEmpty() && standing.stream().allMatch(award -> award.getRuleSetId() == version.id())) {
                continue;
            }
            // Another version's entries stand, or none do (its version gave nothing, or they were taken back):
            // score it with this version, which gives nothing new where it had scored the event already.
            int before = reversed + added;
            List<FiredAward> fired = plan.fire(List.of(EventFacts.of(event, json),
                    byId.get(event.getHouseholdId()).fact()));
            boolean scoredBefore = false;
            for (Award old : standing) {
                if (old.getRuleSetId() != version.id()) {
                    entered.add(old.reversal(AwardSource.RESCORE, month,
                            fired.isEmpty() ? reason + "；按第 " + version.getVersion() + " 版，这件事不计分" : reason,
                            by.username(), null, at));
                    reversed++;
                    scoredBefore = true;
                }
            }
            if (scoredBefore && fired.isEmpty()) {
                noLongerScored.merge(event.getType(), 1, Integer::sum);
            }
            List<Award> kept = own.stream().filter(award -> reversalOf.containsKey(award.id())
                    ? reversalOf.get(award.id()).getSource() == AwardSource.REVIEW
                    : award.getRuleSetId() == version.id()).toList();
            for (FiredAward award : Reconciliation.of(kept, EvaluationService::asFired, fired).toAdd()) {
                entered.add(Award.rescored(event, version.id(), version.getVersion(), version.getSha256(), award,
                        by.username(), at));
                added++;
            }
            if (reversed + added > before) {
                rescored++;
            }
        }
        // In order, the head taken once; before the evaluation, which reads the month's event entries.
        chain.appendAll(entered);
        EvaluationSummary monthEnd = evaluations.existsByVillageIdAndMonth(village.id(), month)
                ? evaluation.evaluateWithin(village, month, by, at) : null;
        return new Rescored(recorded.size(), rescored, reversed, added, monthEnd, NoLongerScored.of(noLongerScored));
    }
}
