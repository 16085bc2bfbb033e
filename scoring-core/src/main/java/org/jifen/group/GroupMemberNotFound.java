package org.jifen.group;

import org.jifen.problem.NotFound;

/** No member with this id in the village's group. */
public class GroupMemberNotFound extends NotFound {

    public GroupMemberNotFound(String villageName, long id) {
        super(villageName + "的自治小组没有编号为 " + id + " 的成员");
    }
}
