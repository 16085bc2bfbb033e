package org.jifen.activation;

import org.jifen.problem.Busy;

/**
 * Another village's activation (or dry run) is re-scoring its months: one re-scores at a time in the service, since
 * each may read and write up to the bound of ADR 0194 and two villages at the bound at once once ran the shared heap
 * out (seventh outside attack, C1). Nothing was done.
 */
public class RescoringBusy extends Busy {

    RescoringBusy() {
        super("另一个村正在按新方案重新计分（启用或试启用一版方案），全镇同一时间只能进行一个，请过一会儿再试；什么也没有改", 30);
    }
}
