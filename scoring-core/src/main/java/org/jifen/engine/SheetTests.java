package org.jifen.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Rule tests written in the plan's own workbook (ADR 0122): a sheet named 「测试」, one case a row — the household's
 * tags, its event, the points expected — run at upload like the {@code .test.yaml} cases ({@link PlanTests}), and
 * refused at the row and cell of the case that does not hold. Every cell is read against the few forms it may take
 * (an integer count, 「规则 分数」 items, 「名=值」 attributes); anything else is refused at its cell.
 */
final class SheetTests {

    static final String SHEET = "测试";
    private static final Pattern POINTS = Pattern.compile("^(.+?)\\s*([+-]?\\d{1,6})\\s*分?$");
    private static final Pattern VETO = Pattern.compile("^(.+?)\\s*(?:一票)?否决$");
    private static final Pattern INTEGER = Pattern.compile("\\d{1,6}");
    private static final Pattern ITEMS = Pattern.compile("\\s*[；;、\\n]\\s*");
    private static final Pattern PAIR = Pattern.compile("^([^=＝:：]+)[=＝:：](.*)$");

    private enum Column { NAME, TYPE, QUANTITY, TAGS, ATTRIBUTES, EXPECTED }

    private SheetTests() {
    }

    /** Every failing or malformed case of the 「测试」 sheets of the plan's workbooks. */
    static List<PlanProblem> run(CompiledPlan plan, List<RuleSource> sources) {
        List<PlanProblem> problems = new ArrayList<>();
        for (RuleSource source : sources) {
            if (source.cells() == null) {
                continue;
            }
            List<String> names = source.cells().names();
            for (int s = 0; s < names.size(); s++) {
                if (names.get(s).strip().equals(SHEET)) {
                    sheet(plan, source.file().name(), source.cells().sheets().get(s), problems);
                }
            }
        }
        return problems;
    }

    private static void sheet(CompiledPlan plan, String file, SortedMap<Integer, List<String>> sheet,
            List<PlanProblem> problems) {
        Integer header = sheet.keySet().stream().filter(row -> !blank(sheet.get(row))).findFirst().orElse(null);
        if (header == null) {
            return;
        }
        Map<Column, Integer> columns = columns(file, header, sheet.get(header), problems);
        if (columns == null) {
            return;
        }
        int cases = 0;
        for (Map.Entry<Integer, List<String>> entry : sheet.tailMap(header + 1).entrySet()) {
            if (blank(entry.getValue())) {
                continue;
            }
            if (++cases > PlanTests.MAX_CASES) {
                problems.add(new PlanProblem(file, entry.getKey(), null, "「测试」表最多 " + PlanTests.MAX_CASES
                        + " 个用例，请删去多余的行（表格「测试」第 " + entry.getKey() + " 行）"));
                return;
            }
            testCase(plan, file, entry.getKey(), entry.getValue(), columns, problems);
        }
    }

    /** The header's columns by what they say; null (and refused) when one is unknown or a needed one is missing. */
    private static @Nullable Map<Column, Integer> columns(String file, int row, List<String> cells,
            List<PlanProblem> problems) {
        Map<Column, Integer> columns = new HashMap<>();
        int before = problems.size();
        for (int c = 0; c < cells.size(); c++) {
            String label = cells.get(c).strip();
            if (label.isEmpty()) {
                continue;
            }
            Column column = label.startsWith("用例") || label.startsWith("说明") ? Column.NAME
                    : label.startsWith("事件类型") ? Column.TYPE
                    : label.startsWith("数量") ? Column.QUANTITY
                    : label.startsWith("户标签") ? Column.TAGS
                    : label.startsWith("属性") ? Column.ATTRIBUTES
                    : label.startsWith("期望") ? Column.EXPECTED : null;
            if (column == null || columns.putIfAbsent(column, c) != null) {
                problems.add(new PlanProblem(file, row, SheetTables.cell(c, row), "「测试」表的列标题「" + label + "」"
                        + (column == null ? "认不出来" : "重复了") + "：标题只能是 用例、事件类型、数量、户标签、属性、期望得分"
                        + where(row, c)));
            }
        }
        for (Column needed : List.of(Column.TYPE, Column.EXPECTED)) {
            if (!columns.containsKey(needed)) {
                problems.add(new PlanProblem(file, row, null, "「测试」表第 " + row + " 行（标题行）没有「"
                        + (needed == Column.TYPE ? "事件类型" : "期望得分") + "」这一列：标题行要有 用例、事件类型、数量、"
                        + "户标签、属性、期望得分 这几列（用例、数量、户标签、属性可以不要）"));
            }
        }
        return problems.size() == before ? columns : null;
    }

