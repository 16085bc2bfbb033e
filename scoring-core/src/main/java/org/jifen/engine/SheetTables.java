package org.jifen.engine;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jifen.sheet.Sheets;

/**
 * The rule tables of a spreadsheet plan checked as a clerk filled them in, row by row and cell by cell, before the
 * spreadsheet compiler reads them (ADR 0090). The compiler ends a table at its first blank row and silently drops
 * what follows, leaves out a condition whose cell is empty (so an item without its event type counts every event),
 * and turns a cell such as 「3分」 into code that fails far from the cell. Here each of these is found at its cell
 * and said in plain Chinese; {@link PlanCompiler} refuses the plan for the refusals and stores the warnings with it.
 */
final class SheetTables {

    /** A points column's label: its category, and 「每次」 where the points are per event (times the quantity). */
    private static final Pattern POINTS_LABEL = Pattern.compile("(.+)[（(](每次)?分值[）)]");
    /** A points column's gray code row as the template writes it, for some category. */
    private static final Pattern TEMPLATE_POINTS = Pattern.compile(
            "awards\\.add\\(\\$param(\\*\\$e\\.getQuantity\\(\\))?,\"([^\"$]+)\"\\);");
    /** Rows between a {@code RuleTable} row and its first item: column kinds, object types, code, labels. */
    private static final int HEADER_ROWS = 4;
    private static final Set<String> KEYWORDS = Set.of("ruleset", "import", "variables", "functions", "queries",
            "declare", "notes", "sequential", "sequentialmaxpriority", "sequentialminpriority", "escapequotes",
            "numericdisabled", "ruletable", "unit");
    /** The column kinds the template uses; the compiler reads any other (SALIENCE, ENABLED, ...) in its own way. */
    private static final Set<String> COLUMN_KINDS = Set.of("NAME", "CONDITION", "ACTION", "METADATA");
    /** Heading rows that would declare types or queries: no plan needs them, and the parser says them at line 0. */
    private static final Set<String> REFUSED_HEADINGS = Set.of("queries", "declare");
    private static final Pattern PLACEHOLDER = Pattern.compile("(\"?)\\$(param|\\d)\\b");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");
    /** A whole number that a workbook's number format shows with decimals (「0.0」 shows 3 as 3.0, ADR 0237). */
    private static final Pattern FORMATTED_WHOLE = Pattern.compile("[+-]?\\d{1,9}\\.0+");
    /** A negative number that a workbook's number format shows in parentheses, without its minus (ADR 0237). */
    private static final Pattern FORMATTED_NEGATIVE = Pattern.compile("\\([\\d,]{1,12}\\)");
    /** 不含标签's code for several tags: the household has none of them. */
    private static final String ABSENT_TAGS = "forall(&&){!hasTag(\"$\")}";

    private SheetTables() {
    }

    /** A column of a rule table: its kind (NAME, CONDITION, ACTION, ...), its code and the label clerks read. */
    private record Column(String kind, String code, String label) {
    }

