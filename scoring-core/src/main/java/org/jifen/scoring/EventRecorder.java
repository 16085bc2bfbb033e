package org.jifen.scoring;

import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jifen.access.Actor;
import org.jifen.engine.FiredAward;
import org.jifen.finalisation.FinalisedMonths;
import org.jifen.finalisation.MonthAlreadyFinalised;
import org.jifen.household.Household;
import org.jifen.household.HouseholdNotEligible;
import org.jifen.household.HouseholdNotFound;
import org.jifen.household.Households;
import org.jifen.plan.RuleSet;
import org.jifen.problem.Refusal;
import org.jifen.rules.Event;
import org.jifen.village.Village;
import org.jifen.village.VillageNotFound;
import org.jifen.village.Villages;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records behaviour events: checks, scores with the plan version that governs the event's month, and stores the event
 * with its awards, and what they count in the household's month, in one transaction. {@code eventId} makes it
 * idempotent: a repeat with the same body replays the first result, a repeat with another body is refused, and a race
 * between two first submissions is settled by the database.
 */
@Service
public class EventRecorder {

    private final Villages villages;
    private final Households households;
    private final FinalisedMonths finalisedMonths;
    private final ActivePlans activePlans;
    private final BehaviourEvents events;
    private final AwardLedger ledger;
    private final Ledger chain;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Validator validator;
    private final java.time.Clock clock;
    private final EventMeters meters;
    private final MonthGains gains;
    /** Back-filling past months is normal; more than this many years back is a typing mistake. */
    private static final int OLDEST_YEARS = 5;

    EventRecorder(Villages villages, Households households, FinalisedMonths finalisedMonths, ActivePlans activePlans,
            BehaviourEvents events, AwardLedger ledger, Ledger chain, TransactionTemplate transactions, JsonMapper json,
            Validator validator, java.time.Clock clock, EventMeters meters, MonthGains gains) {
        this.meters = meters;
        this.gains = gains;
        this.villages = villages;
        this.households = households;
        this.finalisedMonths = finalisedMonths;
        this.activePlans = activePlans;
        this.events = events;
        this.ledger = ledger;
        this.chain = chain;
        this.transactions = transactions;
        this.json = json;
        this.validator = validator;
        this.clock = clock;
    }

    public Recorded record(String villageCode, RecordEvent request, Actor by) {
        return meters.count(() -> recordOrReplay(villageCode, request, by));
    }

    private Recorded recordOrReplay(String villageCode, RecordEvent request, Actor by) {
        try {
            return transactions.execute(status -> recordOnce(villageCode, request, by));
        } catch (DataIntegrityViolationException raced) {
            Village village = villages.findByCode(villageCode).orElseThrow(() -> raced);
            return transactions.execute(status -> replay(village, request)).orElseThrow(() -> raced);
        }
    }

    /** One transaction: the checks, the scoring, and the event with its awards, or nothing at all. */
    private Recorded recordOnce(String villageCode, RecordEvent request, Actor by) {
        Village village = villages.findByCode(villageCode).orElseThrow(() -> new VillageNotFound(villageCode));
        Optional<Recorded> replay = replay(village, request);
        if (replay.isPresent()) {
            return replay.get();
        }
        Household household = households.findByIdAndVillageId(request.householdId(), village.id())
                .orElseThrow(() -> new HouseholdNotFound(villageCode, request.householdId()));
        if (!household.isEligible()) {
            throw new HouseholdNotEligible(household);
        }
        LocalDate today = LocalDate.now(clock);
        if (request.occurredOn().isAfter(today) || request.occurredOn().isBefore(today.minusYears(OLDEST_YEARS))) {
            throw new ImplausibleDate(request.occurredOn(), today, OLDEST_YEARS);
        }
        String month = YearMonth.from(request.occurredOn()).toString();
        if (YearMonth.from(request.occurredOn()).isBefore(YearMonth.now(clock))) {
            // Back-filling a past month: share the village row that finalisation locks, so an event and the
            // finalisation of its month cannot both commit. Current-month events never wait for each other.
            villages.shareByCode(villageCode);
        }
        // A finalised month is immutable: what the self-governance group approved stays what the households see.
        if (finalisedMonths.existsByVillageIdAndMonth(village.id(), month)) {
            throw new MonthAlreadyFinalised(villageCode, month);
        }
        // The village's chain head, held from here to the commit, keeps the version that governs the month from
        // changing under this event (an activation that re-scores the month waits, or has committed), and makes the
        // month read for the answer the month these awards join (ADR 0056, 0058).
        chain.holdHead(village.id());
        ActivePlan plan = activePlans.of(village, YearMonth.from(request.occurredOn()));
        plan.compiled().catalog().filter(catalog -> !catalog.lists(request.type())).ifPresent(catalog -> {
            throw new UnknownEventType(request.type(), catalog.types().keySet());
        });
        List<FiredAward> fired = plan.fire(List.of(event(request, household), household.fact()));
        return new Recorded(store(village, request, plan, fired, by), true);
    }

