package org.jifen.township.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jifen.plan.PlanVersion;
import org.jifen.plan.RuleSetStatus;
import org.jifen.plan.PlanService;
import org.jifen.township.TownshipDashboard;
import org.jifen.village.Village;
import org.jifen.village.VillageService;
import org.jifen.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The township's dashboard (镇): every village's plan filing, group, households, participation, finalised months,
 * notices and milestones, with the points by category and month and participation as ECharts charts; and each
 * village's filed plan (上报备案) with its hash and rules.
 */
@PageController
class TownshipPages {

    private static final int MONTHS_CHARTED = 6;

    private final TownshipDashboard dashboards;
    private final VillageService villages;
    private final PlanService plans;
    private final JsonMapper json;
    private final Clock clock;

    TownshipPages(TownshipDashboard dashboards, VillageService villages, PlanService plans, JsonMapper json,
            Clock clock) {
        this.clock = clock;
        this.dashboards = dashboards;
        this.villages = villages;
        this.plans = plans;
        this.json = json;
    }

    /**
     * {@code ?month=2026-11}: participation in that month, and the points of the months up to it. Left out, the last
     * month that is over, as the API's overview (tryout pages-2 M4): on the 1st this month has nothing yet.
     */
    @GetMapping("/township")
    String dashboard(@RequestParam(required = false) @Nullable YearMonth month, Model model) {
        YearMonth now = YearMonth.now(clock);
        YearMonth shown = month == null ? now.minusMonths(1) : month.isAfter(now) ? now : month;
        TownshipDashboard.Dashboard dashboard = dashboards.dashboard(shown, MONTHS_CHARTED);
        model.addAttribute("shownMonth", shown);
        model.addAttribute("thisMonth", now);
        model.addAttribute("monthsToChoose", java.util.stream.Stream.iterate(now, m -> m.minusMonths(1)).limit(24)
                .toList());
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("milestones", dashboards.milestones());
        Map<String, Object> charts = new LinkedHashMap<>();
        charts.put("months", dashboard.months());
        charts.put("categories", dashboard.categories());
        charts.put("points", dashboard.categories().stream().map(category -> dashboard.months().stream()
                .map(charted -> dashboard.pointsByCategory().getOrDefault(category, Map.of()).getOrDefault(charted, 0L))
                .toList()).toList());
        charts.put("villages", dashboard.villages().stream().map(row -> row.village().name()).toList());
        charts.put("participation", dashboard.villages().stream().map(TownshipDashboard.Row::participationPercent)
                .toList());
        // Data for the charts' script, in a non-executable JSON block: "<" escaped so no text can close the element.
        model.addAttribute("charts", json.writeValueAsString(charts).replace("<", "\\u003c"));
        return "township/dashboard";
    }

    @GetMapping("/township/plans/{code}")
    String filing(@PathVariable String code, Model model) {
        Village village = villages.byCode(code);
        model.addAttribute("village", village);
        List<PlanVersion> versions = plans.versions(code);
        model.addAttribute("versions", versions);
        versions.stream().filter(version -> version.status() == RuleSetStatus.ACTIVE).findFirst()
                .ifPresent(active -> {
                    model.addAttribute("active", plans.version(code, active.ruleSet().getVersion()).ruleSet());
                    model.addAttribute("activation", active.lastActivation());
                });
        return "township/filing";
    }
}