    static void check(String file, SheetCells cells, List<PlanProblem> refusals, List<PlanProblem> warnings) {
        check(file, cells, refusals, warnings, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), refusals);
    }

    /**
     * As above; {@code items} gets, for each sheet, its item rows with the column of their names (-1 without one), so
     * that a refused row can be left out and the rows around it still read (ADR 0177); {@code headings} gets the
     * object headings a condition column left empty, continued from the condition on its left, and {@code written}
     * the cells the compiler gets in another form than written ({@link SheetRewrite}).
     */
    static void check(String file, SheetCells cells, List<PlanProblem> refusals, List<PlanProblem> warnings,
            List<Map<Integer, Integer>> items, List<SheetRewrite.Continued> headings,
            List<SheetRewrite.Written> written, List<PlanProblem> atUpload) {
        for (int s = 0; s < cells.sheets().size(); s++) {
            SortedMap<Integer, List<String>> sheet = cells.sheets().get(s);
            Map<Integer, Integer> itemRows = new HashMap<>();
            items.add(itemRows);
            if (sheet.isEmpty()) {
                continue;
            }
            int last = sheet.lastKey();
            for (int row = sheet.firstKey(); row <= last; row++) {
                String first = firstText(sheet, row);
                int column = cells(sheet, row).indexOf(first);
                if (REFUSED_HEADINGS.contains(first.toLowerCase(Locale.ROOT)) && column >= 0) {
                    refusals.add(new PlanProblem(file, row, cell(column, row), "表格第 " + row + " 行是「" + first
                            + "」行：方案表格不能定义查询（Queries）或新的事实类型（Declare），积分方案用不到它们，请删去这一行"
                            + place(row, column)));
                }
                if (first.toLowerCase(Locale.ROOT).startsWith("ruletable")) {
                    headings.addAll(continuedHeadings(s, sheet, row));
                    atUpload.addAll(pointsAgainstTheirLabel(file, sheet, row, first.substring("ruletable".length())
                            .strip()));
                    atUpload.addAll(actionsSayWhatTheyDo(file, sheet, row, first.substring("ruletable".length())
                            .strip()));
                    atUpload.addAll(conditionsAsTheTemplateWritesThem(file, sheet, row, first.substring("ruletable"
                            .length()).strip()));
                    row = table(file, sheet, row, first.substring("ruletable".length()).strip(), refusals, warnings,
                            itemRows, new Rewrites(s, written)) - 1;
                }
            }
        }
    }

    /**
     * The object headings (the row under the column kinds) that a condition column with code leaves empty, each taken
     * from the nearest condition column on its left that has one: what merging the two cells means to the compiler.
     */
    private static List<SheetRewrite.Continued> continuedHeadings(int s, SortedMap<Integer, List<String>> sheet,
            int start) {
        List<String> kinds = cells(sheet, start + 1);
        List<String> objects = cells(sheet, start + 2);
        List<String> code = cells(sheet, start + 3);
        List<SheetRewrite.Continued> continued = new ArrayList<>();
        int left = -1; // the condition column whose heading a run of empty ones next to it continues
        for (int c = 0; c < kinds.size(); c++) {
            boolean condition = kinds.get(c).strip().equalsIgnoreCase("CONDITION");
            String object = at(objects, c).strip();
            if (!condition || !object.isEmpty() && !object.equals("...")) {
                left = condition && !object.endsWith("...") ? c : -1;
            } else if (left >= 0 && object.isEmpty() && !at(code, c).isBlank()) {
                if (!continued.isEmpty() && continued.get(continued.size() - 1).to() == c - 1) {
                    continued.set(continued.size() - 1, new SheetRewrite.Continued(s, start + 2, left, c));
                } else {
                    continued.add(new SheetRewrite.Continued(s, start + 2, left, c));
                }
            } else {
                left = -1;
            }
        }
        return continued;
    }

    /**
     * A points column whose label says which category its cells' points go to (「村民议事（每次分值）」) but whose gray
     * code row, which the clerk is told not to touch, gives something else (attack tryout 9, x1: the code negated, so
     * the column reads 3 and the rule deducts 3; ADR 0203). Refused at upload, at the code cell, with the template's
     * code; but when the code row is the template's for another category, only the label was changed (clerk tryout 4,
     * M06b): refused at the label, telling the clerk to put the label back. A version stored before still loads.
     */
    private static List<PlanProblem> pointsAgainstTheirLabel(String file, SortedMap<Integer, List<String>> sheet,
            int start, String name) {
        List<String> code = cells(sheet, start + 3);
        List<String> labels = cells(sheet, start + 4);
        List<PlanProblem> problems = new ArrayList<>();
        for (int c = 0; c < labels.size(); c++) {
            Matcher label = POINTS_LABEL.matcher(labels.get(c).strip());
            if (!label.matches()) {
                continue;
            }
            String category = label.group(1);
            String perEvent = "awards.add($param * $e.getQuantity(), \"" + category + "\");";
            String once = "awards.add($param, \"" + category + "\");";
            String written = at(code, c).strip();
            String compact = written.replaceAll("\\s+", "");
            Matcher template = TEMPLATE_POINTS.matcher(compact);
            if (template.matches() && !template.group(2).equals(category)) {
                // clerk tryout 4, M06b: only the yellow label was changed; the gray row is the template's, for another category
                String scores = template.group(2);
                String heading = scores + (template.group(1) == null ? "（分值）" : "（每次分值）");
                problems.add(new PlanProblem(file, start + 4, cell(c, start + 4), (name.isEmpty() ? "规则表" : "「" + name
                        + "」表") + "的第 " + Sheets.column(c) + " 列标题写的是「" + labels.get(c).strip() + "」，这一列实际却计入「"
                        + scores + "」（灰色代码行是这样写的，不用改）：看表的人会以为这一列的分计入「" + category + "」。请把标题改回「"
                        + heading + "」；要给「" + category + "」计分，请把分值填在计入「" + category + "」的那一列"
                        + place(start + 4, c)));
            } else if (!compact.equals(perEvent.replace(" ", "")) && !compact.equals(once.replace(" ", ""))) {
                String expected = label.group(2) == null ? once : perEvent;
                problems.add(new PlanProblem(file, start + 3, cell(c, start + 3), (name.isEmpty() ? "规则表" : "「" + name
                        + "」表") + "「" + labels.get(c).strip() + "」这一列的灰色代码行被改过：标题说这一格写的分值计入「"
                        + category + "」，代码却是「" + written + "」，实际计的分会和表格上写的不一样（例如写 3，实际可能扣 3 分"
                        + "或计入别的类别），村民和审核的人都看不出来。灰色行是规则模板，请改回「" + expected + "」；要扣分，"
                        + "请在分值格里写负数" + place(start + 3, c)));
            }
        }
        return problems;
    }

    /**
     * The gray code of a condition or metadata column is one the template writes, for the object the template writes
     * it under, and the one of the template's column of the same label (attack tryout 16, X2: 「type != "$param"」 under
     * 事件类型 vetoed every other event, 「!hasTag」 under 户标签 paid the households without the tag, 「cap(1$param)」 made
     * a cap of 10 into 110, while the cells read as the example's). Action columns are held by their labels above.
     * Refused at upload, at the code cell, with the template's code.
     */
    private static List<PlanProblem> conditionsAsTheTemplateWritesThem(String file, SortedMap<Integer, List<String>> sheet,
            int start, String name) {
        List<String> kinds = cells(sheet, start + 1);
        List<String> objects = cells(sheet, start + 2);
        List<String> code = cells(sheet, start + 3);
        List<String> labels = cells(sheet, start + 4);
        String table = name.isEmpty() ? "规则表" : "「" + name + "」表";
        List<PlanProblem> problems = new ArrayList<>();
        for (int c = 0; c < kinds.size(); c++) {
            String kind = kinds.get(c).strip().toUpperCase(Locale.ROOT);
            String written = at(code, c).replaceAll("\\s+", "");
            if (!kind.equals("CONDITION") && !kind.equals("METADATA") || written.isEmpty()) {
                continue;
            }
            String label = at(labels, c).strip();
            String object = at(objects, c).replaceAll("\\s+", "");
            TemplateCode template = TemplateCode.BY_CODE.get(written);
            TemplateCode labelled = TemplateCode.BY_LABEL.get(label);
            boolean objectFits = template != null && (template.object() == null ? object.isEmpty()
                    : object.isEmpty() || template.objects().contains(object));
            if (template == null || !template.kind().equals(kind) || !objectFits
                    || labelled != null && labelled != template) {
                TemplateCode expected = labelled != null ? labelled : template;
                problems.add(new PlanProblem(file, start + 3, cell(c, start + 3), table + "「" + label
                        + "」这一列的灰色代码行被改过（「" + at(code, c).strip() + "」" + (template != null && !objectFits
                        ? "，写在「" + at(objects, c).strip() + "」下面" : "") + "）：表格上看起来和模板一样，实际的条件或上限却不同，"
                        + "村民和审核的人都看不出来。灰色行是规则模板，请改回模板的写法"
                        + (expected == null ? "（从模板里复制这一列，或删掉这一列）" : "「" + expected.code() + "」")
                        + place(start + 3, c)));
            } else if (labelled == null && template.saysOtherwise(label) != null) {
                String word = template.saysOtherwise(label);
                problems.add(new PlanProblem(file, start + 4, cell(c, start + 4), table + "第 " + Sheets.column(c)
                        + " 列的标题写的是「" + label + "」" + (word.isEmpty() ? "，没有说出这一列的条件，读起来可能正相反"
                        : "，「" + word + "」和这一列实际的条件相反")
                        + "（这一列按模板的「" + template.label() + "」计分，灰色代码行不用改）：看表的人会以为条件是反过来的。"
                        + "请把标题改回「" + template.label() + "」" + place(start + 4, c)));
            }
        }
        return problems;
    }

    /**
     * An action column scores whatever its label says (attack tryout 11, N5: a veto column labelled 「备注」, a −50
     * column labelled 「说明（不计分）」, a veto column 35 empty columns right of the table; ADR 0234). So the label is
     * made of the template's scoring words only ({@link ScoringWords}, ADR 0235; tryout 12, NEW-F: 「否决异议处理人」
     * holds 否决 in another sense) and says what its code does in their sense: a veto 一票否决, points 分, 类别 or the
     * category its code names, a fixed deduction 扣 … 分; and the table's columns are side by side, with no empty column
     * between them. Refused at upload, at the label, naming the label to write.
     */
    private static List<PlanProblem> actionsSayWhatTheyDo(String file, SortedMap<Integer, List<String>> sheet,
            int start, String name) {
        List<String> kinds = cells(sheet, start + 1);
        List<String> code = cells(sheet, start + 3);
        List<String> labels = cells(sheet, start + 4);
        String table = name.isEmpty() ? "规则表" : "「" + name + "」表";
        List<PlanProblem> problems = new ArrayList<>();
        boolean gap = false;
        for (int c = 0; c < kinds.size(); c++) {
            String kind = kinds.get(c).strip();
            if (kind.isEmpty()) {
                gap = true;
                continue;
            }
            String label = at(labels, c).strip();
            if (gap) {
                problems.add(new PlanProblem(file, start + 4, cell(c, start + 4), table + "的第 "
                        + Sheets.column(c) + " 列「" + label + "」和表格隔着空列，看表的人不会把它当成表格的一部分，"
                        + "系统却照样会读它计分：请把这一列删掉，或移到表格最后一列的右边、中间不留空列" + place(start + 4, c)));
                return problems;
            }
            String written = at(code, c).replaceAll("\\s+", "");
            // a label 「类别（每次分值）」 is held to its gray code row by pointsAgainstTheirLabel
            if (kind.equalsIgnoreCase("ACTION") && !written.isEmpty() && !POINTS_LABEL.matcher(label).matches()) {
                ActionLabel action = ActionLabel.of(written);
                String wrong = action == null ? null : action.wrongIn(label);
                if (wrong != null) {
                    problems.add(new PlanProblem(file, start + 4, cell(c, start + 4), table + "的第 "
                            + Sheets.column(c) + " 列标题是「" + label + "」，这一列却会" + action.does() + "（灰色代码行是这样写的）："
                            + wrong + "。标题要说清这一列计什么，看表的人才不会把它当成备注或别的意思：请把标题改成「" + action.heading()
                            + "」，不计分的说明请写在表格外面（例如表格下方空一行）" + place(start + 4, c)));
                }
            }
        }
        return problems;
    }

    /** Checks the table whose {@code RuleTable} row is {@code start}; returns the first row after it. */
    private static int table(String file, SortedMap<Integer, List<String>> sheet, int start, String name,
            List<PlanProblem> refusals, List<PlanProblem> warnings, Map<Integer, Integer> itemRows,
            Rewrites rewrites) {
        List<String> kinds = cells(sheet, start + 1);
        List<String> code = cells(sheet, start + 3);
        List<String> labels = cells(sheet, start + 4);
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < kinds.size(); c++) {
            String kind = kinds.get(c).strip().toUpperCase(Locale.ROOT);
            columns.add(new Column(kind, at(code, c).strip(), at(labels, c).strip()));
            if (!kind.isEmpty() && !COLUMN_KINDS.contains(kind)) {
                // tryout 3, M5: a SALIENCE column used to fail in the compiler, answered at line 0 with wrong advice
                refusals.add(new PlanProblem(file, start + 1, cell(c, start + 1), "表格第 " + (start + 1) + " 行的「"
                        + kinds.get(c).strip() + "」列：方案表格只能用 NAME、CONDITION、ACTION、METADATA 这几种列，"
                        + "请删去这一列（需要优先级、停用等写法时请用规则文件 .drl）" + place(start + 1, c)));
            }
        }
        String table = name.isEmpty() ? "规则表" : "「" + name + "」表";
        int last = sheet.lastKey();
        int row = start + HEADER_ROWS + 1;
        int items = 0;
        int nameAt = indexOf(columns, "NAME");
        for (; row <= last && !isBlank(sheet, row); row++) {
            items++;
            itemRows.put(row, nameAt);
            item(file, row, cells(sheet, row), columns, refusals, warnings);
            tags(file, row, cells(sheet, row), columns, refusals, rewrites, start + 3);
        }
        if (items == 0) {
            warnings.add(new PlanProblem(file, start, null, table + "没有填任何项目，这张表不会计分：不需要的话，"
                    + "可以把整张表（从「RuleTable」那一行到标题行）删掉"));
        }
        int next = row;
        while (next <= last && isBlank(sheet, next)) {
            next++;
        }
        if (next > last || isKeyword(firstText(sheet, next))) {
            return next;
        }
        int nameColumn = indexOf(columns, "NAME");
        List<Integer> dropped = new ArrayList<>();
        int end = next;
        for (; end <= last && !isKeyword(firstText(sheet, end)); end++) {
            if (!isBlank(sheet, end)) {
                dropped.add(end);
            }
        }
        boolean items2 = dropped.stream().anyMatch(r -> nameColumn >= 0 && !at(cells(sheet, r), nameColumn).isBlank()
                && filledBesides(cells(sheet, r), nameColumn));
        String what = "表格第 " + row + " 行是空行，" + table + "到这里就结束了：下面第 " + dropped.get(0) + " 行起还有 "
                + dropped.size() + " 行" + example(sheet, dropped.get(0), nameColumn) + "不会被读到，";
        if (items2) {
            refusals.add(new PlanProblem(file, row, null, what + "这些项目不会计分。请删掉空行（整行删除），让项目连续排列"));
        } else {
            warnings.add(new PlanProblem(file, dropped.get(0), null, what + "也不会计分。如果这些是积分项目，请删掉上面的空行"));
        }
        return end;
    }

    private static String example(SortedMap<Integer, List<String>> sheet, int row, int nameColumn) {
        String name = nameColumn >= 0 ? at(cells(sheet, row), nameColumn).strip() : "";
        return name.isEmpty() ? "" : "（如「" + name + "」）";
    }

    /** Where a sheet's cells to rewrite go: its index among the workbook's sheets, and the list. */
    private record Rewrites(int sheet, List<SheetRewrite.Written> written) {
    }

    /**
     * Several tags in one cell (tryout 3, F3: 「低保户、五保户」 excluded nobody, since no household has a tag of that
     * name). 不含标签 excludes a household with any of them: the compiler gets the column's code as one condition per
     * tag. 户标签 with several is refused at its cell: whether it means "any" or "all" only the clerk knows.
     */
    private static void tags(String file, int row, List<String> cells, List<Column> columns,
            List<PlanProblem> refusals, Rewrites rewrites, int codeRow) {
        for (int c = 0; c < columns.size(); c++) {
            String code = columns.get(c).code();
            List<String> tags = List.of(at(cells, c).strip().split("\\s*[、，,;；]\\s*")).stream()
                    .filter(tag -> !tag.isBlank()).toList();
            if (tags.size() < 2) {
                continue;
            }
            if (code.equals(SheetColumns.ABSENT_TAG)) {
                // the compiler's own 「forall」 repeats the condition for each comma-separated value of the cell
                rewrites.written().add(new SheetRewrite.Written(rewrites.sheet(), codeRow, c, ABSENT_TAGS));
                rewrites.written().add(new SheetRewrite.Written(rewrites.sheet(), row, c, String.join(",", tags)));
            } else if (code.equals(SheetColumns.TAG)) {
                refusals.add(new PlanProblem(file, row, cell(c, row), "项目「" + at(cells, 0).strip() + "」的户标签写了「"
                        + at(cells, c).strip() + "」几个标签：户标签只能写一个。要给几种户都计分，请把这一项写成几行，每行一个标签；"
                        + "要排除几种户，写在「不含标签」里，用顿号隔开" + place(row, c)));
            }
        }
    }

    /** One item row: its name, its cells against their columns' code, that it awards something and has conditions. */
    private static void item(String file, int row, List<String> cells, List<Column> columns,
            List<PlanProblem> refusals, List<PlanProblem> warnings) {
        int nameColumn = indexOf(columns, "NAME");
        String name = nameColumn >= 0 ? at(cells, nameColumn).strip() : "";
        String item = name.isEmpty() ? "这一行" : "项目「" + name + "」";
        if (nameColumn >= 0 && name.isEmpty()) {
            refusals.add(new PlanProblem(file, row, cell(nameColumn, row), "这一行没有填规则名称：每个项目都要有名称，"
                    + "它会出现在公示和积分明细里" + place(row, nameColumn)));
        }
        if (nameColumn >= 0 && !filledBesides(cells, nameColumn)) {
            refusals.add(new PlanProblem(file, row, cell(nameColumn, row), item + "只填了名称，这一行的其他格都是空的："
                    + "请把事件类型和分值填完整，或者整行删掉" + place(row, nameColumn)));
            return;
        }
        boolean awards = false;
        boolean conditions = false;
        boolean typeMissing = false;
        boolean conditionColumns = false;
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            String value = at(cells, c).strip();
            if (column.kind().equals("CONDITION")) {
                conditionColumns = true;
                conditions |= !value.isEmpty();
                if (value.isEmpty() && isEventType(column.code())) {
                    typeMissing = true;
                    refusals.add(new PlanProblem(file, row, cell(c, row), item + "没有填事件类型：不写事件类型，这一项会给"
                            + "登记的每一件事计分。请写登记时用的事件类型，例如「参加村民大会」" + place(row, c)));
                }
            }
            if (column.kind().equals("ACTION")) {
                awards |= !value.isEmpty();
            }
            if (!value.isEmpty()) {
                cellValue(file, row, c, value, column, item, refusals);
            }
        }
        SheetColumns.item(file, row, cells, columns.stream().map(Column::code).toList(), item, refusals, warnings);
        if (!awards && columns.stream().anyMatch(column -> column.kind().equals("ACTION"))) {
            refusals.add(new PlanProblem(file, row, null, item + "没有写分值：请在「"
                    + String.join("」「", columns.stream().filter(column -> column.kind().equals("ACTION"))
                            .map(Column::label).filter(label -> !label.isEmpty()).toList())
                    + "」这几列中至少填一列" + place(row, -1)));
        }
        if (awards && conditionColumns && !conditions && !typeMissing) {
            // tryout 3, F11: 「每户每月起始 100 分」 is what a clerk may mean; the month table says how to write it
            boolean monthTable = columns.stream().anyMatch(column -> column.code().equals(SheetColumns.MONTH_EVENTS));
            refusals.add(new PlanProblem(file, row, null, item + "一个条件也没有填，会给每一户计分："
                    + "请填上条件（例如事件类型），或者整行删掉" + (monthTable ? "；如果就是要每户每月都计这个分（例如「每户每月"
                    + "起始 100 分，违规扣分」），请在「本月事件不少于」写 0，见编写指南第 7 节「常见问题」" : "")
                    + place(row, -1)));
        }
    }

    /** A cell against its column's code: numbers where the code takes a number, as many parts as it has places. */
    private static void cellValue(String file, int row, int c, String value, Column column, String item,
            List<PlanProblem> refusals) {
        Matcher placeholders = PLACEHOLDER.matcher(column.code());
        List<Boolean> numeric = new ArrayList<>();
        boolean numbered = false;
        int places = 0;
        while (placeholders.find()) {
            boolean quoted = !placeholders.group(1).isEmpty();
            if (placeholders.group(2).equals("param")) {
                numeric.add(0, !quoted);
                places = Math.max(places, 1);
            } else {
                numbered = true;
                int index = Integer.parseInt(placeholders.group(2));
                while (numeric.size() < index) {
                    numeric.add(true);
                }
                numeric.set(index - 1, !quoted);
                places = Math.max(places, index);
            }
        }
        if (places == 0) {
            return;
        }
        String label = column.label().isEmpty() ? "" : "（这一列是「" + column.label() + "」）";
        if (numbered && (value.contains("，") || value.contains("、")) && !value.contains(",")) {
            refusals.add(new PlanProblem(file, row, cell(c, row), item + "写的是「" + value + "」" + label
                    + "：这一格里的几项要用英文逗号「,」隔开，不能用中文逗号「，」或顿号「、」，例如「" + example(column, places)
                    + "」"
                    + place(row, c)));
            return;
        }
        List<String> parts = numbered ? List.of(value.split("\\s*,\\s*", -1)) : List.of(value);
        if (parts.size() != places) {
            refusals.add(new PlanProblem(file, row, cell(c, row), item + "写的是「" + value + "」" + label + "：这一格要写 "
                    + places + " 项，用逗号隔开，例如「" + example(column, places) + "」"
                    + place(row, c)));
            return;
        }
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i).strip();
            boolean workbook = !file.toLowerCase(Locale.ROOT).endsWith(".csv");
            if (numeric.get(i) && workbook && FORMATTED_WHOLE.matcher(part).matches()) {
                refusals.add(new PlanProblem(file, row, cell(c, row), item + "显示的是「" + value + "」" + label
                        + "：数字格式把整数显示成了「" + part + "」（带小数），这里只能写整数，请改成整数格式：选中这一格，点"
                        + "「开始」→「减少小数位数」直到不显示小数（或右键 →「设置单元格格式」→「数值」，小数位数设为 0）"
                        + place(row, c)));
                return;
            }
            if (numeric.get(i) && workbook && FORMATTED_NEGATIVE.matcher(part).matches()) {
                refusals.add(new PlanProblem(file, row, cell(c, row), item + "显示的是「" + value + "」" + label
                        + "：数字格式把负数显示成了括号（没有负号），看不出是扣分：请选中这一格，右键 →「设置单元格格式」→"
                        + "「数值」，负数选带负号的「-1234」" + place(row, c)));
                return;
            }
            if (numeric.get(i) && !INTEGER.matcher(part).matches()) {
                String halfWidth = Normalizer.normalize(part, Normalizer.Form.NFKC).replace('\u2212', '-');
                boolean points = column.code().contains("awards.");
                refusals.add(new PlanProblem(file, row, cell(c, row), item + "写的是「" + value + "」" + label
                        + (INTEGER.matcher(halfWidth).matches() ? "：这里的数字是全角的（中文输入法打出来的），请切换到"
                                + "半角（英文）输入，写成「" + halfWidth + "」"
                                : "：这里只能写整数" + (numbered ? "（第 " + (i + 1) + " 项）" : "")
                                + (points ? "，例如 3，扣分写 -3" : column.code().startsWith("cap(")
                                        ? "，例如 25（扣分的上限也写正数）" : "，例如 3")
                                + "；不要写「分」「次」或其他文字") + place(row, c)));
                return;
            }
            if (!numeric.get(i) && (part.isEmpty() || part.contains("\"") || part.contains("\\"))) {
                refusals.add(new PlanProblem(file, row, cell(c, row), item + "写的是「" + value + "」" + label
                        + (part.isEmpty() ? "：有一项是空的" : part.contains("\"") ? "：不能有英文双引号 \"，请删去"
                                : "：不能有反斜杠 \\，请删去") + place(row, c)));
                return;
            }
        }
    }

    /** A worked value of a column of several parts, as the template's own rows write it (tryout 3, F12). */
    private static String example(Column column, int places) {
        String code = column.code().replace(" ", "");
        return places == 3 ? "美丽庭院检查, 结果, 美丽庭院" : code.startsWith("attr(") ? "级别, 市级"
                : code.startsWith("count(") ? "垃圾分类检查合格, 1" : "20, 文明新风";
    }

    private static boolean isEventType(String code) {
        return code.replace(" ", "").startsWith("type==");
    }

    private static boolean filledBesides(List<String> cells, int column) {
        for (int c = 0; c < cells.size(); c++) {
            if (c != column && !cells.get(c).isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(List<Column> columns, String kind) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).kind().equals(kind)) {
                return c;
            }
        }
        return -1;
    }

    private static boolean isKeyword(String text) {
        String word = text.strip().toLowerCase(Locale.ROOT).split("\\s+", 2)[0];
        return KEYWORDS.contains(word);
    }

    private static String firstText(SortedMap<Integer, List<String>> sheet, int row) {
        return cells(sheet, row).stream().filter(cell -> !cell.isBlank()).findFirst().orElse("").strip();
    }

    private static boolean isBlank(SortedMap<Integer, List<String>> sheet, int row) {
        return cells(sheet, row).stream().allMatch(String::isBlank);
    }

    private static List<String> cells(SortedMap<Integer, List<String>> sheet, int row) {
        return sheet.getOrDefault(row, List.of());
    }

    private static String at(List<String> cells, int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    /** Where, as every spreadsheet refusal ends: the row, and the cell where one is to blame. */
    static String place(int row, int column) {
        return column < 0 ? "（表格第 " + row + " 行）" : "（表格第 " + row + " 行，单元格 " + cell(column, row) + "）";
    }

    static String cell(int column, int row) {
        return Sheets.column(column) + row;
    }
}