    /**
     * Records each event on its own: one result per event, in order, each a {@link Recorded} or the
     * {@link Refusal}. One event's failure never undoes or stops another's recording.
     */
    public List<Object> recordAll(String villageCode, List<@Nullable RecordEvent> requests, Actor by) {
        // A batch for a village that does not exist is refused as a whole, not answered 200 with a refusal per event.
        villages.findByCode(villageCode).orElseThrow(() -> new VillageNotFound(villageCode));
        List<Object> results = new ArrayList<>(requests.size());
        for (RecordEvent request : requests) {
            try {
                results.add(meters.count(() -> recordOrReplay(villageCode, valid(request), by)));
            } catch (Refusal refused) {
                results.add(refused);
            }
        }
        return results;
    }

    private RecordEvent valid(@Nullable RecordEvent request) {
        if (request == null) {
            throw new MalformedRequest("事件格式不正确：这一项是空的（null）");
        }
        var violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw MalformedRequest.of(violations.stream()
                    .map(v -> new MalformedRequest.FieldError(v.getPropertyPath().toString(), v.getMessage()))
                    .toList());
        }
        return request;
    }

    /** Where the plan has no catalog: the types that earned or cost points before, to choose from or type anew. */
    public List<String> typesThatCounted(String villageCode) {
        Village village = villages.findByCode(villageCode).orElseThrow(() -> new VillageNotFound(villageCode));
        return events.typesThatCounted(village.id());
    }

    /**
     * The event types staff may record this month: the catalog of the version that governs it, or none where that
     * version has no catalog or no version does.
     */
    public List<org.jifen.engine.EventCatalog.EventType> eventTypes(String villageCode) {
        Village village = villages.findByCode(villageCode).orElseThrow(() -> new VillageNotFound(villageCode));
        return activePlans.governing(village, YearMonth.now(clock)).flatMap(plan -> plan.compiled().catalog())
                .map(catalog -> catalog.types().values().stream()
                        .sorted(java.util.Comparator.comparing(org.jifen.engine.EventCatalog.EventType::category)
                                .thenComparing(org.jifen.engine.EventCatalog.EventType::type))
                        .toList())
                .orElse(List.of());
    }

    /** The event with the given client id, as recording it answered. */
    public EventResult find(String villageCode, String eventId) {
        return transactions.execute(status -> {
            Village village = villages.findByCode(villageCode).orElseThrow(() -> new VillageNotFound(villageCode));
            BehaviourEvent event = events.findByVillageIdAndEventId(village.id(), eventId)
                    .orElseThrow(() -> new EventNotFound(villageCode, eventId));
            return EventResult.of(event, ledger.findByEventRowIdOrderById(event.id()), answered(event));
        });
    }

    private static Event event(RecordEvent request, Household household) {
        return new Event(request.type(), String.valueOf(household.id()), request.occurredOn(), request.quantity(),
                request.attributes());
    }

    private EventResult store(Village village, RecordEvent request, ActivePlan plan, List<FiredAward> fired,
            Actor by) {
        RuleSet ruleSet = plan.ruleSet();
        EventResult.Counted counted = gains.of(village.id(), request.householdId(),
                YearMonth.from(request.occurredOn()), plan.compiled(), fired);
        BehaviourEvent event = events.save(new BehaviourEvent(village.id(), request,
                json.writeValueAsString(request.attributes()), ruleSet.id(), ruleSet.getVersion(),
                by.username(), Instant.now(), json.writeValueAsString(counted)));
        List<Award> awards = chain.appendAll(fired.stream()
                .map(award -> new Award(event, ruleSet.getSha256(), award))
                .toList());
        return EventResult.of(event, awards, counted);
    }

    /** What recording the event answered beyond its awards, as kept; null for an event recorded before it was. */
    private EventResult.@Nullable Counted answered(BehaviourEvent event) {
        return event.getAnswered() == null ? null
                : json.readValue(event.getAnswered(), EventResult.Counted.class);
    }

    private Optional<Recorded> replay(Village village, RecordEvent request) {
        return events.findByVillageIdAndEventId(village.id(), request.eventId()).map(first -> {
            if (!first.getFingerprint().equals(request.fingerprint())) {
                throw new EventIdReused(request.eventId());
            }
            return new Recorded(EventResult.of(first, ledger.findByEventRowIdOrderById(first.id()), answered(first)),
                    false);
        });
    }
}
