package org.jifen.cases;

import org.jifen.problem.Conflict;

/** Another township admin selected the year's base at the same moment (ADR 0154): look again, then choose. */
public class DemonstrationBaseSelectedMeanwhile extends Conflict {

    public DemonstrationBaseSelectedMeanwhile(int year) {
        super("就在刚才，另一位镇管理员也选定了" + year + "年的示范基地，本次没有记录。请刷新后查看当前的示范基地，"
                + "如仍要改选，写明替换哪个村后再提交");
    }
}
