package org.jifen.group.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.jifen.access.Actor;
import org.jifen.audit.web.AuditedAct;
import org.jifen.group.GroupMember;
import org.jifen.group.GroupService;
import org.jifen.group.NewGroupMember;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "自治小组 Self-governance group", description = "村积分管理自治小组成员 (the village's group of six)")
class GroupMemberController {

    private final GroupService group;

    GroupMemberController(GroupService group) {
        this.group = group;
    }

    record MemberView(long id, String name, String role) {

        static MemberView of(GroupMember member) {
            return new MemberView(member.id(), member.getName(), member.getRole());
        }
    }

    @AuditedAct(code = "group-member.added", label = "增加自治小组成员", target = "group member #{#request.name()}",
            details = "{role: #request.role(), id: #result?.body?.id()}")
    @Operation(operationId = "addGroupMember", summary = "增加自治小组成员 · Add a member to the group",
            responses = @ApiResponse(responseCode = "201", description = "已增加 (added)", useReturnTypeSchema = true))
    @PostMapping("/api/villages/{code}/group-members")
    ResponseEntity<MemberView> add(@PathVariable String code, @Valid @RequestBody NewGroupMember request, Actor by) {
        GroupMember member = group.add(code, request, by);
        return ResponseEntity.created(URI.create("/api/villages/" + code + "/group-members"))
                .body(MemberView.of(member));
    }

    @Operation(operationId = "listGroupMembers", summary = "自治小组成员 · List the group's members")
    @GetMapping("/api/villages/{code}/group-members")
    List<MemberView> all(@PathVariable String code) {
        return group.members(code).stream().map(MemberView::of).toList();
    }
}
