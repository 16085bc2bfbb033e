package org.jifen.plan;

import java.time.YearMonth;
import org.jifen.problem.Conflict;
import org.jspecify.annotations.Nullable;

/**
 * No plan version governs the month: the village has activated none, or none that reaches back to that month. Said
 * with the village's name and, where a version is activated from a later month, that month (tryout clerk 4, B1).
 */
public class NoActivePlan extends Conflict {

    /** @param startsIn the first month a version is activated from after {@code month}, or null */
    public NoActivePlan(String villageName, YearMonth month, @Nullable YearMonth startsIn) {
        super(startsIn == null
                ? villageName + said(month) + "没有适用的积分方案：本村还没有启用方案，请村管理员先上传并启用本村的方案"
                : villageName + said(month) + "没有适用的积分方案：本村的方案从 " + said(startsIn) + "起才适用，"
                        + said(month) + "的事要到那时以后才能记分。如果" + said(month) + "就要记分，请村管理员把方案改为从 "
                        + said(month) + "起启用");
    }

    private static String said(YearMonth month) {
        return month.getYear() + "年" + month.getMonthValue() + "月";
    }
}
