package org.jifen.plan;

import org.jifen.problem.Busy;

/** No plan check is free for this upload now: it is answered 503 with {@code Retry-After}, and nothing was stored. */
public class PlanCheckBusy extends Busy {

    PlanCheckBusy(String detail) {
        super(detail, 10);
    }
}
