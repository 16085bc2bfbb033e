package org.jifen.village;

import org.jifen.problem.NotFound;

public class VillageNotFound extends NotFound {

    public VillageNotFound(String code) {
        super("找不到村「" + code + "」");
    }
}
