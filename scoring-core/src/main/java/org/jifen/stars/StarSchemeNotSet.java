package org.jifen.stars;

import org.jifen.problem.Conflict;

public class StarSchemeNotSet extends Conflict {

    public StarSchemeNotSet(String village) {
        super("村「" + village + "」尚未设定星级户评定标准（PUT /api/villages/" + village + "/star-scheme），请村管理员先设定");
    }
}
