package org.jifen.evaluation;

import jakarta.persistence.FlushModeType;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jifen.access.Actor;
import org.jifen.engine.FiredAward;
import org.jifen.engine.RuleFailed;
import org.jifen.household.Household;
import org.jifen.household.Households;
import org.jifen.rules.MonthSummary;
import org.jifen.scoring.ActivePlan;
import org.jifen.scoring.Award;
import org.jifen.scoring.AwardLedger;
import org.jifen.scoring.AwardSource;
import org.jifen.scoring.BehaviourEvents;
import org.jifen.scoring.EventTally;
import org.jifen.scoring.Ledger;
import org.jifen.scoring.MonthEntry;
import org.jifen.plan.PlanFault;
import org.jifen.village.Village;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The month-end of some or all of a village's households (ADR 0130): their month read in one pass (a few queries,
 * whatever the number of households), each household fired within the plan's run budget, and what is to be taken
 * back and granted appended to the chain in one go. {@link EvaluationService} runs it over the whole village in one
 * transaction (finalisation, activation), or a part of the village at a time.
 */
@Component
class HouseholdMonthEnds {

    private static final String NO_LONGER_APPLIES = "月末评定：按当前方案这项月末积分不再成立";
    private static final String REPLACED = "月末评定：本月改按第 %d 版方案评定，原方案的这项月末积分撤回";

    private final Households households;
    private final BehaviourEvents events;
    private final AwardLedger ledger;
    private final Ledger chain;
    private final LatestEvents latestEvents;

    private final jakarta.persistence.EntityManager entityManager;

    HouseholdMonthEnds(Households households, BehaviourEvents events, AwardLedger ledger, Ledger chain,
            LatestEvents latestEvents, jakarta.persistence.EntityManager entityManager) {
        this.entityManager = entityManager;
        this.households = households;
        this.events = events;
        this.ledger = ledger;
        this.chain = chain;
        this.latestEvents = latestEvents;
    }

    /**
     * What the month-end rules see of one household's month. Equal facts fire equal awards (a run depends on nothing
     * else), so a month fired before it was locked need not be fired again when its facts have not changed.
     */
    record Facts(String householdId, String group, @Nullable String centralVillage, int members,
            int permanentResidents, Set<String> tags, List<EventTally> tallies, List<FiredAward> eventAwards,
            int scoredEvents, Map<String, Map<String, String>> latest) {

        List<Object> asFacts(YearMonth month) {
            MonthSummary summary = MonthSummaries.of(householdId, month, tallies, eventAwards, scoredEvents, latest);
            return List.of(summary, new org.jifen.rules.Household(householdId, group, centralVillage, members,
                    permanentResidents, tags));
        }
    }

    /** One household's month: the household, what its rules see, and its entries. */
    record Month(Household household, Facts facts, HouseholdMonth entries) {
    }

    /** What a month-end wrote: entries granted and entries taken back. */
    record Written(int added, int reversed) {

        static Written of(List<Award> appended) {
            int reversed = (int) appended.stream().filter(Award::isReversal).count();
            return new Written(appended.size() - reversed, reversed);
        }

        Written plus(Written other) {
            return new Written(added + other.added, reversed + other.reversed);
        }
    }

    /**
     * Where a village's month stood when it was read: its ledger's last position then, and how many events it held
     * in the months the plan reads. Entries and events are only ever added, each under the ledger's head (ADR 0058),
     * so under the head a month that gained no event and no entry of its own since is the month as read (ADR 0202).
     */
    record Stand(long lastPosition, long events) {

        /** The stand once {@code written} was appended here. */
        Stand after(Written written) {
            return new Stand(lastPosition + written.added() + written.reversed(), events);
        }
    }

    /** The village's month read in one pass, with where it stood before the reading began. */
    record VillageMonth(Stand stand, List<Month> households) {
    }

    /**
     * The stand as committed, then the month of all the village's eligible households: whatever is committed in
     * between shows as a change of stand, never as a month thought unchanged.
     */
    VillageMonth readVillage(Village village, YearMonth month, ActivePlan plan) {
        Stand stand = new Stand(chain.lastPosition(village.id()), eventsRead(village, month, plan));
        return new VillageMonth(stand, read(village, month, plan));
    }

