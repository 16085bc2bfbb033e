package org.jifen.review;

import java.time.YearMonth;
import org.jifen.month.MonthView;

/**
 * What a correction (冲正) does to the household's points, told to the person correcting (ADR 0150): the correction
 * is an entry of the open month, and that month's total is what later becomes spendable. A month never counts below
 * 0 (nor base points above 100), so a correction the open month cannot absorb is not taken back from the household;
 * points already spent are never recovered. {@code pointsCounted} is how much of {@code pointsCorrected} the open
 * month counts now, {@code pointsNotCounted} the rest; {@code note} says it in plain Chinese.
 */
public record CorrectionEffect(YearMonth month, int monthTotalBefore, int monthTotalAfter, int pointsCorrected,
        int pointsCounted, int pointsNotCounted, String note) {

    static CorrectionEffect of(YearMonth month, MonthView before, MonthView after, int corrected) {
        int counted = after.total() - before.total();
        int notCounted = corrected - counted;
        return new CorrectionEffect(month, before.total(), after.total(), corrected, counted, notCounted,
                note(month, before, after, corrected, counted, notCounted));
    }

    private static String note(YearMonth month, MonthView before, MonthView after, int corrected, int counted,
            int notCounted) {
        YearMonth ym = month;
        String when = ym.getYear() + "年" + ym.getMonthValue() + "月";
        String head = "冲正记入" + when + "（本户该月合计目前由 " + before.total() + " 分变为 " + after.total() + " 分）";
        String sign = corrected < 0 ? "扣回" : "退还";
        if (notCounted == 0) {
            return head + "：该月定稿后，本户的可用积分比不冲正时" + (corrected < 0 ? "少 " : "多 ")
                    + Math.abs(corrected) + " 分。";
        }
        String why = after.vetoed() ? "该月有一票否决，合计计 0 分"
                : corrected < 0 ? "每月积分扣至 0 分为止" : "基础分每月满分 100 分";
        String rest = corrected < 0
                ? "。已兑换用去的积分不追回；该月定稿前本户再得同类积分时，会先抵扣这 " + Math.abs(notCounted) + " 分。"
                : "。";
        return head + "：" + why + "，冲正" + sign + "的 " + Math.abs(corrected) + " 分中目前只有 " + Math.abs(counted)
                + " 分计入，另 " + Math.abs(notCounted) + (corrected < 0 ? " 分不会从本户积分中扣回" : " 分不会退还给本户")
                + rest;
    }
}
