package org.jifen.group;

import java.time.Clock;
import java.util.List;
import org.jifen.access.Actor;
import org.jifen.village.VillageService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

    @Transactional(readOnly = true)
    public List<GroupMember> members(String villageCode) {
        return members.findByVillageIdOrderById(villages.byCode(villageCode).id());
    }
}
