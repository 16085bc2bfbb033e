package org.jifen.trace.web;

import org.jifen.access.Actor;
import org.jifen.trace.AwardTrace;
import org.jifen.trace.TraceService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TraceController {

    private final TraceService traces;

    TraceController(TraceService traces) {
        this.traces = traces;
    }

    @GetMapping("/api/awards/{id}/trace")
    AwardTrace trace(@PathVariable long id, Actor by) {
        return traces.trace(id, by);
    }
}
