package org.jifen.notice.web;

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
import org.springframework.web.servlet.ModelAndView;

/**
 * The quarter on a page (村管理员): the notice previewed, printed and published; the objections raised in its notice
 * period resolved with the group (the leader and two more). Same services and audit as the API.
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

    @GetMapping("/v/{code}/quarters/{quarter}/print")
    ModelAndView print(@PathVariable String code, @PathVariable String quarter) {
        return NoticePrint.page(notices.notice(code, quarter));
    }

    @AuditedAct(code = "notice.published", label = "发布积分公示", target = "notice #{#quarter}")
    @PostMapping("/v/{code}/quarters/{quarter}/publish")
    String publish(@PathVariable String code, @PathVariable String quarter, Actor by) {
        notices.publish(code, quarter, by);
        return "redirect:/v/" + code + "/quarters/" + quarter + "?published";
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
