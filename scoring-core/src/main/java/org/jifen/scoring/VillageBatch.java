package org.jifen.scoring;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jifen.household.Household;
import org.jifen.household.Households;
import org.jifen.village.Village;

/**
 * What recording a batch of one village's events needs of the database, read once for the batch inside its one
 * transaction rather than once per event: the events already recorded under the batch's ids (with their entries),
 * the households named (with their tags, in the same query), each household's month (through
 * {@link MonthGains.Together}); the finalised months and the version that governs each month come from the village's
 * references, held since the transaction share-locked the village's lock row (ADR 0204, 0227). The chain head is
 * taken once, by the first event that gets that far, and held to the commit. Lives for one transaction: what it read
 * stays true until the commit because of the locks taken before.
 */
final class VillageBatch {

    final Village village;
    final MonthGains.Together gains;
    private final Map<String, BehaviourEvent> recorded;
    private final Map<Long, List<Award>> recordedAwards;
    private final Set<Long> householdIds;
    private final Households households;
    private final VillageReferences.Held references;
    private final ActivePlans activePlans;
    private final Ledger chain;
    private Map<Long, Household> householdsById;
    private final Map<YearMonth, ActivePlan> plans = new HashMap<>();
    private boolean headHeld;
    private final RecordingSettings bounds;
    private final long requestAtMost;
    /** The entries this batch wrote so far. */
    private long written;
    /** What this batch recorded, by client id, with the fingerprint it was recorded with. */
    private final Map<String, Map.Entry<String, Recorded>> recordedHere = new HashMap<>();

    VillageBatch(Village village, List<RecordEvent> requests, EventsByClientId recordedBefore, AwardLedger ledger,
            Households households, VillageReferences.Held references, ActivePlans activePlans, Ledger chain,
            MonthGains gains, RecordingSettings bounds, long requestAtMost) {
        this.village = village;
        this.bounds = bounds;
        this.requestAtMost = requestAtMost;
        this.households = households;
        this.references = references;
        this.activePlans = activePlans;
        this.chain = chain;
        Set<String> eventIds = requests.stream().map(RecordEvent::eventId).collect(Collectors.toSet());
        this.recorded = recordedBefore.read(village.id(), eventIds).stream()
                .collect(Collectors.toMap(BehaviourEvent::getEventId, e -> e));
        this.recordedAwards = recorded.isEmpty() ? Map.of()
                : ledger.findByEventRowIdInOrderById(recorded.values().stream().map(BehaviourEvent::id).toList())
                        .stream().collect(Collectors.groupingBy(award -> Objects.requireNonNull(award.getEventRowId())));
        this.householdIds = requests.stream().filter(request -> !recorded.containsKey(request.eventId()))
                .map(RecordEvent::householdId).collect(Collectors.toCollection(HashSet::new));
        this.gains = gains.together(village.id(), householdIds, requests.stream()
                .filter(request -> !recorded.containsKey(request.eventId()))
                .map(request -> YearMonth.from(request.occurredOn())).collect(Collectors.toSet()),
                references.finalisedMonths());
    }

    /** The event recorded under this id before the batch, if one was. */
    Optional<BehaviourEvent> recordedBefore(String eventId) {
        return Optional.ofNullable(recorded.get(eventId));
    }

    List<Award> awardsOf(BehaviourEvent event) {
        return recordedAwards.getOrDefault(event.id(), List.of());
    }

    /** The event recorded under this id earlier in the batch, with the fingerprint it was recorded with. */
    Optional<Map.Entry<String, Recorded>> recordedHere(String eventId) {
        return Optional.ofNullable(recordedHere.get(eventId));
    }

    void recordedHere(RecordEvent request, Recorded recorded) {
        recordedHere.put(request.eventId(), Map.entry(request.fingerprint(), recorded));
    }

    Optional<Household> household(long id) {
        if (householdsById == null) {
            householdsById = households.readWithTags(village.id(), householdIds).stream()
                    .collect(Collectors.toMap(Household::id, h -> h));
        }
        return Optional.ofNullable(householdsById.get(id));
    }

    boolean finalised(YearMonth month) {
        return references.finalised(month);
    }

    /** Takes the village's chain head the first time, for the rest of the transaction (ADR 0056, 0058). */
    void holdHead() {
        if (!headHeld) {
            chain.holdHead(village.id());
            headHeld = true;
        }
    }

    /**
     * Refuses an event whose entries would take the batch or its month past their bounds (ADR 0219), before it writes
     * anything. The chain head is held, so the month's count is final for this transaction: read once a month.
     */
    void roomFor(YearMonth month, int entries) {
        if (entries == 0) {
            return;
        }
        long held = chain.entriesOfMonth(village.id(), month);
        if (held + entries > bounds.villageMonthEntriesAtMost()) {
            throw new MonthLedgerFull(village.getName(), month, held, entries, bounds.villageMonthEntriesAtMost());
        }
        if (written + entries > requestAtMost) {
            throw new BatchEntriesTooMany(written, entries, requestAtMost);
        }
    }

    /** Counts what an event wrote against the batch's bound. */
    void wrote(int entries) {
        written += entries;
    }

    /** The version that governs the month, looked up once per month of the batch. */
    ActivePlan plan(YearMonth month) {
        ActivePlan plan = plans.get(month);
        if (plan == null) {
            plan = activePlans.compiled(village, references.governing(month)
                    .orElseThrow(() -> activePlans.none(village, month)));
            plans.put(month, plan);
        }
        return plan;
    }
}