    /**
     * Under the ledger's head at {@code lastPosition}: the stand now if the month is as it stood at {@code before}
     * (no event recorded in the months the plan reads, no entry of the month appended since), else null.
     */
    @Nullable Stand unchangedSince(@Nullable Stand before, Village village, YearMonth month, ActivePlan plan,
            long lastPosition) {
        boolean unchanged = before != null && eventsRead(village, month, plan) == before.events()
                && ledger.countAppendedAfter(village.id(), before.lastPosition(), month) == 0;
        return unchanged ? new Stand(lastPosition, before.events()) : null;
    }

    /** The village's events in the month, and in the months before it that the plan reads the latest events of. */
    private long eventsRead(Village village, YearMonth month, ActivePlan plan) {
        YearMonth from = plan.compiled().latestTypes().isEmpty() ? month : month.minusMonths(LatestEvents.MONTHS - 1);
        return events.countIn(village.id(), from, month);
    }

    /**
     * The months of these households as read before, each with the household's register read again (one query):
     * what a part needs when the village's month stands as it did then (ADR 0202). Households no longer eligible are
     * left out.
     */
    List<Month> again(Village village, List<Month> before) {
        Map<Long, Household> now = eligibleById(village, before.stream().map(m -> m.household().id()).toList());
        return before.stream().filter(earlier -> now.containsKey(earlier.household().id()))
                .map(earlier -> month(now.get(earlier.household().id()), earlier.entries().awards,
                        earlier.facts().tallies(), earlier.facts().latest()))
                .toList();
    }

    /** The village's eligible households in the order the month-end takes them: by group, then household number. */
    List<Household> eligible(Village village) {
        return households.findWithTagsByVillageIdOrderByGroupAscHouseholdNoAsc(village.id()).stream()
                .filter(Household::isEligible).toList();
    }

    /**
     * The month of all the village's eligible households, read in one pass: their entries (as projections, ADR 0208),
     * their events counted per type, the latest events the plan reads, a query each for the whole village.
     */
    List<Month> read(Village village, YearMonth month, ActivePlan plan) {
        return withEntries(village, month, plan, ledger.monthEntries(village.id(), month).stream()
                .collect(Collectors.groupingBy(MonthEntry::householdId, LinkedHashMap::new, Collectors.toList())));
    }

    /**
     * The entries the month-end would write were the month's entries, household by household, these (the month as a
     * re-scoring would leave it, ADR 0217, entries not yet written among them): every eligible household fired,
     * nothing written. The few stored entries it would take back are read as entities and let go of again.
     */
    List<Award> wouldWrite(Village village, YearMonth month, ActivePlan plan, Map<Long, List<MonthEntry>> awards,
            Actor by, Instant now) {
        Entries entries = entries(village, month, plan, withEntries(village, month, plan, awards),
                household -> fire(plan, household, month), by, now);
        entries.takenBack().forEach(entityManager::detach);
        return entries.appended();
    }

    /** The month of all the village's eligible households, with these entries each. */
    private List<Month> withEntries(Village village, YearMonth month, ActivePlan plan,
            Map<Long, List<MonthEntry>> awards) {
        Map<Long, List<EventTally>> tallies = events.tallies(village.id(), month).stream()
                .collect(Collectors.groupingBy(EventTally::householdId));
        Map<Long, Map<String, Map<String, String>>> latest = latestEvents.of(village.id(), month,
                plan.compiled().latestTypes());
        return eligible(village).stream().map(household -> month(household,
                awards.getOrDefault(household.id(), List.of()), tallies.getOrDefault(household.id(), List.of()),
                latest.getOrDefault(household.id(), Map.of()))).toList();
    }

