package org.jifen.evaluation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.YearMonth;
import java.util.List;
import org.jifen.access.Actor;
import org.jifen.endpoint.AuditedAct;
import org.jifen.endpoint.Refuses;
import org.jifen.evaluation.EvaluationService;
import org.jifen.evaluation.EvaluationSummary;
import org.jifen.evaluation.FinalisedMonthView;
import org.jifen.evaluation.MonthStatus;
import org.jifen.evaluation.TownshipMonthEnd;
import org.jifen.finalisation.GroupTooSmall;
import org.jifen.finalisation.MonthAlreadyFinalised;
import org.jifen.finalisation.MonthNotOver;
import org.jifen.finalisation.NotEnoughApprovals;
import org.jifen.finalisation.UnknownApprovers;
import org.jifen.plan.NoActivePlan;
import org.jifen.plan.PlanFault;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "月度评定 Monthly cycle", description = "月度评分与自治小组定稿 (evaluation and the group's finalisation)")
class MonthlyCycleController {

    private final EvaluationService cycle;
    private final TownshipMonthEnd township;

    MonthlyCycleController(EvaluationService cycle, TownshipMonthEnd township) {
        this.cycle = cycle;
        this.township = township;
    }

    /** The ids of the self-governance group members who approved the month. */
    record Approvals(@NotNull @Size(max = 100) List<@NotNull Long> approvedBy) {
    }

    @AuditedAct(code = "month.evaluated", label = "月度评分", target = "month #{#month}",
            details = "{ruleSetVersion: #result?.ruleSetVersion(), awardsAdded: #result?.awardsAdded(), "
                    + "awardsReversed: #result?.awardsReversed()}")
    @Operation(operationId = "evaluateMonth", summary = "月度评分（运行月末规则）· Evaluate a month")
    @Refuses({NoActivePlan.class, PlanFault.class})
    @PostMapping("/api/villages/{code}/months/{month}/evaluate")
    EvaluationSummary evaluate(@PathVariable String code, @PathVariable YearMonth month, Actor by) {
        return cycle.evaluate(code, month, by);
    }

    /**
     * Every village's month evaluated in one call (ADR 0103), several villages at once; a village refused (no plan in
     * force, a plan that fails) is listed with its reason and the others go on.
     */
    @AuditedAct(code = "township.month-evaluated", label = "全镇月度评分", target = "month #{#month}",
            details = "{villages: #result?.villages(), evaluated: #result?.evaluated(), refused: #result?.refused()}")
    @Operation(operationId = "evaluateTownshipMonth", summary = "全镇各村月度评分 · Evaluate a month in every village")
    @PostMapping("/api/township/months/{month}/evaluate")
    TownshipMonthEnd.Outcome evaluateTownship(@PathVariable YearMonth month, Actor by) {
        return township.evaluateAll(month, by);
    }

    @AuditedAct(code = "month.finalised", label = "月度定稿", target = "month #{#month}",
            details = "{approvedBy: #approvals.approvedBy()}")
    @Operation(operationId = "finaliseMonth", summary = "自治小组定稿 · Finalise a month")
    @Refuses({MonthAlreadyFinalised.class, MonthNotOver.class, UnknownApprovers.class, GroupTooSmall.class,
            NotEnoughApprovals.class, NoActivePlan.class, PlanFault.class})
    @PostMapping("/api/villages/{code}/months/{month}/finalise")
    FinalisedMonthView finalise(@PathVariable String code, @PathVariable YearMonth month,
            @Valid @RequestBody Approvals approvals, Actor by) {
        return cycle.finalise(code, month, approvals.approvedBy(), by);
    }

    @Operation(operationId = "getMonthStatus", summary = "本村某月的评定与定稿情况 · Get a month's evaluations and finalisation")
    @GetMapping("/api/villages/{code}/months/{month}")
    MonthStatus status(@PathVariable String code, @PathVariable YearMonth month) {
        return cycle.status(code, month);
    }
}
