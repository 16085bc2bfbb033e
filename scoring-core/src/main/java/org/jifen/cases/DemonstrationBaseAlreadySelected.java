package org.jifen.cases;

import org.jifen.problem.Conflict;

public class DemonstrationBaseAlreadySelected extends Conflict {

    public DemonstrationBaseAlreadySelected(int year, String village) {
        super(year + " 年的示范基地已选定为村「" + village + "」，每年选定一个");
    }
}
