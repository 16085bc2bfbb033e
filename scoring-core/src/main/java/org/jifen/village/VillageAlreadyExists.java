package org.jifen.village;

import org.jifen.problem.Conflict;

public class VillageAlreadyExists extends Conflict {

    public VillageAlreadyExists(String code) {
        super("村代码「" + code + "」已被使用");
    }
}
