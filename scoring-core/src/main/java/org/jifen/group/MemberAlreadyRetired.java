package org.jifen.group;

import org.jifen.problem.Conflict;

/** A member already retired from the group cannot leave it again. */
public class MemberAlreadyRetired extends Conflict {

    public MemberAlreadyRetired(long id, String name) {
        super("自治小组成员「" + name + "」（编号 " + id + "）已经退出小组");
    }
}
