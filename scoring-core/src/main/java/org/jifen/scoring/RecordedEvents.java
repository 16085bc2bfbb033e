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
    public record Line(long id, String rule, String category, Kind kind, int points, boolean reversed,
            boolean reversible) {
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

    /** The events {@code username} recorded in the village on {@code day} (the service's time zone), newest first. */
    @Transactional(readOnly = true)
    public List<Entry> byRecorderOn(String villageCode, String username, LocalDate day) {
        Village village = villages.byCode(villageCode);
        Instant from = day.atStartOfDay(clock.getZone()).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        List<BehaviourEvent> recorded = events
                .findByVillageIdAndRecordedByAndRecordedAtGreaterThanEqualAndRecordedAtLessThanOrderByIdDesc(
                        village.id(), username, from, to);
        Map<Long, Household> whose = households.findByVillageIdOrderByGroupAscHouseholdNoAsc(village.id()).stream()
                .collect(Collectors.toMap(Household::id, Function.identity()));
        return recorded.stream().map(event -> entry(village, event, whose.get(event.getHouseholdId()))).toList();
    }

    private Entry entry(Village village, BehaviourEvent event, Household household) {
        boolean open = !finalised.existsByVillageIdAndMonth(village.id(), event.getMonth());
        Set<Long> reversed = ledger.findByVillageIdAndHouseholdIdAndMonthOrderById(village.id(),
                        event.getHouseholdId(), event.getMonth()).stream()
                .map(Award::getReversesAwardId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        List<Line> lines = ledger.findByEventRowIdOrderById(event.id()).stream()
                .map(award -> new Line(award.id(), award.getRule(), award.getCategory(), award.getKind(),
                        award.getPoints(), reversed.contains(award.id()),
                        open && !reversed.contains(award.id())))
                .toList();
        return new Entry(event.getEventId(), event.getHouseholdId(), household.getHouseholdNo(),
                household.getHeadName(), event.getType(), event.getOccurredOn(), event.getRecordedAt(), lines);
    }
}
