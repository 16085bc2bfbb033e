package org.jifen.cases;

import org.jifen.problem.Conflict;

/** The pilot list would leave out the year's demonstration base. */
public class BaseMustStayPilot extends Conflict {

    public BaseMustStayPilot(int year, String village, String name) {
        super("「" + name + "」（" + village + "）是" + year + "年的示范基地，不能移出试点村；请先改选示范基地");
    }
}
