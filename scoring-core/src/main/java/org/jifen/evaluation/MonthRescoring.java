package org.jifen.evaluation;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
import org.jifen.scoring.MonthEntry;
import org.jifen.village.Village;
import org.jspecify.annotations.Nullable;
import jakarta.persistence.EntityManager;
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
    private final EntityManager entityManager;
    private final HouseholdMonthEnds monthEnds;

    /** New entries appended, flushed and let go of at a time, so that the act holds a part, not the month (ADR 0194). */
    static final int PART = 1_000;

    MonthRescoring(AwardLedger ledger, Ledger chain, BehaviourEvents events, Households households,
            MonthEvaluations evaluations, EvaluationService evaluation, JsonMapper json, EntityManager entityManager,
            HouseholdMonthEnds monthEnds) {
        this.entityManager = entityManager;
        this.monthEnds = monthEnds;
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
     * Counts what {@link #rescore} would write for the month, without writing anything (ADR 0217): its events fired
     * in memory, the entries it would take back and grant, and, where the month was evaluated, the month-end fired
     * over the month as the re-scoring would leave it. Firing costs a fraction of writing, so an act past the bound is
     * refused before it has written or held anything of what it would write. Equal facts fire equal awards, and the
     * caller holds the village's row lock and chain head, so {@link #rescore} then writes exactly this many.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void count(Village village, YearMonth month, ActivePlan plan, String reason, Actor by, Instant at,
            RescoringCount count) {
        Read read = read(village, month);
        boolean evaluated = evaluations.existsByVillageIdAndMonth(village.id(), month);
        // The month as the re-scoring would leave it, what the month-end then reads: its entries, then the new ones.
        Map<Long, List<MonthEntry>> after = new HashMap<>();
        if (evaluated) {
            read.entries().forEach(entry -> after.computeIfAbsent(entry.getHouseholdId(), id -> new ArrayList<>())
                    .add(MonthEntry.of(entry)));
        }
        for (BehaviourEvent event : read.events()) {
            EventRescored done = rescoreEvent(read, event, plan, reason, by, at);
            count.count(done.reversed(), done.added());
            if (evaluated) {
                done.entries().forEach(entry -> after.computeIfAbsent(entry.getHouseholdId(),
                        id -> new ArrayList<>()).add(MonthEntry.of(entry)));
            }
        }
        if (evaluated) {
            List<Award> monthEnd = monthEnds.wouldWrite(village, month, plan, after, by, at);
            long reversing = monthEnd.stream().filter(Award::isReversal).count();
            count.count(reversing, monthEnd.size() - reversing);
        }
        read.entries().forEach(entityManager::detach);
    }

    /**
     * Re-scores the month with {@code plan}, which must be the version that governs it now, in the caller's
     * transaction, which holds the village's row lock and its chain head. What it writes is appended a part at a
     * time and let go of, and counted against {@code budget}: past it, {@link EntryBudget.Exceeded} stops the act
     * before the next part (the caller's transaction then keeps nothing).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Rescored rescore(Village village, YearMonth month, ActivePlan plan, String reason, Actor by,
            Instant at, EntryBudget budget) {
        Read read = read(village, month);
        List<Award> entered = new ArrayList<>();
        int rescored = 0;
        int reversed = 0;
        int added = 0;
        Map<String, Integer> noLongerScored = new TreeMap<>();
        for (BehaviourEvent event : read.events()) {
            EventRescored done = rescoreEvent(read, event, plan, reason, by, at);
            entered.addAll(done.entries());
            reversed += done.reversed();
            added += done.added();
            if (!done.entries().isEmpty()) {
                rescored++;
            }
            if (done.noLongerScored()) {
                noLongerScored.merge(event.getType(), 1, Integer::sum);
            }
            if (entered.size() >= PART) {
                appendAndLetGo(entered, budget);
            }
        }
        // In order, the head held; before the evaluation, which reads the month's event entries.
        appendAndLetGo(entered, budget);
        read.entries().forEach(entityManager::detach);
        EvaluationSummary monthEnd = evaluations.existsByVillageIdAndMonth(village.id(), month)
                ? evaluation.evaluateWithin(village, month, by, at, budget) : null;
        return new Rescored(read.events().size(), rescored, reversed, added, monthEnd,
                NoLongerScored.of(noLongerScored));
    }

    /** The month as re-scoring reads it: its entries, which of them are taken back, by event, and its events. */
    private record Read(YearMonth month, List<Award> entries, Map<Long, Award> reversalOf, Map<Long, List<Award>> byEvent,
            Map<Long, Household> households, List<BehaviourEvent> events) {
    }

    private Read read(Village village, YearMonth month) {
        List<Award> entries = ledger.findByVillageIdAndMonthOrderById(village.id(), month);
        Map<Long, Award> reversalOf = new HashMap<>();
        entries.stream().filter(Award::isReversal).forEach(r -> reversalOf.put(r.getReversesAwardId(), r));
        Map<Long, List<Award>> byEvent = entries.stream()
                .filter(a -> a.getSource() == AwardSource.EVENT && a.getEventRowId() != null)
                .collect(Collectors.groupingBy(Award::getEventRowId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, Household> byId = households.findByVillageIdOrderByGroupAscHouseholdNoAsc(village.id()).stream()
                .collect(Collectors.toMap(Household::id, Function.identity()));
        return new Read(month, entries, reversalOf, byEvent, byId, events.inMonth(village.id(), month));
    }

    /** What re-scoring one event writes, in order: reversals, then new awards; none where it stands as it should. */
    private record EventRescored(List<Award> entries, int reversed, int added, boolean noLongerScored) {

        static final EventRescored NOTHING = new EventRescored(List.of(), 0, 0, false);
    }

    private EventRescored rescoreEvent(Read read, BehaviourEvent event, ActivePlan plan, String reason, Actor by,
            Instant at) {
        RuleSet version = plan.ruleSet();
        List<Award> own = read.byEvent().getOrDefault(event.id(), List.of());
        List<Award> standing = own.stream().filter(award -> !read.reversalOf().containsKey(award.id())).toList();
        if (!standing.isEmpty() && standing.stream().allMatch(award -> award.getRuleSetId() == version.id())) {
            return EventRescored.NOTHING;
        }
        // Another version's entries stand, or none do (its version gave nothing, or they were taken back):
        // score it with this version, which gives nothing new where it had scored the event already.
        List<FiredAward> fired = plan.fire(List.of(EventFacts.of(event, json),
                read.households().get(event.getHouseholdId()).fact()));
        List<Award> entries = new ArrayList<>();
        for (Award old : standing) {
            if (old.getRuleSetId() != version.id()) {
                entries.add(old.reversal(AwardSource.RESCORE, read.month(),
                        fired.isEmpty() ? reason + "；按第 " + version.getVersion() + " 版，这件事不计分" : reason,
                        by.username(), null, at));
            }
        }
        int reversed = entries.size();
        List<Award> kept = own.stream().filter(award -> read.reversalOf().containsKey(award.id())
                ? read.reversalOf().get(award.id()).getSource() == AwardSource.REVIEW
                : award.getRuleSetId() == version.id()).toList();
        for (FiredAward award : Reconciliation.of(kept, EvaluationService::asFired, fired).toAdd()) {
            entries.add(Award.rescored(event, version.id(), version.getVersion(), version.getSha256(), award,
                    by.username(), at));
        }
        return new EventRescored(entries, reversed, entries.size() - reversed, reversed > 0 && fired.isEmpty());
    }

    /** Counts the part against the budget before writing it, writes it, and lets go of what was written. */
    private void appendAndLetGo(List<Award> part, EntryBudget budget) {
        if (part.isEmpty()) {
            return;
        }
        budget.spend(part.size());
        List<Award> saved = chain.appendAll(part);
        entityManager.flush();
        saved.forEach(entityManager::detach);
        part.clear();
    }
}
