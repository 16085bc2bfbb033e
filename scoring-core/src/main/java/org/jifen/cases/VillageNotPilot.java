package org.jifen.cases;

import org.jifen.problem.Unprocessable;

public class VillageNotPilot extends Unprocessable {

    public VillageNotPilot(String village) {
        super("村「" + village + "」不是试点村：示范基地从试点村中选定（试点村名单见 /api/township/pilot-villages）");
    }
}
