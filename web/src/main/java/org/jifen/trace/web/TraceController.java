package org.jifen.trace.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jifen.access.Actor;
import org.jifen.access.VillageForbidden;
import org.jifen.endpoint.Refuses;
import org.jifen.trace.AwardNotFound;
import org.jifen.trace.AwardTrace;
import org.jifen.trace.TraceService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "溯源 Traces", description = "一条积分的来历 (why a point exists)")
class TraceController {

    private final TraceService traces;

    TraceController(TraceService traces) {
        this.traces = traces;
    }

    @Operation(operationId = "traceAward", summary = "一条积分的来历 · Trace an award to its rule, plan, event and people")
    @Refuses({AwardNotFound.class, VillageForbidden.class})
    @GetMapping("/api/awards/{id}/trace")
    AwardTrace trace(@PathVariable long id, Actor by) {
        return traces.trace(id, by);
    }
}
