package org.jifen.township.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jakarta.validation.Valid;
import org.jifen.access.Actor;
import org.jifen.endpoint.AuditedAct;
import org.jifen.township.MilestoneProgress;
import org.jifen.township.NewPlanYear;
import org.jifen.township.PlanYear;
import org.jifen.township.PlanYearImplausible;
import org.jifen.endpoint.Refuses;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.jifen.township.PlanMilestone;
import org.jifen.township.TownshipOverview;
import org.jifen.township.VillageOverview;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "全镇 Township", description = "全镇各村概况 (every village at a glance)")
class TownshipController {

    private final TownshipOverview overview;
    private final Clock clock;

    TownshipController(TownshipOverview overview, Clock clock) {
        this.overview = overview;
        this.clock = clock;
    }

    /**
     * One row per village: coverage, the plan filed with the township, the monthly cycle's progress; for a month
     * ({@code month=yyyy-MM}, the last month that is over when left out) participation, points by category, redemptions, and the fund;
     * and the plan's milestones in a year ({@code year}, the plan's year when left out) with those it is behind on.
     */
    @Operation(operationId = "getTownshipOverview", summary = "全镇各村概况 · Every village at a glance")
    @GetMapping("/api/township/overview")
    List<VillageOverview> overview(@RequestParam(required = false) @Nullable YearMonth month,
            @RequestParam(required = false) @Nullable @Min(2000) @Max(2100) Integer year) {
        // Left out, the month is the last one that is over: on the 1st the current month has no events yet and would
        // show every village at 0 % (tryout F14).
        return overview.villages(month == null ? YearMonth.now(clock).minusMonths(1) : month,
                year == null ? overview.planYear() : year);
    }

    /** Each of the plan's milestones in a year, with the villages that are behind on it. */
    @Operation(operationId = "getMilestones", summary = "方案进度节点及落后的村 · The plan's milestones and who is behind")
    @GetMapping("/api/township/milestones")
    List<MilestoneStanding> milestones(@RequestParam(required = false) @Nullable @Min(2000) @Max(2100) Integer year) {
        int planYear = year == null ? overview.planYear() : year;
        List<VillageOverview> villages = overview.villages(YearMonth.now(clock), planYear);
        return Arrays.stream(PlanMilestone.values()).map(milestone -> {
            List<MilestoneStanding.Behind> behind = new ArrayList<>();
            long done = 0;
            for (VillageOverview village : villages) {
                MilestoneProgress progress = village.milestones().get(milestone.ordinal());
                done += progress.doneOn() == null ? 0 : 1;
                if (progress.behind()) {
                    behind.add(new MilestoneStanding.Behind(village.code(), village.name()));
                }
            }
            return new MilestoneStanding(milestone, milestone.label(), milestone.due(planYear), villages.size(), done,
                    behind);
        }).toList();
    }

    @Operation(operationId = "getPlanYear", summary = "方案年度及各进度节点的日期 · The plan's year and its milestones' dates",
            description = "概况和进度节点按这一年判断哪些村落后。没有设定过时是服务的配置 jifen.township.plan-year，setBy 为空。 · "
                    + "The year the overview and milestones follow; until the township sets one, the service's setting.")
    @GetMapping("/api/township/plan-year")
    PlanYear planYear() {
        return overview.planYearSet();
    }

    @AuditedAct(code = "township.plan-year-set", label = "设定方案年度", target = "plan year #{#request.year()}")
    @Operation(operationId = "setPlanYear", summary = "设定方案年度（镇管理员）· Set the plan's year",
            description = "从此按这一年的进度节点（7月15日、8月15日、10月15日、11月30日）判断各村是否落后；以前的设定留档。"
                    + "年份须在 2000 年到明年之间。 · From now on the overview follows this year's milestones; earlier "
                    + "settings are kept.")
    @Refuses(PlanYearImplausible.class)
    @PutMapping("/api/township/plan-year")
    PlanYear setPlanYear(@Valid @RequestBody NewPlanYear request, Actor by) {
        return overview.setPlanYear(request, by.username());
    }

    /** A milestone of the plan: when it is due, how many villages have reached it, and the villages behind. */
    record MilestoneStanding(PlanMilestone milestone, String label, LocalDate due, long villages, long done,
            List<Behind> behind) {

        record Behind(String code, String name) {
        }
    }
}
