package org.jifen.group.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.jifen.access.Actor;
import org.jifen.endpoint.AuditedAct;
import org.jifen.endpoint.Refuses;
import org.jifen.group.GroupMember;
import org.jifen.group.GroupMemberNotFound;
import org.jifen.group.GroupService;
import org.jifen.group.MemberAlreadyRetired;
import org.jifen.group.NewGroupMember;
import org.jspecify.annotations.Nullable;
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

    /** A member; {@code retiredAt} and {@code retiredBy} once they left the group (they approve nothing since). */
    record MemberView(long id, String name, String role, String addedBy, Instant addedAt,
            @Nullable String retiredBy, @Nullable Instant retiredAt) {

        static MemberView of(GroupMember member) {
            return new MemberView(member.id(), member.getName(), member.getRole(), member.getAddedBy(),
                    member.getAddedAt(), member.getRetiredBy(), member.getRetiredAt());
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

    @AuditedAct(code = "group-member.retired", label = "自治小组成员退出", target = "group member #{#id}")
    @Operation(operationId = "retireGroupMember", summary = "自治小组成员退出（保留记录）· Retire a member of the group",
            description = "The member stays on record (the months they approved keep naming them) and approves or "
                    + "decides nothing from then on.")
    @Refuses({GroupMemberNotFound.class, MemberAlreadyRetired.class})
    @PostMapping("/api/villages/{code}/group-members/{id}/retirement")
    MemberView retire(@PathVariable String code, @PathVariable long id, Actor by) {
        return MemberView.of(group.retire(code, id, by));
    }

    @Operation(operationId = "listGroupMembers", summary = "自治小组成员（含已退出的）· List the group's members, "
            + "retired ones too")
    @GetMapping("/api/villages/{code}/group-members")
    List<MemberView> all(@PathVariable String code) {
        return group.members(code).stream().map(MemberView::of).toList();
    }
}
