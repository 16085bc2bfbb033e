package org.jifen.group;

import java.time.Clock;
import java.util.List;
import org.jifen.access.Actor;
import org.jifen.village.Village;
import org.jifen.village.VillageService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The village's self-governance group: members added, and retired when they leave (never deleted, ADR 0085). Only
 * members who still sit in the group approve a month or decide an objection.
 */
@Service
public class GroupService {

    private final GroupMembers members;
    private final VillageService villages;
    private final Clock clock;

    GroupService(GroupMembers members, VillageService villages, Clock clock) {
        this.members = members;
        this.villages = villages;
        this.clock = clock;
    }

    @Transactional
    public GroupMember add(String villageCode, NewGroupMember request, Actor by) {
        return members.save(new GroupMember(villages.byCode(villageCode).id(), request, by.username(),
                clock.instant()));
    }

    /** The member leaves the group: kept, with who retired them and when, but approving nothing from now on. */
    @Transactional
    public GroupMember retire(String villageCode, long id, Actor by) {
        Village village = villages.byCode(villageCode);
        GroupMember member = members.findByIdAndVillageId(id, village.id())
                .orElseThrow(() -> new GroupMemberNotFound(village.getName(), id));
        member.retire(by.username(), clock.instant());
        return members.save(member);
    }

    /** Every member the group ever had, retired ones too, in the order they were added. */
    @Transactional(readOnly = true)
    public List<GroupMember> members(String villageCode) {
        return members.findByVillageIdOrderById(villages.byCode(villageCode).id());
    }

    /** The members who sit in the group now: those who may approve and decide. */
    @Transactional(readOnly = true)
    public List<GroupMember> active(String villageCode) {
        return members(villageCode).stream().filter(GroupMember::isActive).toList();
    }
}
