package org.jifen.review;

import org.jifen.problem.Unprocessable;

/**
 * A veto carries no points: reversing it in a later month would give the household nothing back, so a correction
 * would only look like a remedy. A wrong veto must be rejected before the month is finalised.
 */
public class VetoNotCorrectable extends Unprocessable {

    public VetoNotCorrectable(long awardId) {
        super("积分记录 " + awardId + " 是一票否决，本身不计分，定稿后无法在当月冲正补回；一票否决有误的，应在定稿前驳回");
    }
}
