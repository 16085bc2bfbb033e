package org.jifen.scoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jifen.finalisation.FinalisedMonths;
import org.jifen.household.Household;
import org.jifen.household.Households;
import org.jifen.rules.Awards.Kind;
import org.jifen.village.Village;
import org.jifen.village.VillageService;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a member of staff recorded on a day, with each event's awards and whether it can still be taken back on
 * review: their list of the day's work, where they correct their own mistakes within the open month.
 */
@Service
public class RecordedEvents {

    /** One event as recorded, for whom, and what it gave. */
    public record Entry(String eventId, long householdId, String householdNo, String headName, String type,
            LocalDate occurredOn, Instant recordedAt, List<Line> awards) {

        public int points() {
            return awards.stream().filter(line -> !line.reversed()).mapToInt(Line::points).sum();
        }
    }

    /**
     * One award of the event; {@code reversed} once a review or correction took it back, {@code reversible} while
     * its month is open and nothing took it back yet.
     */
    /**
     * One award of the event. {@code rescoredAway}: a re-scoring took it back, not staff (tryout clerk 5, M7);
     * {@code rescoredBy}: the version whose re-scoring entered it, null for an award entered when the event was.
     */
    public record Line(long id, String rule, String category, Kind kind, int points, boolean reversed,
            boolean reversible, boolean rescoredAway, @Nullable Integer rescoredBy) {
    }

    private final VillageService villages;
    private final BehaviourEvents events;
    private final AwardLedger ledger;
    private final Households households;
    private final FinalisedMonths finalised;
    private final Clock clock;

    RecordedEvents(VillageService villages, BehaviourEvents events, AwardLedger ledger, Households households,
            FinalisedMonths finalised, Clock clock) {
        this.villages = villages;
        this.events = events;
        this.ledger = ledger;
        this.households = households;
        this.finalised = finalised;
        this.clock = clock;
    }

    /** The latest of the events one recorded on a day, and how many they recorded that day. */
    public record Day(List<Entry> latest, long total) {
    }

    /**
     * The latest {@code atMost} events {@code username} recorded in the village on {@code day} (the service's time
     * zone), newest first, with how many they recorded that day: a bounded page however many that was, its entries
     * and what took them back read in one answer each (the seventh outside attack's batches recorded 25,000 events a
     * day for one user, and each read its household's whole month).
     */
    @Transactional(readOnly = true)
    public Day byRecorderOn(String villageCode, String username, LocalDate day, int atMost) {
        Village village = villages.byCode(villageCode);
        Instant from = day.atStartOfDay(clock.getZone()).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        List<BehaviourEvent> recorded = events
                .findByVillageIdAndRecordedByAndRecordedAtGreaterThanEqualAndRecordedAtLessThan(village.id(), username,
                        from, to, PageRequest.of(0, atMost, Sort.by("id").descending()));
        long total = recorded.size() < atMost ? recorded.size()
                : events.countByVillageIdAndRecordedByAndRecordedAtGreaterThanEqualAndRecordedAtLessThan(village.id(),
                        username, from, to);
        Map<Long, List<Award>> awards = recorded.isEmpty() ? Map.of()
                : ledger.findByEventRowIdInOrderById(recorded.stream().map(BehaviourEvent::id).toList()).stream()
                        .collect(Collectors.groupingBy(
                                award -> java.util.Objects.requireNonNull(award.getEventRowId())));
        List<Long> awardIds = awards.values().stream().flatMap(List::stream).map(Award::id).toList();
        Set<Long> reversed = awardIds.isEmpty() ? Set.of() : Set.copyOf(ledger.reversedAmong(awardIds));
        Set<Long> rescoredAway = reversed.isEmpty() ? Set.of()
                : Set.copyOf(ledger.reversedAmongBy(reversed, AwardSource.RESCORE));
        Set<java.time.YearMonth> finalisedMonths = recorded.stream().map(BehaviourEvent::getMonth).distinct()
                .filter(month -> finalised.existsByVillageIdAndMonth(village.id(), month))
                .collect(Collectors.toSet());
        Map<Long, Household> whose = households.findByVillageIdOrderByGroupAscHouseholdNoAsc(village.id()).stream()
                .collect(Collectors.toMap(Household::id, Function.identity()));
        return new Day(recorded.stream().map(event -> entry(event, whose.get(event.getHouseholdId()),
                awards.getOrDefault(event.id(), List.of()), reversed, rescoredAway,
                !finalisedMonths.contains(event.getMonth()))).toList(), total);
    }

    private static Entry entry(BehaviourEvent event, Household household, List<Award> awards, Set<Long> reversed,
            Set<Long> rescoredAway, boolean open) {
        Instant recorded = event.getRecordedAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        List<Line> lines = awards.stream()
                .map(award -> new Line(award.id(), award.getRule(), award.getCategory(), award.getKind(),
                        award.getPoints(), reversed.contains(award.id()),
                        open && !reversed.contains(award.id()), rescoredAway.contains(award.id()),
                        award.getCreatedAt().equals(recorded) ? null : award.getRuleSetVersion()))
                .toList();
        return new Entry(event.getEventId(), event.getHouseholdId(), household.getHouseholdNo(),
                household.getHeadName(), event.getType(), event.getOccurredOn(), event.getRecordedAt(), lines);
    }
}
