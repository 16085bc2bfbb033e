package org.jifen.cases;

import org.jifen.problem.Unprocessable;

/** A demonstration base is chosen for what it showed: a village with no published typical case cannot be it. */
public class BaseWithoutPublishedCase extends Unprocessable {

    public BaseWithoutPublishedCase(String village, String name) {
        super("「" + name + "」（" + village + "）还没有已发布的典型案例：示范基地从报送并发布了典型案例的试点村中选定");
    }
}
