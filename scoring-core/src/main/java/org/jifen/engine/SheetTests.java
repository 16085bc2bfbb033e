package org.jifen.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jifen.problem.WholeNumber;
import org.jifen.rules.Event;
import org.jifen.rules.Household;
import org.jspecify.annotations.Nullable;

/**
 * Rule tests written as a table (ADR 0122, 0176): a sheet named 「测试」 in the plan's workbook, or a {@code *.test.csv}
 * file with the same columns beside a CSV plan. A row is one event and the points it earns; consecutive rows with the
 * same 用例 name are one household's month, and a last row whose 事件类型 is 「月底」 holds what the month-end items
 * give that household for those events. They run at upload like the {@code .test.yaml} cases ({@link PlanTests}),
 * and a case that does not hold is refused at its row and cell. Every cell is read against the few forms it may take
 * (an integer count, 「规则 分数」 items, 「名=值」 attributes); anything else is refused at its cell, every such
 * cell of a row at once.
 */
final class SheetTests {

    static final String SHEET = "测试";
    /** What the 事件类型 cell of a test's month-end row says. */
    private static final Set<String> MONTH_END = Set.of("月底", "月末", "月底评定");
    private static final String MONTH = "2024-07";
    private static final Pattern POINTS = Pattern.compile("^(.+?)\\s*([+-]?\\d{1,6})\\s*分?$");
    private static final Pattern VETO = Pattern.compile("^(.+?)\\s*(?:一票)?否决$");
    private static final Pattern ITEMS = Pattern.compile("\\s*[；;、\\n]\\s*");
    /** Between expected awards: also the commas a clerk types (tryout 3, F7: 「，」 was read into a rule's name). */
    private static final Pattern AWARDS = Pattern.compile("\\s*[；;、，,\\n]\\s*");
    private static final Pattern PAIR = Pattern.compile("^([^=＝:：]+)[=＝:：](.*)$");
    private static final Pattern TAGS = Pattern.compile("\\s*[、,，;；]\\s*");
    private static final String DATE = "日期";
    private static final Pattern DAY = Pattern.compile("(\\d{4})\\s*[-/年.]\\s*(\\d{1,2})\\s*[-/月.]\\s*(\\d{1,2})\\s*日?");

    private enum Column { NAME, TYPE, QUANTITY, TAGS, ATTRIBUTES, EXPECTED }

    /** A table of tests: the workbook's 「测试」 sheet, or a whole {@code .test.csv} file. */
    private record Table(String file, boolean sheet, SortedMap<Integer, List<String>> rows) {

        String where(int row, int column) {
            return "（" + (sheet ? "表格「测试」" : "") + "第 " + row + " 行"
                    + (column < 0 ? "" : "，单元格 " + SheetTables.cell(column, row)) + "）";
        }

        PlanProblem refusal(int row, @Nullable Integer column, String message) {
            return new PlanProblem(file, row, column == null ? null : SheetTables.cell(column, row),
                    message + where(row, column == null ? -1 : column));
        }
    }

    /** One row: an event (or the month-end) and, in the form {@link PlanTests} reads, what it expects. */
    private record Step(int row, boolean monthEnd, Map<String, Object> testCase) {
    }

    /** One test: a household and its rows, in the order written. */
    private record Case(Table table, String name, int firstRow, List<Step> steps, List<Integer> monthEnds,
            Map<Column, Integer> columns) {

        /** A test without a name is said by its first row (attack tryout 16, E1: it crashed the check before). */
        String said() {
            return "测试「" + (name.isEmpty() ? "第 " + firstRow + " 行" : name) + "」";
        }
    }

    private SheetTests() {
    }

