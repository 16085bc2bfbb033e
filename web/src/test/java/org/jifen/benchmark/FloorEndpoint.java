package org.jifen.benchmark;

import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jifen.access.Actor;
import org.jifen.scoring.RecordEvent;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The event benchmark's floor: what any service on this stack pays for an event over HTTP before it does anything of
 * its own. Beside the service's two addresses, under the same village prefix and so through the same Tomcat, security
 * filters (sign-in, the village's access rule), request mapping, JSON and validation of the same request records, it
 * writes raw JDBC's rows ({@link RawRows}) in one transaction a request and answers a body of the service's shape.
 * The ratio floor / raw JDBC is the most any implementation of issue 13's service could reach on this machine; the
 * service / floor what Jifen's own work (checks, scoring, the chain, the household's month) leaves of it. Only the
 * benchmark imports it.
 */
@TestComponent
@RestController
class FloorEndpoint {

    private final RawRows rows;
    private final Validator validator;

    FloorEndpoint(RawRows rows, Validator validator) {
        this.rows = rows;
        this.validator = validator;
    }

    @PostMapping("/api/villages/{code}/benchmark-floor/events")
    ResponseEntity<Answer> record(@PathVariable String code, @Valid @RequestBody RecordEvent request, Actor by) {
        int awards = rows.write(rows.single(), 1);
        return ResponseEntity.created(URI.create("/api/villages/" + code + "/events/" + request.eventId()))
                .body(Answer.of(request, Collections.nCopies(awards, AwardLine.ANY)));
    }

    @PostMapping("/api/villages/{code}/benchmark-floor/events:batch")
    Answers recordAll(@PathVariable String code, @Valid @RequestBody Batch batch, Actor by) {
        // As the service's batch does: each event validated on its own, so that one bad event is refused alone.
        batch.events().forEach(validator::validate);
        int awards = rows.write(rows.batch(), batch.events().size());
        List<Answer> results = new ArrayList<>(batch.events().size());
        for (int i = 0; i < batch.events().size(); i++) {
            // raw JDBC's award rows go to the batch's events in turn (RawRows)
            int mine = awards / batch.events().size() + (i < awards % batch.events().size() ? 1 : 0);
            results.add(Answer.of(batch.events().get(i), Collections.nCopies(mine, AwardLine.ANY)));
        }
        return new Answers(results);
    }

    record Batch(@NotNull @Size(max = 500) List<RecordEvent> events) {
    }

    record Answers(List<Answer> results) {
    }

    /** The fields of the service's answer (EventResult), with fixed values. */
    record Answer(String eventId, int ruleSetVersion, List<AwardLine> awards, Month month, List<String> notices) {

        static Answer of(RecordEvent request, List<AwardLine> awards) {
            return new Answer(request.eventId(), 1, awards, new Month(60, 0, 62, false, 2), List.of());
        }
    }

    record AwardLine(long id, String rule, String category, String kind, int points, int counted) {

        static final AwardLine ANY = new AwardLine(1, "参加村民大会", "村民议事", "BASE", 2, 2);
    }

    record Month(int base, int bonus, int total, boolean vetoed, int gained) {
    }
}
