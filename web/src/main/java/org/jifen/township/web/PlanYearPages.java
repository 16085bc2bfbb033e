package org.jifen.township.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.jifen.access.Actor;
import org.jifen.endpoint.AuditedAct;
import org.jifen.problem.Refusal;
import org.jifen.township.NewPlanYear;
import org.jifen.township.TownshipOverview;
import org.jifen.web.FormFields;
import org.jifen.web.PageController;
import org.jifen.web.PageErrors;
import org.jifen.web.Problems;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The year of the township's plan on a page (ADR 0153): the year in force, who set it when, its milestones' dates;
 * the township admin sets another, a mistyped year coming back next to the field with what was typed.
 */
@PageController
class PlanYearPages {

    private final TownshipOverview overview;

    PlanYearPages(TownshipOverview overview) {
        this.overview = overview;
    }

    @GetMapping("/township/plan-year")
    String planYear(Model model) {
        model.addAttribute("planYear", overview.planYearSet());
        return "township/plan-year";
    }

    @AuditedAct(code = "township.plan-year-set", label = "设定方案年度", target = "plan year #{#year}")
    @PostMapping("/township/plan-year")
    String setPlanYear(@RequestParam(defaultValue = "") String year, Actor by) {
        FormFields form = new FormFields();
        Integer chosen = form.whole("year", year, "方案年度", 2000, 2100, true);
        form.check();
        overview.setPlanYear(new NewPlanYear(chosen), by.username());
        return "redirect:/township/plan-year?set";
    }

    /** A refused year: the page again with the reason next to the field and what was typed. */
    @ExceptionHandler(Refusal.class)
    ModelAndView refused(Refusal refusal, HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) {
            return PageErrors.view(Problems.status(refusal), refusal.getMessage());
        }
        ModelAndView page = new ModelAndView("township/plan-year");
        page.addObject("planYear", overview.planYearSet());
        page.setStatus(Problems.status(refusal));
        Map<String, String> byField = FormFields.byField(refusal);
        page.addObject("yearProblem", byField.isEmpty() ? refusal.getMessage() : String.join("；", byField.values()));
        page.addObject("yearTyped", request.getParameter("year"));
        return page;
    }
}