    /** A CSV plan's tests: the 「测试」 sheet's columns in a file of their own. */
    static boolean isTestTable(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".test.csv");
    }

    /** How the tests are written, checked without the plan (ADR 0173), so that one upload shows it with the rules'. */
    static List<PlanProblem> malformed(List<PlanFile> files, TestDays days) {
        List<PlanProblem> problems = new ArrayList<>();
        for (Table table : tables(files)) {
            read(table, days, problems);
        }
        return problems;
    }

    /** Every failing case of the plan's test tables (their form was checked by {@link #malformed}). */
    static List<PlanProblem> run(CompiledPlan plan, List<PlanFile> files) {
        List<PlanProblem> problems = new ArrayList<>();
        for (Table table : tables(files)) {
            for (Case testCase : read(table, TestDays.ANY, new ArrayList<>())) {
                run(plan, testCase, problems);
            }
        }
        return problems;
    }

    /**
     * Tryout clerk 4, M17: a clerk who expects a capped score is told that tests check what the rule gives each
     * time, before the month's cap, and where the cap is checked instead.
     */
    private static String capsNotTested(CompiledPlan plan, List<FiredAward> fired) {
        return fired.stream().map(award -> plan.rules().get(award.rule()))
                .filter(rule -> rule != null && rule.cap() != null).findFirst()
                .map(rule -> "。注意：测试核对的是规则每次给的分，不算上限（「" + rule.name() + "」" + rule.capWindow().said()
                        + "最多计 " + rule.cap() + " 分）：超过上限的那一次，这一行仍写规则给的分；上限是否合适，请上传后用「模拟」核对")
                .orElse("");
    }

    /** Every row of the plan's test tables that could be read, in the form {@link PlanTests} reads. */
    static List<Map<String, Object>> rows(List<PlanFile> files) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Table table : tables(files)) {
            for (Case testCase : read(table, TestDays.ANY, new ArrayList<>())) {
                testCase.steps().forEach(step -> rows.add(step.testCase()));
            }
        }
        return rows;
    }

    private static List<Table> tables(List<PlanFile> files) {
        List<Table> tables = new ArrayList<>();
        for (PlanFile file : files) {
            if (isTestTable(file.name())) {
                tables.add(new Table(file.name(), false, SheetCells.of(file).sheets().get(0)));
            } else if (RuleSource.isSpreadsheet(file.name()) && !file.name().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                SheetCells cells = SheetCells.of(file);
                for (int s = 0; s < cells.names().size(); s++) {
                    if (cells.names().get(s).strip().equals(SHEET)) {
                        tables.add(new Table(file.name(), true, cells.sheets().get(s)));
                    }
                }
            }
        }
        return tables;
    }

    /** The table's cases; what is written wrong is added to {@code problems} and its row left out. */
    private static List<Case> read(Table table, TestDays days, List<PlanProblem> problems) {
        SortedMap<Integer, List<String>> sheet = table.rows();
        Integer header = sheet.keySet().stream().filter(row -> !blank(sheet.get(row))).findFirst().orElse(null);
        if (header == null) {
            return List.of();
        }
        Map<Column, Integer> columns = columns(table, header, sheet.get(header), problems);
        if (columns == null) {
            return List.of();
        }
        List<Case> cases = new ArrayList<>();
        Map<String, Integer> named = new HashMap<>();
        Case current = null;
        int rows = 0;
        for (Map.Entry<Integer, List<String>> entry : sheet.tailMap(header + 1).entrySet()) {
            if (blank(entry.getValue())) {
                continue;
            }
            int row = entry.getKey();
            if (++rows > PlanTests.MAX_CASES) {
                problems.add(new PlanProblem(table.file(), row, null, "测试最多写 " + PlanTests.MAX_CASES
                        + " 行，请删去多余的行" + table.where(row, -1)));
                break;
            }
            String name = value(entry.getValue(), columns, Column.NAME);
            boolean continues = current != null && !name.isEmpty() && name.equals(current.name());
            if (!continues && !name.isEmpty() && named.containsKey(name)) {
                problems.add(table.refusal(row, columns.get(Column.NAME), "测试「" + name + "」在第 " + named.get(name)
                        + " 行已经写过，中间隔了别的用例：同一户的几件事要一行接一行地写在一起；如果是另一个例子，请换一个用例名称"));
                current = null;
                continue;
            }
            if (!continues) {
                current = new Case(table, name, row, new ArrayList<>(), new ArrayList<>(), columns);
                cases.add(current);
                if (!name.isEmpty()) {
                    named.put(name, row);
                }
            }
            Step step = step(current, row, entry.getValue(), days, problems);
            if (step != null) {
                current.steps().add(step);
            }
        }
        cases.removeIf(testCase -> testCase.steps().isEmpty());
        return cases;
    }

    /** The header's columns by what they say; null (and refused) when one is unknown or a needed one is missing. */
    private static @Nullable Map<Column, Integer> columns(Table table, int row, List<String> cells,
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
                problems.add(new PlanProblem(table.file(), row, SheetTables.cell(c, row), "「测试」表的列标题「" + label
                        + "」" + (column == null ? "认不出来" : "重复了") + "：标题只能是 用例、事件类型、数量、户标签、属性、期望得分"
                        + table.where(row, c)));
            }
        }
        for (Column needed : List.of(Column.TYPE, Column.EXPECTED)) {
            if (!columns.containsKey(needed)) {
                problems.add(new PlanProblem(table.file(), row, null, "「测试」表第 " + row + " 行（标题行）没有「"
                        + (needed == Column.TYPE ? "事件类型" : "期望得分") + "」这一列：标题行要有 用例、事件类型、数量、"
                        + "户标签、属性、期望得分 这几列（用例、数量、户标签、属性可以不要）"));
            }
        }
        return problems.size() == before ? columns : null;
    }

    /** The row as a step of its case, or null when a cell of it is written wrong (each such cell refused). */
    private static @Nullable Step step(Case testCase, int row, List<String> cells, TestDays days,
            List<PlanProblem> problems) {
        Table table = testCase.table();
        Map<Column, Integer> columns = testCase.columns();
        String said = testCase.said();
        int before = problems.size();
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("用例", said);
        String type = value(cells, columns, Column.TYPE);
        boolean monthEnd = MONTH_END.contains(type);
        if (type.isEmpty()) {
            problems.add(table.refusal(row, columns.get(Column.TYPE), said + "没有写事件类型：请写登记时用的事件类型，"
                    + "例如「参加村民大会」；月底评定的那一行写「月底」"));
        } else if (!monthEnd) {
            step.put("事件类型", type);
        }
        if (!testCase.monthEnds().isEmpty()) {
            problems.add(table.refusal(row, columns.get(Column.TYPE), said + "的「月底」那一行要写在这个用例的最后："
                    + "月底评定算的是它上面几行的事件；这一行的事件请挪到「月底」那一行上面"));
        }
        if (monthEnd) {
            testCase.monthEnds().add(row);
        }
        String quantity = value(cells, columns, Column.QUANTITY);
        WholeNumber amount = WholeNumber.read(quantity, 1, PlanLimits.MAX_QUANTITY);
        if (monthEnd && !quantity.isEmpty()) {
            problems.add(table.refusal(row, columns.get(Column.QUANTITY), said + "的「月底」这一行不写数量：月底评定"
                    + "按上面几行的事件算，请把数量「" + quantity + "」删掉"));
        } else if (!quantity.isEmpty() && amount.value() == null) {
            problems.add(table.refusal(row, columns.get(Column.QUANTITY), said + "的数量写的是「" + quantity + "」"
                    + (amount.outOfRange() != null ? "，" + amount.outOfRange() + "（登记事件时数量只能是 1 到 "
                            + PlanLimits.MAX_QUANTITY + "）" : "：这里只能写正整数，例如 3；不写就是 1")));
        } else if (!quantity.isEmpty()) {
            step.put("数量", amount.value().intValue());
        }
        tags(testCase, row, value(cells, columns, Column.TAGS), step, problems);
        String written = value(cells, columns, Column.ATTRIBUTES);
        Map<String, Object> attributes = attributes(written);
        if (monthEnd && !written.isEmpty()) {
            problems.add(table.refusal(row, columns.get(Column.ATTRIBUTES), said + "的「月底」这一行不写属性：属性是"
                    + "登记一件事时填的，请写在那件事的一行里"));
        } else if (attributes == null) {
            problems.add(table.refusal(row, columns.get(Column.ATTRIBUTES), said + "的属性写的是「" + written
                    + "」：每一项写成「名称=值」，几项之间用顿号「、」隔开，例如「级别=市级、人数=2」"));
        } else {
            Object date = attributes.remove(DATE);
            if (date != null) {
                java.time.LocalDate day = day(date.toString());
                if (day == null) {
                    problems.add(table.refusal(row, columns.get(Column.ATTRIBUTES), said + "的日期写的是「" + date
                            + "」：日期写成「日期=2024-07-15」，也可以写 2024/7/15 或 2024年7月15日"));
                } else if (days.implausible(day) != null) {
                    problems.add(table.refusal(row, columns.get(Column.ATTRIBUTES), said + "的" + days.implausible(day)));
                } else {
                    step.put("日期", day.toString());
                }
            }
            step.put("属性", attributes);
        }
        List<Map<String, Object>> expected = expected(value(cells, columns, Column.EXPECTED));
        if (expected == null) {
            problems.add(table.refusal(row, columns.get(Column.EXPECTED), said + "的期望得分写的是「"
                    + value(cells, columns, Column.EXPECTED) + "」：每一项写成「规则名称 分数」，几项之间用顿号「、」"
                    + "或分号「；」隔开，例如「参加村民大会 2、见义勇为 20」；一票否决写「违法搭建 否决」；"
                    + "不得分写「不得分」"));
        } else {
            step.put("期望", expected);
        }
        return problems.size() == before ? new Step(row, monthEnd, step) : null;
    }

    /** A test is one household: its tags are written on its first row, and a later row may only repeat them. */
    private static void tags(Case testCase, int row, String written, Map<String, Object> step,
            List<PlanProblem> problems) {
        List<String> tags = written.isEmpty() ? List.of() : List.of(TAGS.split(written));
        if (testCase.steps().isEmpty()) {
            step.put("户标签", tags);
            return;
        }
        Step first = testCase.steps().get(0);
        Object firstTags = first.testCase().get("户标签");
        if (!tags.isEmpty() && !tags.equals(firstTags)) {
            problems.add(testCase.table().refusal(row, testCase.columns().get(Column.TAGS), testCase.said()
                    + "是同一户的几件事，户标签写在第一行（第 " + first.row() + " 行）：这一行写的「" + written
                    + "」和第一行的不一样；如果是另一户，请另起一个用例名称"));
        }
        step.put("户标签", firstTags);
    }

    /**
     * The day a clerk wrote (2024-07-15, 2024/7/15, 2024年7月15日), or null. In the 属性 cell 「日期=…」 is the event's
     * date, not an attribute (tryout 3, F9: it was silently taken as one).
     */
    private static java.time.@Nullable LocalDate day(String written) {
        Matcher day = DAY.matcher(written.strip());
        if (!day.matches()) {
            return null;
        }
        try {
            return java.time.LocalDate.of(Integer.parseInt(day.group(1)), Integer.parseInt(day.group(2)),
                    Integer.parseInt(day.group(3)));
        } catch (java.time.DateTimeException noSuchDay) {
            return null;
        }
    }

    /** 「名=值」 items; null when one is not in that form. */
    private static @Nullable Map<String, Object> attributes(String written) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (String pair : written.isEmpty() ? new String[0] : ITEMS.split(written)) {
            Matcher parts = PAIR.matcher(pair);
            if (!parts.matches() || parts.group(1).isBlank()) {
                return null;
            }
            attributes.put(parts.group(1).strip(), parts.group(2).strip());
        }
        return attributes;
    }

    /**
     * Runs the case as one household's month: each event scored on its own, as recording it would (before the
     * month's caps), then the month-end items on the month those events make.
     */
    private static void run(CompiledPlan plan, Case testCase, List<PlanProblem> problems) {
        Table table = testCase.table();
        Integer expectedColumn = testCase.columns().get(Column.EXPECTED);
        boolean several = testCase.steps().size() > 1;
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, Integer> quantities = new TreeMap<>();
        Map<String, Map<String, String>> latest = new TreeMap<>();
        List<FiredAward> awards = new ArrayList<>();
        int scored = 0;
        for (Step step : testCase.steps()) {
            String said = testCase.said() + (step.monthEnd() ? "的月底评定" : several ? "第 " + step.row() + " 行" : "");
            try {
                Household household = PlanTests.household(step.testCase());
                List<FiredAward> fired;
                if (step.monthEnd()) {
                    fired = plan.fire(List.of(MonthFacts.summary("测试户", MONTH, counts, quantities, awards, scored,
                            latest), household));
                } else {
                    Event event = PlanTests.event(step.testCase());
                    EventCatalog catalog = plan.catalog().orElse(null);
                    if (catalog != null && !catalog.lists(event.getType())) {
                        // tryout 3, F8: answered at the type's cell, not as 「实际 不得分」 at the expectation's
                        String nearest = PlanFindings.nearest(event.getType(), catalog.types().keySet());
                        problems.add(table.refusal(step.row(), testCase.columns().get(Column.TYPE), said
                                + "的事件类型「" + event.getType() + "」不在本村的事件类型清单 catalog.csv 里，登记时选不到它："
                                + "请改成清单里的写法" + (nearest == null ? "" : "（是不是「" + nearest + "」？）")));
                        continue;
                    }
                    fired = plan.fire(List.of(event, household));
                    awards.addAll(fired);
                    scored += fired.isEmpty() ? 0 : 1;
                    counts.merge(event.getType(), 1, Integer::sum);
                    quantities.merge(event.getType(), event.getQuantity(), Integer::sum);
                    latest.put(event.getType(), attributes(step.testCase()));
                }
                String failure = PlanTests.compare(fired, step.testCase());
                if (failure != null) {
                    problems.add(table.refusal(step.row(), expectedColumn, said + "未通过：" + failure
                            + (step.monthEnd() ? "（月底按上面几行的事件评定：" + month(counts) + "）。请核对这一行的期望得分，"
                                    + "或者月度项目那一行" : "。请核对这一行的期望得分，或者积分项目那一行" + capsNotTested(plan, fired))));
                }
            } catch (IllegalArgumentException malformed) {
                problems.add(table.refusal(step.row(), null, said + "写法不正确：" + malformed.getMessage()));
            } catch (RuleFailed failed) {
                problems.add(table.refusal(step.row(), null, said + "运行时规则出错：" + failed.getMessage()));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> attributes(Map<String, Object> step) {
        Map<String, String> attributes = new TreeMap<>();
        ((Map<String, Object>) step.getOrDefault("属性", Map.of())).forEach((k, v) -> attributes.put(k, String.valueOf(v)));
        return attributes;
    }

    private static String month(Map<String, Integer> counts) {
        if (counts.isEmpty()) {
            return "这个月没有事件";
        }
        List<String> said = new ArrayList<>();
        counts.forEach((type, count) -> said.add(type + " " + count + " 次"));
        return String.join("、", said);
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
        for (String item : items(written)) {
            Matcher veto = VETO.matcher(item);
            Matcher points = POINTS.matcher(item);
            if (veto.matches()) {
                awards.add(Map.of("规则", named(veto.group(1)), "类型", "一票否决"));
            } else if (points.matches()) {
                awards.add(Map.of("规则", named(points.group(1)), "分数", Integer.parseInt(points.group(2))));
            } else {
                return null;
            }
        }
        return awards;
    }

    /**
     * The cell's items: a comma or 、 ends an item only after its points or 否决, so that a rule named
     * 「好人好事（两委认定，公示后登记）」 is named as written (ADR 0244); the last item may stay unfinished.
     */
    private static List<String> items(String written) {
        List<String> items = new ArrayList<>();
        Matcher separator = AWARDS.matcher(written);
        int start = 0;
        StringBuilder item = new StringBuilder();
        while (separator.find()) {
            item.append(written, start, separator.start());
            if (!openBracket(item) && (POINTS.matcher(item).matches() || VETO.matcher(item).matches())) {
                items.add(item.toString());
                item.setLength(0);
            } else {
                item.append(separator.group());
            }
            start = separator.end();
        }
        item.append(written.substring(start));
        if (items.isEmpty() || !item.toString().isBlank()) {
            items.add(item.toString());
        }
        return items;
    }

    /**
     * Whether a bracket or quote opened in the item is not closed yet: a comma inside 「（每处扣5分，每月扣完25分为止）」
     * is part of the rule's name, though 「…扣5分」 before it looks like a name and its points (tryout clerk 6, 1).
     */
    private static boolean openBracket(CharSequence item) {
        int open = 0;
        for (int i = 0; i < item.length(); i++) {
            char c = item.charAt(i);
            open += OPENING.indexOf(c) >= 0 ? 1 : CLOSING.indexOf(c) >= 0 ? -1 : 0;
        }
        return open > 0;
    }

    private static final String OPENING = "（(「『【[《〈“";
    private static final String CLOSING = "）)」』】]》〉”";

    /** A rule's name as a test writes it: 「…」 or quotes around it are not part of it. */
    private static String named(String written) {
        String name = written.strip();
        return name.length() > 2 && (name.startsWith("「") && name.endsWith("」") || name.startsWith("“")
                && name.endsWith("”") || name.startsWith("\"") && name.endsWith("\"")) ? name.substring(1,
                name.length() - 1).strip() : name;
    }

    private static String value(List<String> cells, Map<Column, Integer> columns, Column column) {
        Integer c = columns.get(column);
        return c == null || c >= cells.size() ? "" : cells.get(c).strip();
    }

    private static boolean blank(List<String> cells) {
        return cells.stream().allMatch(String::isBlank);
    }
}
