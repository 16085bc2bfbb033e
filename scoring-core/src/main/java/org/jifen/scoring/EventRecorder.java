package org.jifen.scoring;

import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jifen.access.Actor;
import org.jifen.engine.FiredAward;
import org.jifen.finalisation.MonthAlreadyFinalised;
import org.jifen.household.Household;
import org.jifen.household.HouseholdNotEligible;
import org.jifen.household.HouseholdNotFound;
import org.jifen.household.Households;
import org.jifen.plan.RuleSet;
import org.jifen.problem.MalformedRequest;
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
    private final VillageReferences references;
    private final ActivePlans activePlans;
    private final BehaviourEvents events;
    private final EventsByClientId recordedBefore;
    private final AwardLedger ledger;
    private final Ledger chain;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Validator validator;
    private final java.time.Clock clock;
    private final EventMeters meters;
    private final MonthGains gains;
    private final RecordingSettings bounds;
    private final RecordedRows rows;
    /** Single submissions of one village at the same moment, written together: at most a batch's worth at once. */
    private final GroupCommit<Submission, Written> together = new GroupCommit<>(100);
    /** Back-filling past months is normal; more than this many years back is a typing mistake. */
    private static final int OLDEST_YEARS = 5;

    EventRecorder(Villages villages, Households households, VillageReferences references, ActivePlans activePlans,
            BehaviourEvents events, AwardLedger ledger, Ledger chain, TransactionTemplate transactions, JsonMapper json,
            Validator validator, java.time.Clock clock, EventMeters meters, MonthGains gains,
            RecordingSettings bounds, RecordedRows rows, EventsByClientId recordedBefore) {
        this.bounds = bounds;
        this.rows = rows;
        this.meters = meters;
        this.gains = gains;
        this.villages = villages;
        this.households = households;
        this.references = references;
        this.activePlans = activePlans;
        this.events = events;
        this.recordedBefore = recordedBefore;
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

    /**
     * A single submission, written together with the village's other submissions of the moment (ADR 0102): one
     * transaction and one lock of the chain head for all of them, each with its own answer, replay and refusal.
     */
    private Recorded recordOrReplay(String villageCode, RecordEvent request, Actor by) {
        Written written = together.submit(villageCode, new Submission(request, by),
                group -> writeTogether(villageCode, group));
        if (written.failure() != null) {
            throw written.failure();
        }
        if (written.outcome() instanceof EventOutcome.Refused refused) {
            throw refused.refusal();
        }
        return (Recorded) written.outcome();
    }

    /** A submission written with the others of its moment: its outcome, or the exception it failed with. */
    private record Written(@Nullable EventOutcome outcome, @Nullable RuntimeException failure) {

        static Written of(EventOutcome outcome) {
            return new Written(outcome, null);
        }

        static Written failed(RuntimeException failure) {
            return new Written(null, failure);
        }
    }

    /**
     * Writes a group of single submissions in one transaction. Should the transaction fail as a whole (another
     * submission of one of its events committed first, or a fault of one of them), each is written again in a
     * transaction of its own, so that one event's failure is its own: one result per submission, a {@link Recorded},
     * a refusal or the exception it failed with.
     */
    private List<Written> writeTogether(String villageCode, List<Submission> group) {
        try {
            // Each single submission writes at most its run's 100 entries: only the month's bound applies.
            return transactions.execute(status -> recordTogether(village(villageCode), group, Long.MAX_VALUE))
                    .stream().map(Written::of).toList();
        } catch (Refusal refused) {
            return group.stream().map(submission -> Written.of(new EventOutcome.Refused(refused))).toList();
        } catch (RuntimeException failed) {
            if (group.size() == 1 && !(failed instanceof DataIntegrityViolationException)) {
                return List.of(Written.failed(failed));
            }
            List<Written> results = new ArrayList<>(group.size());
            for (Submission submission : group) {
                results.add(alone(villageCode, submission));
            }
            return results;
        }
    }

    /** One submission in its own transaction: a replay when another submission of its event committed first. */
    private Written alone(String villageCode, Submission submission) {
        try {
            return Written.of(transactions.execute(status -> recordTogether(village(villageCode),
                    List.of(submission), Long.MAX_VALUE).get(0)));
        } catch (RuntimeException failed) {
            return Written.failed(failed);
        }
    }

    /** An event to record and who asked. */
    private record Submission(RecordEvent request, Actor by) {
    }

    private Village village(String villageCode) {
        return references.village(villageCode);
    }

    /**
     * Records a batch of one village's events in the caller's one transaction, each checked, scored and stored on its
     * own, in order: one outcome per event, recorded or refused. What the events need of the
     * database is read once for all of them ({@link VillageBatch}); a refusal is found before its event writes
     * anything, so it never undoes a neighbour.
     */
    private List<EventOutcome> recordTogether(Village village, List<Submission> submissions, long entriesAtMost) {
        // The village's lock row (ADR 0227) shared first, before the chain head, in the order activation and
        // finalisation take them: an event and the finalisation of its month, or an activation that re-scores it,
        // cannot both commit, and the finalised months and governing versions held in memory stand until the commit
        // (ADR 0204). Shares never wait for each other.
        VillageReferences.Held held = references.hold(village);
        VillageBatch batch = new VillageBatch(village, submissions.stream().map(Submission::request).toList(),
                recordedBefore, ledger, households, held, activePlans, chain, gains, bounds, entriesAtMost);
        // Every event that is its id's first is checked and scored before the chain head is taken (ADR 0205): what
        // scoring reads stands since the share above. Only the household's month, the month's count of entries
        // (ADR 0219) and the appends need the head.
        List<@Nullable Object> scored = new ArrayList<>(submissions.size());
        Set<String> seen = new HashSet<>();
        for (Submission submission : submissions) {
            RecordEvent request = submission.request();
            if (!seen.add(request.eventId()) || batch.recordedBefore(request.eventId()).isPresent()) {
                scored.add(null);
                continue;
            }
            try {
                scored.add(score(batch, request));
            } catch (Refusal refused) {
                scored.add(refused);
            }
        }
        List<EventOutcome> results = new ArrayList<>(submissions.size());
        for (int i = 0; i < submissions.size(); i++) {
            RecordEvent request = submissions.get(i).request();
            try {
                Recorded recorded = recordOnce(batch, request, submissions.get(i).by(), scored.get(i));
                batch.recordedHere(request, recorded);
                results.add(recorded);
            } catch (Refusal refused) {
                results.add(new EventOutcome.Refused(refused));
            }
        }
        // Every event's row and every entry's, for the whole group or batch: one statement on PostgreSQL, a JDBC batch
        // a table on H2 (ADR 0229, 0265).
        rows.write();
        return results;
    }

    /**
     * The event replayed, or stored with its awards under the chain head, or a refusal before anything is written.
     * {@code early} is what scoring it found before the head ({@link Scored} or its {@link Refusal}); null for a
     * repeat of an id, which is scored here should its first not have been recorded.
     */
    private Recorded recordOnce(VillageBatch batch, RecordEvent request, Actor by, @Nullable Object early) {
        Optional<Recorded> replay = replay(batch, request);
        if (replay.isPresent()) {
            return replay.get();
        }
        if (early instanceof Refusal refused) {
            throw refused;
        }
        Scored scored = early instanceof Scored done ? done : score(batch, request);
        // The village's chain head, held from here to the commit, makes the month read for the answer the month these
        // awards join, and orders the appends (ADR 0058).
        batch.holdHead();
        batch.roomFor(YearMonth.from(request.occurredOn()), scored.fired().size());
        Recorded recorded = new Recorded(store(batch, request, scored.plan(), scored.fired(), by), true);
        batch.wrote(scored.fired().size());
        return recorded;
    }

    /** An event checked and fired by the version that governs its month, nothing stored yet. */
    private record Scored(ActivePlan plan, List<FiredAward> fired) {
    }

    /** The checks and the scoring, or a refusal: needs the village's lock row shared, not the chain head. */
    private Scored score(VillageBatch batch, RecordEvent request) {
        Village village = batch.village;
        Household household = batch.household(request.householdId())
                .orElseThrow(() -> new HouseholdNotFound(village.getCode(), request.householdId()));
        if (!household.isEligible()) {
            throw new HouseholdNotEligible(household);
        }
        LocalDate today = LocalDate.now(clock);
        if (request.occurredOn().isAfter(today) || request.occurredOn().isBefore(today.minusYears(OLDEST_YEARS))) {
            throw new ImplausibleDate(request.occurredOn(), today, OLDEST_YEARS);
        }
        YearMonth month = YearMonth.from(request.occurredOn());
        // A finalised month is immutable: what the self-governance group approved stays what the households see.
        if (batch.finalised(month)) {
            throw new MonthAlreadyFinalised(village, month);
        }
        // The version that governs the month cannot change until the commit: an activation locks the village's lock
        // row, which this transaction shares (ADR 0056, 0204).
        ActivePlan plan = batch.plan(month);
        plan.compiled().catalog().filter(catalog -> !catalog.lists(request.type())).ifPresent(catalog -> {
            throw new UnknownEventType(request.type(), catalog.types().keySet());
        });
        return new Scored(plan, plan.fire(List.of(event(request, household), household.fact())));
    }

    /**
     * Records each event on its own: one outcome per event, in order, recorded or refused. One event's failure never undoes or stops another's recording. The batch is written in one
     * transaction; should another submission of one of its events commit first, each event is recorded in its own
     * transaction instead, as a single submission is.
     */
    public List<EventOutcome> recordAll(String villageCode, List<@Nullable RecordEvent> requests, Actor by) {
        // A batch for a village that does not exist is refused as a whole, not answered 200 with a refusal per event.
        Village village = village(villageCode);
        List<@Nullable EventOutcome> results = new ArrayList<>(requests.size());
        List<RecordEvent> valid = new ArrayList<>(requests.size());
        for (RecordEvent request : requests) {
            try {
                valid.add(valid(request));
                results.add(null);
            } catch (Refusal refused) {
                results.add(new EventOutcome.Refused(refused));
            }
        }
        List<EventOutcome> recorded;
        long start = System.nanoTime();
        try {
            recorded = transactions.execute(status -> recordTogether(village,
                    valid.stream().map(request -> new Submission(request, by)).toList(),
                    bounds.requestEntriesAtMost()));
        } catch (DataIntegrityViolationException raced) {
            recorded = new ArrayList<>(valid.size());
            for (RecordEvent request : valid) {
                try {
                    recorded.add(recordOrReplay(villageCode, request, by));
                } catch (Refusal refused) {
                    recorded.add(new EventOutcome.Refused(refused));
                }
            }
        }
        java.time.Duration each = java.time.Duration.ofNanos((System.nanoTime() - start) / Math.max(valid.size(), 1));
        var next = recorded.iterator();
        List<EventOutcome> outcomes = new ArrayList<>(results.size());
        for (EventOutcome refusedEarly : results) {
            EventOutcome outcome = refusedEarly != null ? refusedEarly : next.next();
            meters.counted(outcome, each);
            outcomes.add(outcome);
        }
        return outcomes;
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
        return types(activePlans.governing(village, YearMonth.now(clock)));
    }

    /**
     * The version that starts after this month, where none governs it (activated 「从下个月起」), with its event types:
     * what the record page describes until it applies (tryout clerk 5, M1). Empty where a version governs this month
     * or none is to come.
     */
    public Optional<ToCome> toCome(String villageCode) {
        Village village = villages.findByCode(villageCode).orElseThrow(() -> new VillageNotFound(villageCode));
        YearMonth now = YearMonth.now(clock);
        if (activePlans.noneGoverns(village, now).isEmpty()) {
            return Optional.empty();
        }
        return activePlans.toCome(village, now).map(plan -> new ToCome(plan.ruleSet().getVersion(),
                types(Optional.of(plan))));
    }

    /** A version still to come and its event types. */
    public record ToCome(int version, List<org.jifen.engine.EventCatalog.EventType> types) {
    }

    private static List<org.jifen.engine.EventCatalog.EventType> types(Optional<ActivePlan> governing) {
        return governing.flatMap(plan -> plan.compiled().catalog())
                .map(catalog -> catalog.types().values().stream()
                        .sorted(java.util.Comparator.comparing(org.jifen.engine.EventCatalog.EventType::category)
                                .thenComparing(org.jifen.engine.EventCatalog.EventType::type))
                        .toList())
                .orElse(List.of());
    }

    /** What the plan governing this month knows of its event types' attributes: the choices staff are offered. */
    public org.jifen.engine.AttributeChoices attributeChoices(String villageCode) {
        Village village = villages.findByCode(villageCode).orElseThrow(() -> new VillageNotFound(villageCode));
        return activePlans.governing(village, YearMonth.now(clock)).map(plan -> plan.compiled().attributeChoices())
                .orElse(org.jifen.engine.AttributeChoices.NONE);
    }

    /**
     * What recording each type does by the plan the record page describes (the one governing this month, else the one
     * to come), said beside each 名称 (ADR 0258).
     */
    public org.jifen.engine.TypeEffects typeEffects(String villageCode) {
        Village village = villages.findByCode(villageCode).orElseThrow(() -> new VillageNotFound(villageCode));
        YearMonth now = YearMonth.now(clock);
        return activePlans.governing(village, now).or(() -> activePlans.toCome(village, now))
                .map(plan -> plan.compiled().typeEffects()).orElse(org.jifen.engine.TypeEffects.NONE);
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

    private EventResult store(VillageBatch batch, RecordEvent request, ActivePlan plan, List<FiredAward> fired,
            Actor by) {
        RuleSet ruleSet = plan.ruleSet();
        YearMonth month = YearMonth.from(request.occurredOn());
        EventResult.Counted counted = batch.gains.of(request.householdId(), month, plan.compiled(), fired)
                .withNotices(plan.compiled().attributeChoices().notices(request.type(), request.attributes(),
                        !fired.isEmpty()));
        // Written by recording's own rows writer when the group or batch is done (ADR 0229, 0265), not persisted.
        BehaviourEvent event = rows.event(new BehaviourEvent(batch.village.id(), request,
                json.writeValueAsString(request.attributes()), ruleSet.id(), ruleSet.getVersion(),
                by.username(), clock.instant(), json.writeValueAsString(counted)));
        List<Award> awards = chain.appendRecorded(fired.stream()
                .map(award -> new Award(event, ruleSet.getSha256(), award))
                .toList());
        batch.gains.stored(request.householdId(), month, awards);
        return EventResult.of(event, awards, counted);
    }

    /** What recording the event answered beyond its awards, as kept; null for an event recorded before it was. */
    private EventResult.@Nullable Counted answered(BehaviourEvent event) {
        return event.getAnswered() == null ? null
                : json.readValue(event.getAnswered(), EventResult.Counted.class);
    }

    /** A replay of what was recorded under the event's id before the batch or earlier in it. */
    private Optional<Recorded> replay(VillageBatch batch, RecordEvent request) {
        Optional<Map.Entry<String, Recorded>> here = batch.recordedHere(request.eventId());
        if (here.isPresent()) {
            if (!here.get().getKey().equals(request.fingerprint())) {
                throw new EventIdReused(request.eventId());
            }
            return Optional.of(new Recorded(here.get().getValue().result(), false));
        }
        return batch.recordedBefore(request.eventId()).map(first -> {
            if (!first.getFingerprint().equals(request.fingerprint())) {
                throw new EventIdReused(request.eventId());
            }
            return new Recorded(EventResult.of(first, batch.awardsOf(first), answered(first)), false);
        });
    }
}
