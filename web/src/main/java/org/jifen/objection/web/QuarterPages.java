package org.jifen.objection.web;

import java.util.List;
import java.util.stream.Collectors;
import org.jifen.access.Actor;
import org.jifen.endpoint.AuditedAct;
import org.jifen.group.GroupService;
import org.jifen.household.HouseholdService;
import org.jifen.notice.NoticeService;
import org.jifen.objection.ObjectionService;
import org.jifen.objection.Outcome;
import org.jifen.objection.Resolution;
import org.jifen.problem.MalformedRequest;
import org.jifen.village.VillageService;
import org.jifen.web.PageController;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The quarter on a page (村管理员): its notice beside the objections raised in the notice period, resolved here with the
 * group (the leader and two more). It lives with objection, the highest feature it shows (ADR 0185); printing and
 * publishing the notice are the notice's ({@code NoticePages}). Same services and audit as the API.
 */
@PageController
class QuarterPages {

    private final NoticeService notices;
    private final ObjectionService objections;
    private final GroupService group;
    private final VillageService villages;
    private final HouseholdService households;

    QuarterPages(NoticeService notices, ObjectionService objections, GroupService group, VillageService villages,
            HouseholdService households) {
        this.households = households;
        this.notices = notices;
        this.objections = objections;
        this.group = group;
        this.villages = villages;
    }

    @GetMapping("/v/{code}/quarters/{quarter}")
    String quarter(@PathVariable String code, @PathVariable String quarter, Model model) {
        model.addAttribute("village", villages.byCode(code));
        var notice = notices.notice(code, quarter);
        model.addAttribute("notice", notice);
        model.addAttribute("openMonths", notice.months().stream()
                .filter(month -> !notice.finalisedMonths().contains(month)).toList());
        model.addAttribute("objections", objections.list(code, null).stream()
                .filter(objection -> objection.quarter().equals(quarter)).toList());
        model.addAttribute("members", group.active(code));
        model.addAttribute("householdsById", households.all(code).stream()
                .collect(Collectors.toMap(household -> household.id(), household -> household)));
        return "quarter/quarter";
    }

    @AuditedAct(code = "objection.resolved", label = "处理公示异议", target = "objection #{#id}",
            details = "{outcome: #outcome, decidedBy: #decidedBy}")
    @PostMapping("/v/{code}/objections/{id}/resolution")
    String resolve(@PathVariable String code, @PathVariable long id,
            @RequestParam(required = false) @Nullable Outcome outcome, @RequestParam(defaultValue = "") String reason,
            @RequestParam(name = "decidedBy", required = false) @Nullable List<Long> decidedBy, Actor by) {
        if (outcome == null || reason.isBlank() || reason.length() > 400 || decidedBy == null || decidedBy.isEmpty()) {
            throw new MalformedRequest("请选择处理结果、写明理由（400 字以内），并勾选参加决定的自治小组成员（组长和另外两人）");
        }
        var resolved = objections.resolve(code, id, new Resolution(outcome, reason.strip(), decidedBy), by);
        return "redirect:/v/" + code + "/quarters/" + resolved.quarter() + "?resolved";
    }
}
