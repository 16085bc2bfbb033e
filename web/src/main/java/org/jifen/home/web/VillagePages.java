package org.jifen.home.web;

import java.time.Clock;
import java.time.YearMonth;
import org.jifen.group.GroupService;
import org.jifen.household.Household;
import org.jifen.household.HouseholdService;
import org.jifen.objection.ObjectionService;
import org.jifen.objection.ObjectionStatus;
import org.jifen.plan.PlanService;
import org.jifen.plan.PlanVersion;
import org.jifen.plan.RuleSetStatus;
import org.jifen.village.Village;
import org.jifen.village.VillageService;
import org.jifen.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A village's home page (the village admin's start): its plan, households, group, the month and the quarter. */
@PageController
class VillagePages {

    private final VillageService villages;
    private final PlanService plans;
    private final HouseholdService households;
    private final GroupService group;
    private final ObjectionService objections;
    private final Clock clock;

    VillagePages(VillageService villages, PlanService plans, HouseholdService households, GroupService group,
            ObjectionService objections, Clock clock) {
        this.villages = villages;
        this.plans = plans;
        this.households = households;
        this.group = group;
        this.objections = objections;
        this.clock = clock;
    }

    @GetMapping("/v/{code}")
    String home(@PathVariable String code, Model model) {
        Village village = villages.byCode(code);
        var all = households.all(code);
        YearMonth now = YearMonth.now(clock);
        YearMonth last = now.minusMonths(1);
        model.addAttribute("village", village);
        var versions = plans.versions(code);
        model.addAttribute("active", versions.stream()
                .filter(version -> version.status() == RuleSetStatus.ACTIVE).map(PlanVersion::ruleSet)
                .findFirst().orElse(null));
        // A version activated from a later month is not 未启用 (tryout clerk 5, M1): it is said with its month.
        model.addAttribute("scheduled", versions.stream()
                .filter(version -> version.status() == RuleSetStatus.SCHEDULED && !version.governs().isEmpty()
                        && version.governs().get(0).from() != null)
                .min(java.util.Comparator.comparing(version -> version.governs().get(0).from()))
                .map(version -> new Scheduled(version.ruleSet().getVersion(), version.governs().get(0).from()))
                .orElse(null));
        model.addAttribute("households", all.size());
        model.addAttribute("eligible", all.stream().filter(Household::isEligible).count());
        var members = group.members(code);
        model.addAttribute("sitting", members.stream().filter(member -> member.isActive()).toList());
        model.addAttribute("retired", members.stream().filter(member -> !member.isActive()).toList());
        model.addAttribute("thisMonth", now);
        model.addAttribute("lastMonth", last);
        model.addAttribute("quarter", last.getYear() + "-Q" + ((last.getMonthValue() - 1) / 3 + 1));
        model.addAttribute("openObjections", objections.list(code, ObjectionStatus.OPEN).size());
        return "village/home";
    }

    /** A version that governs from a month to come, as the home page says it. */
    record Scheduled(int version, YearMonth from) {
    }
}
