package org.jifen.group;

import java.util.List;
import org.springframework.data.repository.Repository;

public interface GroupMembers extends Repository<GroupMember, Long> {

    GroupMember save(GroupMember member);

    List<GroupMember> findByVillageIdOrderById(long villageId);
}
