package org.jifen.evaluation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.YearMonth;
import org.jifen.endpoint.Refuses;
import org.jifen.evaluation.RescoringBusy;
import org.jifen.evaluation.Simulation;
import org.jifen.evaluation.SimulationMonthImplausible;
import org.jifen.evaluation.SimulationReport;
import org.jifen.evaluation.SimulationTooLarge;
import org.jifen.plan.PlanFault;
import org.jifen.plan.RuleSetNotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A plan version tried on a past month: evaluation's, under the plans' address and heading in the API description. */
@RestController
@Tag(name = "方案 Plans", description = "各村的积分方案：上传、检查、启用、版本比较与试算 (a village's scoring plan)")
class SimulationController {

    private final Simulation simulation;

    SimulationController(Simulation simulation) {
        this.simulation = simulation;
    }

    /**
     * What this version would have given each household in a past month, beside what it got, and the events the
     * governing version scored that this one gives nothing for ({@code noLongerScored}); writes nothing.
     */
    @Operation(operationId = "simulatePlan", summary = "试算：这一版方案会给某月各户多少分 · Simulate a version on a past month",
            description = """
            Scores the month's recorded events and month-end again with this version, in memory, and writes nothing. \
            Answers each eligible household's total now and under this version (households), how many changed, and \
            noLongerScored: [{type, events}], the event types the governing version scored and this version gives \
            nothing for, with how many of the month's events that is: the usual reason a household loses points \
            under a new version (ADR 0191).""")
    @Refuses({RuleSetNotFound.class, PlanFault.class, SimulationMonthImplausible.class, SimulationTooLarge.class,
            RescoringBusy.class})
    @GetMapping("/api/villages/{code}/rule-sets/{version}/simulation")
    SimulationReport simulate(@PathVariable String code, @PathVariable int version,
            @RequestParam("month") YearMonth month) {
        return simulation.simulate(code, version, month);
    }
}