    /**
     * The month of a few households, in the order given, each read through the household's own indexes: a part of
     * the village written under its lock reads only what it writes, however large the village's month has grown
     * (a query for several households at once made H2 scan the village's whole month each time). Households no
     * longer eligible are left out.
     */
    List<Month> read(Village village, YearMonth month, ActivePlan plan, List<Long> ids) {
        Set<String> latestTypes = plan.compiled().latestTypes();
        List<Month> months = new ArrayList<>(ids.size());
        // Nothing is written before a part's month is read, so its queries need not flush: Hibernate would otherwise
        // check every entry read for the households before, before each query (ADR 0202: most of a month-end's time).
        FlushModeType flushing = entityManager.getFlushMode();
        entityManager.setFlushMode(FlushModeType.COMMIT);
        try {
            for (Household household : inOrder(village, ids)) {
                months.add(month(household,
                        ledger.monthEntries(village.id(), household.id(), month),
                        events.talliesOf(village.id(), household.id(), month),
                        latestEvents.of(village.id(), month, latestTypes, List.of(household.id()))
                                .getOrDefault(household.id(), Map.of())));
            }
        } finally {
            entityManager.setFlushMode(flushing);
        }
        return months;
    }

    private static Month month(Household household, List<MonthEntry> awards, List<EventTally> tallies,
            Map<String, Map<String, String>> latest) {
        HouseholdMonth entries = new HouseholdMonth(awards);
        return new Month(household, new Facts(String.valueOf(household.id()), household.getGroup(),
                household.getCentralVillage(), household.getMembers(), household.getPermanentResidents(),
                Set.copyOf(household.getTags()),
                tallies.stream().sorted(Comparator.comparing(EventTally::type)).toList(),
                entries.standingEventAwards(), entries.scoredEvents(), latest), entries);
    }

