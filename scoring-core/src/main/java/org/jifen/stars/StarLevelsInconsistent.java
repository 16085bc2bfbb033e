package org.jifen.stars;

import org.jifen.problem.Unprocessable;

/** Star levels that repeat a level or need fewer points for more stars. */
public class StarLevelsInconsistent extends Unprocessable {

    public StarLevelsInconsistent(String why) {
        super("星级标准有误：" + why);
    }
}
