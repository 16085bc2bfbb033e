package org.jifen.evaluation;

import org.jifen.problem.Busy;

/**
 * A re-scoring (an activation or its dry run re-scoring months, or a simulation) cannot start now ({@link
 * RescoringSlots}, ADR 0217): the village already has one running, or the re-scorings of other villages already
 * hold as many entries as the service takes at once. Nothing was done.
 */
public class RescoringBusy extends Busy {

    private RescoringBusy(String detail, int retryAfterSeconds) {
        super(detail, retryAfterSeconds);
    }

    static RescoringBusy inTheVillage() {
        return new RescoringBusy("本村正在按方案重新计分（启用、试启用或模拟试算一版方案），同一个村同一时间只能进行一个，"
                + "请等它结束后再试；什么也没有改", 10);
    }

    static RescoringBusy inTheTownship() {
        return new RescoringBusy("其他村正在按新方案重新计分（启用、试启用或模拟试算一版方案），要算的积分已经占满了全镇共用的服务"
                + "一次能承受的量，请过一会儿再试；什么也没有改", 30);
    }
}
