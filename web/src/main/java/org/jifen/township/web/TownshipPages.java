package org.jifen.township.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jifen.plan.PlanVersion;
import org.jifen.plan.RuleSetStatus;
import org.jifen.plan.PlanService;
import org.jifen.access.Actor;
import org.jifen.audit.web.AuditedAct;
import org.jifen.problem.Refusal;
import org.jifen.township.NewPlanYear;
import org.jifen.township.TownshipDashboard;
import org.jifen.township.TownshipOverview;
import org.jifen.web.FormFields;
import org.jifen.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import org.jifen.web.PageErrors;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.jifen.village.Village;
import org.jifen.village.VillageService;
import org.jifen.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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
    private final TownshipOverview overview;
    private final JsonMapper json;

    TownshipPages(TownshipDashboard dashboards, VillageService villages, PlanService plans, TownshipOverview overview,
            JsonMapper json) {
        this.dashboards = dashboards;
        this.villages = villages;
        this.plans = plans;
        this.overview = overview;
        this.json = json;
    }

    /** The township admin sets the plan's year on the dashboard; a mistyped year comes back next to the field. */
    @AuditedAct(code = "township.plan-year-set", label = "设定方案年度", target = "plan year #{#year}")
    @PostMapping("/township/plan-year")
    String setPlanYear(@RequestParam(defaultValue = "") String year, Actor by) {
        FormFields form = new FormFields();
        Integer chosen = form.whole("year", year, "方案年度", 2000, 2100, true);
        form.check();
        overview.setPlanYear(new NewPlanYear(chosen), by.username());
        return "redirect:/township?planYear";
    }

    /** A refused plan year: the dashboard again with the reason next to the field and what was typed. */
    @ExceptionHandler(Refusal.class)
    ModelAndView refused(Refusal refusal, HttpServletRequest request) {
        if (!"POST".equals(request.getMethod()) || !"/township/plan-year".equals(request.getRequestURI())) {
            return PageErrors.view(Problems.status(refusal), refusal.getMessage());
        }
        Model model = new ExtendedModelMap();
        dashboard(model);
        ModelAndView page = new ModelAndView("township/dashboard", model.asMap());
        page.setStatus(Problems.status(refusal));
        Map<String, String> byField = FormFields.byField(refusal);
        page.addObject("yearProblem", byField.isEmpty() ? refusal.getMessage() : String.join("；", byField.values()));
        page.addObject("yearTyped", request.getParameter("year"));
        return page;
    }

    @GetMapping("/township")
    String dashboard(Model model) {
        TownshipDashboard.Dashboard dashboard = dashboards.dashboard(MONTHS_CHARTED);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("milestones", dashboards.milestones());
        model.addAttribute("planYear", overview.planYear());
        Map<String, Object> charts = new LinkedHashMap<>();
        charts.put("months", dashboard.months());
        charts.put("categories", dashboard.categories());
        charts.put("points", dashboard.categories().stream().map(category -> dashboard.months().stream()
                .map(month -> dashboard.pointsByCategory().getOrDefault(category, Map.of()).getOrDefault(month, 0L))
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
