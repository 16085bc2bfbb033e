package org.jifen.evaluation.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.YearMonth;
import java.util.List;
import org.jifen.access.Actor;
import org.jifen.audit.web.AuditedAct;
import org.jifen.evaluation.EvaluationService;
import org.jifen.evaluation.EvaluationSummary;
import org.jifen.evaluation.FinalisedMonthView;
import org.jifen.evaluation.MonthStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MonthlyCycleController {

    private final EvaluationService cycle;

    MonthlyCycleController(EvaluationService cycle) {
        this.cycle = cycle;
    }

    /** The ids of the self-governance group members who approved the month. */
    record Approvals(@NotNull @Size(max = 100) List<@NotNull Long> approvedBy) {
    }

    @AuditedAct(code = "month.evaluated", label = "月度评分", target = "month #{#month}",
            details = "{ruleSetVersion: #result?.ruleSetVersion(), awardsAdded: #result?.awardsAdded(), "
                    + "awardsReversed: #result?.awardsReversed()}")
    @PostMapping("/api/villages/{code}/months/{month}/evaluate")
    EvaluationSummary evaluate(@PathVariable String code, @PathVariable YearMonth month, Actor by) {
        return cycle.evaluate(code, month, by);
    }

    @AuditedAct(code = "month.finalised", label = "月度定稿", target = "month #{#month}",
            details = "{approvedBy: #approvals.approvedBy()}")
    @PostMapping("/api/villages/{code}/months/{month}/finalise")
    FinalisedMonthView finalise(@PathVariable String code, @PathVariable YearMonth month,
            @Valid @RequestBody Approvals approvals, Actor by) {
        return cycle.finalise(code, month, approvals.approvedBy(), by);
    }

    @GetMapping("/api/villages/{code}/months/{month}")
    MonthStatus status(@PathVariable String code, @PathVariable YearMonth month) {
        return cycle.status(code, month);
    }
}
