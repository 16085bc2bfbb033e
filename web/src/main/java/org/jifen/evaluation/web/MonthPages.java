package org.jifen.evaluation.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.jifen.access.Actor;
import org.jifen.audit.web.AuditedAct;
import org.jifen.evaluation.EvaluationService;
import org.jifen.group.GroupService;
import org.jifen.group.NewGroupMember;
import org.jifen.month.MonthService;
import org.jifen.scoring.MalformedRequest;
import org.jifen.village.VillageService;
import org.jifen.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The month's cycle on a page (村管理员 with the self-governance group): evaluate, review each household's month and
 * reject an award with a reason, tick the group members who approve, finalise. Same services and audit as the API.
 */
@PageController
class MonthPages {

    private final EvaluationService cycle;
    private final MonthService months;
    private final GroupService group;
    private final VillageService villages;
    private final Clock clock;

    MonthPages(EvaluationService cycle, MonthService months, GroupService group, VillageService villages,
            Clock clock) {
        this.cycle = cycle;
        this.months = months;
        this.group = group;
        this.villages = villages;
        this.clock = clock;
    }

    @GetMapping("/v/{code}/months")
    String current(@PathVariable String code) {
        return "redirect:/v/" + code + "/months/" + YearMonth.now(clock).minusMonths(1);
    }

    @GetMapping("/v/{code}/months/{month}")
    String month(@PathVariable String code, @PathVariable YearMonth month, Model model) {
        model.addAttribute("village", villages.byCode(code));
        model.addAttribute("month", month.toString());
        model.addAttribute("previous", month.minusMonths(1).toString());
        model.addAttribute("next", month.plusMonths(1).toString());
        model.addAttribute("over", month.isBefore(YearMonth.now(clock)));
        model.addAttribute("status", cycle.status(code, month));
        model.addAttribute("households", months.village(code, month));
        model.addAttribute("members", group.members(code));
        return "month/month";
    }

    @AuditedAct(code = "month.evaluated", label = "月度评分", target = "month #{#month}")
    @PostMapping("/v/{code}/months/{month}/evaluate")
    String evaluate(@PathVariable String code, @PathVariable YearMonth month, Actor by) {
        cycle.evaluate(code, month, by);
        return "redirect:/v/" + code + "/months/" + month + "?evaluated";
    }

    @AuditedAct(code = "month.finalised", label = "月度定稿", target = "month #{#month}",
            details = "{approvedBy: #approvedBy}")
    @PostMapping("/v/{code}/months/{month}/finalise")
    String finalise(@PathVariable String code, @PathVariable YearMonth month,
            @RequestParam(name = "approvedBy", required = false) List<Long> approvedBy, Actor by) {
        cycle.finalise(code, month, approvedBy == null ? List.of() : approvedBy, by);
        return "redirect:/v/" + code + "/months/" + month + "?finalised";
    }

    @AuditedAct(code = "group-member.added", label = "增加自治小组成员", target = "group member #{#name}",
            details = "{role: #role}")
    @PostMapping("/v/{code}/group-members")
    String addMember(@PathVariable String code, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String role, @RequestParam(defaultValue = "") String back, Actor by) {
        if (name.isBlank() || role.isBlank() || name.strip().length() > 40 || role.strip().length() > 20) {
            throw new MalformedRequest("请填写成员姓名（40 字以内）和在小组中的职责（20 字以内，例如 组长、村民代表）");
        }
        group.add(code, new NewGroupMember(name, role), by);
        return "redirect:" + (back.startsWith("/v/" + code) ? back : "/v/" + code);
    }
}
