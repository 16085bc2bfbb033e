package org.jifen.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The template's columns beyond a plain condition or points cell, checked by what they mean (ADR 0120): the cap and
 * its period (月, 季度, 年, 一次性), the tag a household must not have, and the points in a village's own category.
 * Every value is checked against the few it may hold, so a cell that says anything else is refused at its cell
 * before any code is generated from it; the rule-file check behind still checks what is generated.
 */
final class SheetColumns {

    static final String CAP = "cap($param)";
    static final String CAP_PERIOD = "capPer(\"$param\")";
    static final String TAG = "hasTag(\"$param\")";
    static final String ABSENT_TAG = "!hasTag(\"$param\")";
    static final String CAP_BY = "capBy(\"$param\")";
    /** An attribute name, as the rule-file check takes it in {@code @capBy}. */
    private static final Pattern ATTRIBUTE = Pattern.compile("[\\p{L}\\p{N}_]{1,20}");
    static final String MONTH_DEDUCTIONS = "deductions <= $param";
    static final String MONTH_EVENTS = "events >= $param";
    private static final Set<String> PERIODS = Set.of("月", "每月", "季度", "每季度", "年", "每年", "一次性", "永久");
    private static final Pattern FIRST_NUMBER = Pattern.compile("^\\s*([+-]?\\d{1,9})\\s*(,|$)");

    private SheetColumns() {
    }

    /** Checks one item row's cap, cap period and tags; {@code codes} are its columns' code, by column. */
    static void item(String file, int row, List<String> cells, List<String> codes, String item,
            List<PlanProblem> refusals, List<PlanProblem> warnings) {
        int cap = column(codes, CAP);
        int period = column(codes, CAP_PERIOD);
        String capText = value(cells, cap);
        String periodText = value(cells, period);
        if (!capText.isEmpty() && capText.matches("[+-]?\\d{1,9}") && Long.parseLong(capText) <= 0) {
            refusals.add(new PlanProblem(file, row, SheetTables.cell(cap, row), item + "的上限写的是「" + capText
                    + "」：上限要写正整数，扣分的上限也写正数，例如「每处扣 5 分，扣完 25 分为止」写 25"
                    + SheetTables.place(row, cap)));
        }
        if (!periodText.isEmpty()) {
            if (!PERIODS.contains(periodText)) {
                refusals.add(new PlanProblem(file, row, SheetTables.cell(period, row), item + "的上限周期写的是「"
                        + periodText + "」：这一格只能写「月」「季度」「年」或「一次性」（不写就是每月）"
                        + SheetTables.place(row, period)));
            } else if (capText.isEmpty()) {
                refusals.add(new PlanProblem(file, row, SheetTables.cell(period, row), item + "写了上限周期「"
                        + periodText + "」，却没有写上限：请在「上限」列写这一项每" + (isOnce(periodText) ? "户最多"
                                : periodText.replace("每", "") + "最多") + "计多少分"
                        + (isOnce(periodText) ? "，一次性的项目就写它的分值" : "") + SheetTables.place(row, period)));
            } else if (isOnce(periodText) && capText.matches("\\d{1,9}") && !pointsInclude(cells, codes, capText)) {
                warnings.add(new PlanProblem(file, row, SheetTables.cell(cap, row), item + "是一次性项目，上限却是「"
                        + capText + "」，和这一行的分值不一样：一次性的意思是每户累计最多计上限这么多分，上限写这一项的分值，"
                        + "每户才正好计一次" + SheetTables.place(row, cap)));
            }
        }
        int by = column(codes, CAP_BY);
        String byText = value(cells, by);
        if (!byText.isEmpty()) {
            if (!ATTRIBUTE.matcher(byText).matches()) {
                refusals.add(new PlanProblem(file, row, SheetTables.cell(by, row), item + "分开计上限的属性写的是「"
                        + byText + "」：这一格只写一个属性名（登记时填的那一项），例如「姓名」，不要有空格、标点"
                        + SheetTables.place(row, by)));
            } else if (capText.isEmpty()) {
                refusals.add(new PlanProblem(file, row, SheetTables.cell(by, row), item + "写了按「" + byText
                        + "」分开计上限，却没有写上限：请在「上限」列写每个" + byText + "最多计多少分，例如每人一次 20 分："
                        + "上限写 20，上限周期写「一次性」" + SheetTables.place(row, by)));
            }
        }
        int tag = column(codes, TAG);
        int absent = column(codes, ABSENT_TAG);
        String wanted = value(cells, tag);
        if (!wanted.isEmpty() && wanted.equals(value(cells, absent))) {
            refusals.add(new PlanProblem(file, row, SheetTables.cell(absent, row), item + "的户标签和不含标签都写了「"
                    + wanted + "」：一户不能既带又不带这个标签，这一项永远不会计分。请删掉其中一格"
                    + SheetTables.place(row, absent)));
        }
        everyHousehold(file, row, cells, codes, item, refusals);
    }

    /**
     * A month-end item on 本月扣分不超过 alone (ADR 0170): a household with nothing recorded has no deductions either,
     * so 「当月无扣分」 would pay every household of the village. A clerk who means that writes 0 events on purpose.
     */
    private static void everyHousehold(String file, int row, List<String> cells, List<String> codes, String item,
            List<PlanProblem> refusals) {
        int deductions = column(codes, MONTH_DEDUCTIONS);
        int events = column(codes, MONTH_EVENTS);
        boolean inspection = false;
        for (int c = 0; c < codes.size(); c++) {
            inspection |= codes.get(c).replace(" ", "").startsWith("latest(") && !value(cells, c).isEmpty();
        }
        if (deductions >= 0 && events >= 0 && !value(cells, deductions).isEmpty() && value(cells, events).isEmpty()
                && !inspection) {
            refusals.add(new PlanProblem(file, row, SheetTables.cell(events, row), item + "只写了「本月扣分不超过」，"
                    + "「本月事件不少于」是空的：这样当月什么事件都没登记的户也没有扣分，每一户都会得这一项的分。"
                    + "一般写 1（当月至少有一件事按方案记了分）；如果确实要给每一户计分，包括当月没有任何登记的户，请写 0"
                    + SheetTables.place(row, events)));
        }
    }

    private static boolean isOnce(String period) {
        return period.equals("一次性") || period.equals("永久");
    }

    /** Whether a points cell of the row asks exactly the cap (in absolute value), as a one-off item should. */
    private static boolean pointsInclude(List<String> cells, List<String> codes, String cap) {
        List<Long> points = new ArrayList<>();
        for (int c = 0; c < codes.size(); c++) {
            var number = FIRST_NUMBER.matcher(value(cells, c));
            if (codes.get(c).replace(" ", "").startsWith("awards.") && number.find()) {
                points.add(Math.abs(Long.parseLong(number.group(1))));
            }
        }
        return points.isEmpty() || points.contains(Long.parseLong(cap));
    }

    private static int column(List<String> codes, String code) {
        String wanted = code.replace(" ", "");
        for (int c = 0; c < codes.size(); c++) {
            if (codes.get(c).replace(" ", "").equals(wanted)) {
                return c;
            }
        }
        return -1;
    }

    private static String value(List<String> cells, int column) {
        return column >= 0 && column < cells.size() ? cells.get(column).strip() : "";
    }
}
