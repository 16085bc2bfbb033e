package org.jifen.group;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

public interface GroupMembers extends Repository<GroupMember, Long> {

    GroupMember save(GroupMember member);

    /** Every member, retired ones too: a past month's approvals name them. */
    List<GroupMember> findByVillageIdOrderById(long villageId);

    Optional<GroupMember> findByIdAndVillageId(long id, long villageId);
}
