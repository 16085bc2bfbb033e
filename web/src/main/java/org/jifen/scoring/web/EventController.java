package org.jifen.scoring.web;

import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.jifen.access.Actor;
import org.jifen.endpoint.Refuses;
import org.jifen.finalisation.MonthAlreadyFinalised;
import org.jifen.household.HouseholdNotEligible;
import org.jifen.household.HouseholdNotFound;
import org.jifen.plan.NoActivePlan;
import org.jifen.plan.PlanFault;
import org.jifen.scoring.EventIdReused;
import org.jifen.scoring.EventNotFound;
import org.jifen.scoring.EventOutcome;
import org.jifen.scoring.EventRecorder;
import org.jifen.scoring.EventResult;
import org.jifen.scoring.ImplausibleDate;
import org.jifen.scoring.MonthLedgerFull;
import org.jifen.scoring.RecordEvent;
import org.jifen.scoring.Recorded;
import org.jifen.scoring.UnknownEventType;
import org.jifen.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "行为事件 Events", description = "登记行为事件，方案给出积分 (events and the points the plan gives)")
class EventController {

    private final EventRecorder recorder;

    EventController(EventRecorder recorder) {
        this.recorder = recorder;
    }

    record Batch(@NotNull @Size(max = 500, message = "一次最多提交 500 条") List<RecordEvent> events) {
    }

    /**
     * One answer per event, in order: the body {@code POST /events} answers, or the problem that refused it. (Not
     * {@code oneOf} in the API description: naming Spring's ProblemDetail class there would replace the service's own
     * ProblemDetail schema.)
     */
    record BatchResults(@ArraySchema(schema = @Schema(implementation = Object.class, description = "登记结果（同 POST "
            + "/events 的回答）或拒绝的原因（ProblemDetail）· the event's result, or the problem that refused it"))
            List<BatchResult> results) {
    }

    /**
     * An event's answer within a batch, written as the answer itself. Not sealed: springdoc would describe a sealed
     * type's permitted records as subtypes, and the problem's as a second ProblemDetail schema.
     */
    interface BatchResult {

        static BatchResult of(EventOutcome outcome) {
            return outcome instanceof EventOutcome.Refused refused ? new Refused(Problems.of(refused.refusal()))
                    : new Scored(((Recorded) outcome).result());
        }
    }

    record Scored(EventResult result) implements BatchResult {

        @JsonValue
        EventResult answer() {
            return result;
        }
    }

    record Refused(ProblemDetail problem) implements BatchResult {

        @JsonValue
        ProblemDetail answer() {
            return problem;
        }
    }

    @Operation(operationId = "recordEvent", summary = "登记行为事件并评分 · Record an event and score it",
            description = """
            Scores the event with the plan version that governs its month and answers 201 \
            {eventId, ruleSetVersion, awards: [{id, rule, category, kind, points, counted, atMonthEnd?}], \
            month: {base, bonus, total, vetoed, gained}, notices: [..]}. `notices` (Chinese, ADR 0172) says why an \
            event scored nothing or which attribute value the plan's rules do not know (attributes stay free: such \
            an event is recorded). `points` is what the rule asked; `counted` what the award \
            added to the household's month after the rule's cap, the base's 0..100, the bonus floor and a veto; \
            `month` is the household's month just after the event and `gained` what the event changed it by. \
            `atMonthEnd`, present only for a deduction the base's floor of 0 holds back in a month whose plan adds \
            base points at its evaluation (「月度基础分」), is what will come off those base points then (ADR 0251). Both \
            are as of recording and kept: the same eventId with the same body answers 200 with exactly the first \
            answer (null counted/month for events recorded before they were kept).""",
            responses = {
                @ApiResponse(responseCode = "201", description = "已登记 (recorded)", useReturnTypeSchema = true),
                @ApiResponse(responseCode = "200", description = "同一事件此前已登记，返回原结果 (the same event was "
                        + "recorded before: the first result)", useReturnTypeSchema = true)})
    @Refuses({HouseholdNotFound.class, HouseholdNotEligible.class, ImplausibleDate.class, MonthAlreadyFinalised.class,
            UnknownEventType.class, NoActivePlan.class, PlanFault.class, EventIdReused.class, MonthLedgerFull.class})
    @PostMapping("/api/villages/{code}/events")
    ResponseEntity<EventResult> record(@PathVariable String code, @Valid @RequestBody RecordEvent request, Actor by) {
        Recorded recorded = recorder.record(code, request, by);
        return recorded.created()
                ? ResponseEntity.created(URI.create("/api/villages/" + code + "/events/" + request.eventId()))
                        .body(recorded.result())
                : ResponseEntity.ok(recorded.result());
    }

    /** The event types staff may record, from the active plan's catalog.csv (empty where it has none). */
    @Operation(operationId = "listEventTypes", summary = "本村方案的事件类型清单 · List the active plan's event types")
    @Refuses(PlanFault.class)
    @GetMapping("/api/villages/{code}/event-types")
    List<org.jifen.engine.EventCatalog.EventType> eventTypes(@PathVariable String code) {
        return recorder.eventTypes(code);
    }

    @Operation(operationId = "getEvent", summary = "一条事件及其积分 · Get an event and its awards")
    @Refuses(EventNotFound.class)
    @GetMapping("/api/villages/{code}/events/{eventId}")
    EventResult one(@PathVariable String code, @PathVariable String eventId) {
        return recorder.find(code, eventId);
    }

    /** Each event on its own: one result per event, in order, either the recorded body or a problem. */
    @Operation(operationId = "recordEvents", summary = "批量登记事件（每条单独成败）· Record a batch of events, each on its own",
            description = "One result per event, in order: the body POST /events answers (with counted and month), "
                    + "or a problem. The batch is written in one transaction: a refused event writes nothing and "
                    + "never undoes another; an unexpected failure (500) records none of them, so sending the batch "
                    + "again is safe.")
    @PostMapping("/api/villages/{code}/events:batch")
    BatchResults recordAll(@PathVariable String code, @Valid @RequestBody Batch batch, Actor by) {
        return new BatchResults(recorder.recordAll(code, batch.events(), by).stream().map(BatchResult::of).toList());
    }
}
