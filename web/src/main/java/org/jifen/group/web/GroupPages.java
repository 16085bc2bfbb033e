package org.jifen.group.web;

import org.jifen.access.Actor;
import org.jifen.endpoint.AuditedAct;
import org.jifen.group.GroupService;
import org.jifen.group.NewGroupMember;
import org.jifen.problem.MalformedRequest;
import org.jifen.web.PageController;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The self-governance group on the village's pages (村管理员): a member added, a member retired when they leave the
 * group (kept on record, ADR 0085). Same service and audit as the API; back to the page the form was on.
 */
@PageController
class GroupPages {

    private final GroupService group;

    GroupPages(GroupService group) {
        this.group = group;
    }

    @AuditedAct(code = "group-member.added", label = "增加自治小组成员", target = "group member #{#name}",
            details = "{role: #role}")
    @PostMapping("/v/{code}/group-members")
    String add(@PathVariable String code, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String role, @RequestParam(defaultValue = "") String back, Actor by) {
        if (name.isBlank() || role.isBlank() || name.strip().length() > 40 || role.strip().length() > 20) {
            throw new MalformedRequest("请填写成员姓名（40 字以内）和在小组中的职责（20 字以内，例如 组长、村民代表）");
        }
        group.add(code, new NewGroupMember(name, role), by);
        return "redirect:" + back(code, back) + "?memberAdded";
    }

    @AuditedAct(code = "group-member.retired", label = "自治小组成员退出", target = "group member #{#id}")
    @PostMapping("/v/{code}/group-members/{id}/retirement")
    String retire(@PathVariable String code, @PathVariable long id, @RequestParam(defaultValue = "") String back,
            Actor by) {
        group.retire(code, id, by);
        return "redirect:" + back(code, back) + "?memberRetired";
    }

    /** The page the form was on, if it is one of this village's; else the village's home. */
    private static String back(String code, String back) {
        return back.startsWith("/v/" + code) && !back.contains("?") && !back.contains("//") ? back : "/v/" + code;
    }
}