    private static void testCase(CompiledPlan plan, String file, int row, List<String> cells,
            Map<Column, Integer> columns, List<PlanProblem> problems) {
        String name = value(cells, columns, Column.NAME);
        String said = "测试「" + (name.isEmpty() ? "第 " + row + " 行" : name) + "」";
        Map<String, Object> testCase = new LinkedHashMap<>();
        testCase.put("用例", said);
        String type = value(cells, columns, Column.TYPE);
        if (type.isEmpty()) {
            problems.add(refusal(file, row, columns.get(Column.TYPE), said + "没有写事件类型：请写登记时用的事件类型，"
                    + "例如「参加村民大会」"));
            return;
        }
        testCase.put("事件类型", type);
        String quantity = value(cells, columns, Column.QUANTITY);
        if (!quantity.isEmpty()) {
            if (!INTEGER.matcher(quantity).matches() || Integer.parseInt(quantity) < 1) {
                problems.add(refusal(file, row, columns.get(Column.QUANTITY), said + "的数量写的是「" + quantity
                        + "」：这里只能写正整数，例如 3；不写就是 1"));
                return;
            }
            testCase.put("数量", Integer.parseInt(quantity));
        }
        String tags = value(cells, columns, Column.TAGS);
        if (!tags.isEmpty()) {
            testCase.put("户标签", List.of(tags.split("\\s*[、,，;；]\\s*")));
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        String written = value(cells, columns, Column.ATTRIBUTES);
        for (String pair : written.isEmpty() ? new String[0] : ITEMS.split(written)) {
            Matcher parts = PAIR.matcher(pair);
            if (!parts.matches() || parts.group(1).isBlank()) {
                problems.add(refusal(file, row, columns.get(Column.ATTRIBUTES), said + "的属性写的是「" + written
                        + "」：每一项写成「名称=值」，几项之间用顿号「、」隔开，例如「级别=市级、人数=2」"));
                return;
            }
            attributes.put(parts.group(1).strip(), parts.group(2).strip());
        }
        testCase.put("属性", attributes);
        List<Map<String, Object>> expected = expected(value(cells, columns, Column.EXPECTED));
        if (expected == null) {
            problems.add(refusal(file, row, columns.get(Column.EXPECTED), said + "的期望得分写的是「"
                    + value(cells, columns, Column.EXPECTED) + "」：每一项写成「规则名称 分数」，几项之间用顿号「、」"
                    + "或分号「；」隔开，例如「参加村民大会 2、见义勇为 20」；一票否决写「违法搭建 否决」；"
                    + "不得分写「不得分」"));
            return;
        }
        testCase.put("期望", expected);
        try {
            String failure = PlanTests.check(plan, testCase);
            if (failure != null) {
                problems.add(refusal(file, row, columns.get(Column.EXPECTED), said + "未通过：" + failure
                        + "。请核对这一行的期望得分，或者积分项目那一行"));
            }
        } catch (IllegalArgumentException malformed) {
            problems.add(refusal(file, row, null, said + "写法不正确：" + malformed.getMessage()));
        } catch (RuleFailed failed) {
            problems.add(refusal(file, row, null, said + "运行时规则出错：" + failed.getMessage()));
        }
    }

    /** 「规则 分数」 items; null when one is not in that form. Empty for 「不得分」. */
    private static @Nullable List<Map<String, Object>> expected(String written) {
        if (written.isEmpty()) {
            return null;
        }
        List<Map<String, Object>> awards = new ArrayList<>();
        if (written.equals("不得分") || written.equals("无")) {
            return awards;
        }
        for (String item : ITEMS.split(written)) {
            Matcher veto = VETO.matcher(item);
            Matcher points = POINTS.matcher(item);
            if (veto.matches()) {
                awards.add(Map.of("规则", veto.group(1).strip(), "类型", "一票否决"));
            } else if (points.matches()) {
                awards.add(Map.of("规则", points.group(1).strip(), "分数", Integer.parseInt(points.group(2))));
            } else {
                return null;
            }
        }
        return awards;
    }

    private static PlanProblem refusal(String file, int row, @Nullable Integer column, String message) {
        return new PlanProblem(file, row, column == null ? null : SheetTables.cell(column, row),
                message + where(row, column == null ? -1 : column));
    }

    private static String where(int row, int column) {
        return "（表格「测试」第 " + row + " 行" + (column < 0 ? "" : "，单元格 " + SheetTables.cell(column, row)) + "）";
    }

    private static String value(List<String> cells, Map<Column, Integer> columns, Column column) {
        Integer c = columns.get(column);
        return c == null || c >= cells.size() ? "" : cells.get(c).strip();
    }

    private static boolean blank(List<String> cells) {
        return cells.stream().allMatch(String::isBlank);
    }
}
