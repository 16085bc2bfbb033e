package org.jifen.scoring.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.jifen.access.Actor;
import org.jifen.problem.Refusal;
import org.jifen.scoring.EventRecorder;
import org.jifen.scoring.EventResult;
import org.jifen.scoring.RecordEvent;
import org.jifen.scoring.Recorded;
import org.jifen.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class EventController {

    private final EventRecorder recorder;

    EventController(EventRecorder recorder) {
        this.recorder = recorder;
    }

    record Batch(@NotNull @Size(max = 500, message = "一次最多提交 500 条") List<RecordEvent> events) {
    }

    record BatchResults(List<Object> results) {
    }

    @PostMapping("/api/villages/{code}/events")
    ResponseEntity<EventResult> record(@PathVariable String code, @Valid @RequestBody RecordEvent request, Actor by) {
        Recorded recorded = recorder.record(code, request, by);
        return recorded.created()
                ? ResponseEntity.created(URI.create("/api/villages/" + code + "/events/" + request.eventId()))
                        .body(recorded.result())
                : ResponseEntity.ok(recorded.result());
    }

    /** The event types staff may record, from the active plan's catalog.csv (empty where it has none). */
    @GetMapping("/api/villages/{code}/event-types")
    List<org.jifen.engine.EventCatalog.EventType> eventTypes(@PathVariable String code) {
        return recorder.eventTypes(code);
    }

    @GetMapping("/api/villages/{code}/events/{eventId}")
    EventResult one(@PathVariable String code, @PathVariable String eventId) {
        return recorder.find(code, eventId);
    }

    /** Each event on its own: one result per event, in order, either the recorded body or a problem. */
    @PostMapping("/api/villages/{code}/events:batch")
    BatchResults recordAll(@PathVariable String code, @Valid @RequestBody Batch batch, Actor by) {
        return new BatchResults(recorder.recordAll(code, batch.events(), by).stream()
                .map(result -> result instanceof Refusal refused ? Problems.of(refused)
                        : ((Recorded) result).result())
                .toList());
    }
}
