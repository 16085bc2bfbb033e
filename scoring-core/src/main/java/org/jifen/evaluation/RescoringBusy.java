package org.jifen.evaluation;

import org.jifen.problem.Busy;

/**
 * Another village's activation, dry run or simulation is re-scoring a month ({@link RescoringSlot}): one at a time
 * in the service, since each may read, write or hold up to the bound of ADR 0194, and two villages at the bound at
 * once ran the shared heap out (seventh outside attack, C1). Nothing was done.
 */
public class RescoringBusy extends Busy {

    RescoringBusy() {
        super("另一个村正在按新方案重新计分（启用、试启用或模拟试算一版方案），全镇同一时间只能进行一个，请过一会儿再试；什么也没有改",
                30);
    }
}