    private List<Household> inOrder(Village village, List<Long> ids) {
        Map<Long, Household> byId = eligibleById(village, ids);
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private Map<Long, Household> eligibleById(Village village, List<Long> ids) {
        return households.findWithTagsByVillageIdAndIdIn(village.id(), ids).stream()
                .filter(Household::isEligible).collect(Collectors.toMap(Household::id, h -> h));
    }

    /**
     * The awards the plan's month-end rules give the household's month, within the plan's budget for one run (awards,
     * firings, CPU: {@link org.jifen.engine.CompiledPlan}). Past it, the plan's fault, naming the household.
     */
    List<FiredAward> fire(ActivePlan plan, Month household, YearMonth month) {
        try {
            return plan.compiled().fire(household.facts().asFacts(month));
        } catch (RuleFailed failed) {
            Household named = household.household();
            throw PlanFault.atMonthEnd(failed, "户号 " + named.getHouseholdNo() + "（" + named.getHeadName() + "）");
        }
    }

    /**
     * Writes the month-end of these households, in their order, with what {@code wanted} says each should have:
     * month-end entries of another version that nothing took back are replaced by the governing version's (ADR 0056),
     * those that no longer apply are taken back, the missing ones granted. One append to the chain for all of them.
     */
    Written write(Village village, YearMonth month, ActivePlan plan, List<Month> months,
            Function<Month, List<FiredAward>> wanted, Actor by, Instant now) {
        List<Award> appended = entries(village, month, plan, months, wanted, by, now).appended();
        chain.appendAll(appended);
        return Written.of(appended);
    }

    /**
     * Writes a part of a month-end held in one long transaction (a finalisation, ADR 0169), then lets go of what the
     * part wrote and the entries it took back: flushed, and detached from the persistence context, so that the
     * transaction holds one part's entries in memory, not the village's month.
     */
    Written writeAndLetGo(Village village, YearMonth month, ActivePlan plan, List<Month> months,
            Function<Month, List<FiredAward>> wanted, Actor by, Instant now, EntryBudget budget) {
        Entries entries = entries(village, month, plan, months, wanted, by, now);
        budget.spend(entries.appended().size());
        List<Award> saved = chain.appendAll(entries.appended());
        entityManager.flush();
        entries.takenBack().forEach(entityManager::detach);
        saved.forEach(entityManager::detach);
        return Written.of(entries.appended());
    }

    /** The entries to append, and the stored entries read as entities to take them back. */
    private record Entries(List<Award> appended, Collection<Award> takenBack) {
    }

    /** What one household's month-end changes: entries to take back, each with its source and reason, and to add. */
    private record Change(Month household, List<Reversal> reversals, List<FiredAward> toAdd) {
    }

    private record Reversal(MonthEntry entry, AwardSource source, String reason) {
    }

    private Entries entries(Village village, YearMonth month, ActivePlan plan, List<Month> months,
            Function<Month, List<FiredAward>> wanted, Actor by, Instant now) {
        long governing = plan.ruleSet().id();
        String replacedBy = REPLACED.formatted(plan.ruleSet().getVersion());
        List<Change> changes = new ArrayList<>(months.size());
        for (Month household : months) {
            HouseholdMonth entries = household.entries();
            List<FiredAward> fired = wanted.apply(household);
            List<Reversal> reversals = new ArrayList<>();
            for (MonthEntry replaced : entries.otherVersionsMonthEndAwards(governing)) {
                reversals.add(new Reversal(replaced, AwardSource.RESCORE, replacedBy));
            }
            Reconciliation<MonthEntry> change = Reconciliation.of(entries.standingMonthEndAwards(governing),
                    MonthEntry::asFired, fired);
            for (MonthEntry gone : change.toReverse()) {
                // A month-end award a reviewer already rejected is out of the month; nothing to take back twice.
                if (!entries.isReversed(gone)) {
                    reversals.add(new Reversal(gone, AwardSource.MONTH_END, NO_LONGER_APPLIES));
                }
            }
            changes.add(new Change(household, reversals, change.toAdd()));
        }
        // The month was read as projections; the few entries taken back are read as entities, all in one query.
        List<Long> toTakeBack = changes.stream().flatMap(c -> c.reversals().stream()).map(r -> r.entry().id())
                .toList();
        Map<Long, Award> takenBack = toTakeBack.isEmpty() ? Map.of()
                : ledger.findByIdIn(toTakeBack).stream().collect(Collectors.toMap(Award::id, a -> a));
        List<Award> appended = new ArrayList<>();
        for (Change change : changes) {
            for (Reversal reversal : change.reversals()) {
                appended.add(Objects.requireNonNull(takenBack.get(reversal.entry().id())).reversal(reversal.source(),
                        month, reversal.reason(), by.username(), null, now));
            }
            for (FiredAward award : change.toAdd()) {
                appended.add(Award.monthEnd(village.id(), change.household().household().id(), month,
                        plan.ruleSet().id(), plan.ruleSet().getVersion(), plan.ruleSet().getSha256(), award,
                        by.username(), now));
            }
        }
        return new Entries(appended, takenBack.values());
    }

    /** A household's entries of the month, with what reverses what. */
    static final class HouseholdMonth {

        private final List<MonthEntry> awards;
        private final Map<Long, MonthEntry> reversalOf = new HashMap<>();

        HouseholdMonth(List<MonthEntry> awards) {
            this.awards = awards;
            awards.stream().filter(MonthEntry::isReversal).forEach(r -> reversalOf.put(r.reversesAwardId(), r));
        }

        /** Whether a stored entry was taken back; one not written yet never is. */
        boolean isReversed(MonthEntry award) {
            return reversalOf.containsKey(award.id());
        }

        /** The events that have an award still standing: those a rule scored (ADR 0127). */
        int scoredEvents() {
            return (int) awards.stream().filter(a -> a.source() == AwardSource.EVENT && !isReversed(a))
                    .map(MonthEntry::eventId).filter(Objects::nonNull).distinct().count();
        }

        /** What the month's events were granted, less what a review took back. */
        List<FiredAward> standingEventAwards() {
            return awards.stream().filter(a -> a.source() == AwardSource.EVENT && !isReversed(a))
                    .map(MonthEntry::asFired).toList();
        }

        /**
         * Month-end awards of the governing version that no evaluation or re-scoring has taken back. One a reviewer
         * rejected, of whichever version, still stands here, so that the rules giving it again does not grant it
         * again: the reviewer's decision holds.
         */
        List<MonthEntry> standingMonthEndAwards(long governing) {
            return awards.stream().filter(a -> a.source() == AwardSource.MONTH_END && !a.isReversal())
                    .filter(a -> isReversed(a) ? reversalOf.get(a.id()).source() == AwardSource.REVIEW
                            : a.ruleSetId() == governing)
                    .toList();
        }

        /** Month-end awards of another version that nothing has taken back: the governing version's replace them. */
        List<MonthEntry> otherVersionsMonthEndAwards(long governing) {
            return awards.stream().filter(a -> a.source() == AwardSource.MONTH_END && !a.isReversal()
                    && !isReversed(a) && a.ruleSetId() != governing).toList();
        }
    }
}
