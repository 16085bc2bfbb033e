package org.jifen.township;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The dates the township's plan sets (五 工作步骤) and what each village must have done by then, in the plan's year.
 */
public enum PlanMilestone {

    /** By mid-July each village writes its own plan (一村一方案) and forms its self-governance group of six. */
    PLAN_AND_GROUP(MonthDay.of(7, 15), "7月中旬前制定本村方案并组建自治小组"),
    /** By mid-August its scoring rules and incentives are settled: a plan in force, and rewards or star levels. */
    RULES_AND_INCENTIVES(MonthDay.of(8, 15), "8月中旬前确定积分规则和激励措施"),
    /** By mid-October every village runs it: a month evaluated and finalised. */
    RUNNING(MonthDay.of(10, 15), "10月中旬前开展月度评定"),
    /** By the end of November villages report their typical cases. */
    CASES(MonthDay.of(11, 30), "11月底前上报典型案例");

    private final MonthDay due;
    private final String label;

    PlanMilestone(MonthDay due, String label) {
        this.due = due;
        this.label = label;
    }

    public LocalDate due(int year) {
        return due.atYear(year);
    }

    public String label() {
        return label;
    }
}
