package org.jifen.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.internal.builder.conf.LanguageLevelOption;
import org.jspecify.annotations.Nullable;

/**
 * One rule file of a plan as Drools will compile it: DRL as written, sentences ({@code .dslr}) after expansion, or
 * the DRL a spreadsheet ({@code .drl.xlsx}, {@code .drl.xls}, {@code .drl.csv}) generates. What is checked against
 * the rule contract is exactly what is compiled, and every line maps back to where the village wrote it (a
 * spreadsheet's row).
 *
 * @param drl the DRL that is checked and compiled
 * @param shownLines the lines a trace shows a rule from: the file as written, or the generated DRL of a spreadsheet
 * @param rows for a spreadsheet, the sheet row of each generated line (index = line - 1); empty otherwise
 * @param consequences for each rule, the consequence as the rule-file check rewrote it (absent when unchecked)
 * @param branches each rule's condition branches, as the rule-file check counted them (absent when unchecked)
 * @param cells for a spreadsheet, its cells, to name the cell of a finding; null otherwise
 */
record RuleSource(PlanFile file, String drl, PackageDescr descr, String[] shownLines, int[] rows,
        Map<RuleDescr, String> consequences, Map<RuleDescr, Integer> branches, @Nullable SheetCells cells) {

    private static final Pattern BESIDE_THE_TABLE = Pattern.compile(
            "cell ([A-Z]{1,3})(\\d{1,7}) does not have an 'ACTION' or 'CONDITION' column header");
    private static final Pattern ROW_COMMENT = Pattern.compile("// rule values at [A-Z]+(\\d+)");

    /** The line (or spreadsheet row) where the village wrote what is on this line of the DRL. */
    int writtenLine(int drlLine) {
        return writtenLine(rows, drlLine);
    }

    private static int writtenLine(int[] rows, int drlLine) {
        if (rows.length == 0 || drlLine <= 0) {
            return drlLine;
        }
        return rows[Math.min(drlLine, rows.length) - 1];
    }

    /** The cell of a spreadsheet's row that shows {@code text} (see {@link SheetCells#cellIn}), or null. */
    @Nullable String cellOf(int row, String text) {
        return cells == null || row <= 0 ? null : cells.cellIn(row, "「" + text + "」");
    }

    /** As {@link #cellOf}, for a condition's value: not the name's cell where another cell holds the value. */
    @Nullable String conditionCellOf(int row, String text) {
        return cells == null || row <= 0 ? null : cells.cellIn(row, "「" + text + "」", true);
    }

    boolean isSpreadsheet() {
        return rows.length > 0;
    }

    /**
     * Something written in the column right next to a table (tryout clerk 4, M10b, M10f): the spreadsheet compiler
     * reads it as a column of the table without code and gives up on the whole sheet. Said at its cell, with where
     * notes go; null for any other failure.
     */
    private static @Nullable PlanProblem besideTheTable(PlanFile file, Throwable unreadable) {
        Matcher cell = BESIDE_THE_TABLE.matcher(String.valueOf(unreadable.getMessage()));
        if (!cell.find()) {
            return null;
        }
        int row = Integer.parseInt(cell.group(2));
        String name = cell.group(1) + row;
        String text = SheetCells.of(file).text(name, row);
        return new PlanProblem(file.name(), row, name, "单元格 " + name
                + (text.isEmpty() ? "" : "写的「" + (text.length() > 20 ? text.substring(0, 20) + "…" : text) + "」")
                + "紧挨在方案表格的右边，系统把它当成了表格的一列，整张表就读不了：备注请写在表格下方、空一行之后，"
                + "或者写在另一张工作表里；然后把 " + cell.group(1) + " 列这几格清空，再上传");
    }

    static boolean isSpreadsheet(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".drl.xlsx") || lower.endsWith(".drl.xls") || lower.endsWith(".drl.csv");
    }

    static boolean isSentences(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".dslr");
    }

    static boolean isDsl(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".dsl");
    }

    /**
     * Reads, parses and checks every rule file of a plan against the rule contract, before Drools compiles anything:
     * compiling runs code (metadata is evaluated), so nothing unchecked may reach the builder. A file that does not
     * parse is refused here too, because a parser that recovers from an error could still hand code on. The budgets
     * on the text (ADR 0044) are counted before any parser runs, checked or not.
     *
     * @param categories the categories awards may name: the township's four and the village catalog's
     * @param checked whether the rule-file check runs: only {@code PlanWallTest} switches it off, to prove the walls
     *     behind it
     */
    static List<RuleSource> readAll(List<PlanFile> files, Set<String> categories, boolean checked) {
        return readAll(files, categories, checked, new ArrayList<>());
    }

    /** As {@link #readAll(List, Set, boolean)}, adding what is accepted but worth a clerk's look to {@code warnings}. */
    static List<RuleSource> readAll(List<PlanFile> files, Set<String> categories, boolean checked,
            List<PlanProblem> warnings) {
        List<PlanProblem> problems = new ArrayList<>();
        List<RuleSource> sources = readAll(files, categories, checked, warnings, problems);
        if (!problems.isEmpty()) {
            throw new PlanRejected(problems);
        }
        return sources;
    }

    /**
     * As above, adding every problem to {@code problems} instead of refusing, and returning what could still be read
     * (ADR 0177): the files without problems, a file whose rules break the contract (with them), and a spreadsheet
     * without its refused item rows. A file that does not parse is left out whole.
     */
    static List<RuleSource> readAll(List<PlanFile> files, Set<String> categories, boolean checked,
            List<PlanProblem> warnings, List<PlanProblem> problems) {
        return readAll(files, categories, checked, warnings, problems, new ArrayList<>());
    }

    /**
     * As above, adding to {@code atUpload} what only an upload refuses (ADR 0195: a divisor that can be zero, points
     * that can leave the bound), which a stored plan compiled again must not be refused for.
     */
    static List<RuleSource> readAll(List<PlanFile> files, Set<String> categories, boolean checked,
            List<PlanProblem> warnings, List<PlanProblem> problems, List<PlanProblem> atUpload) {
        int before = problems.size();
        List<PlanFile> dslFiles = files.stream().filter(f -> isDsl(f.name())).toList();
        for (PlanFile file : files) {
            if (!isUtf8(file)) {
                problems.add(new PlanProblem(file.name(), 0, "文件不是 UTF-8 编码（" + (isUtf16(file) ? "是 UTF-16 编码，"
                        + "有的软件叫它「Unicode」" : "可能是 GBK") + "）：请用记事本或 WPS 「另存为」并选择 UTF-8 编码后再上传"));
            } else if (checked && !isBinary(file.name())) {
                problems.addAll(RuleFileValidator.checkText(file.name(), file.text()));
                atUpload.addAll(ScreenLines.of(file.name(), file.text())); // stored versions load (ADR 0237)
            }
        }
        SentenceMapping sentences = SentenceMapping.read(dslFiles, problems, atUpload);
        if (problems.size() > before) {
            return List.of();
        }
        List<RuleSource> sources = new ArrayList<>();
        for (PlanFile file : files) {
            if (!PlanCompiler.isRuleFile(file.name()) || isDsl(file.name())) {
                continue;
            }
            try {
                RuleSource source = read(file, sentences, categories, checked, problems, warnings, atUpload);
                if (source != null) {
                    sources.add(source);
                }
            } catch (DroolsParserException | IOException | RuntimeException | StackOverflowError unreadable) {
                boolean text = !(unreadable instanceof StackOverflowError) && !isSpreadsheet(file.name());
                PlanProblem beside = isSpreadsheet(file.name()) ? besideTheTable(file, unreadable) : null;
                int line = text ? UnplacedSyntax.line(file.text()) : 0;
                problems.add(beside != null ? beside : new PlanProblem(file.name(), line,
                        unreadable instanceof StackOverflowError ? "规则文件嵌套太深，无法解析"
                        : isSpreadsheet(file.name()) ? "表格无法读取：请确认它是用 Excel 或 WPS 保存的 .xlsx（或 .xls、"
                                + ".csv）文件、没有加密，积分方案在第一张表里，灰色的模板行没有改动"
                                : ClerkWords.syntax(String.valueOf(unreadable.getMessage()))));
            }
        }
        return sources;
    }

    private static boolean isBinary(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xlsx") || lower.endsWith(".xls");
    }

    /** A UTF-16 byte-order mark: the file says its encoding, so the refusal need not guess. */
    private static boolean isUtf16(PlanFile file) {
        byte[] bytes = file.content();
        return bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
    }

    /** Spreadsheets are binary; every other plan file is text and must be UTF-8, or its Chinese would be garbled. */
    private static boolean isUtf8(PlanFile file) {
        if (isBinary(file.name())) {
            return true;
        }
        try {
            java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(file.content()));
            return true;
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            return false;
        }
    }

    private static @Nullable RuleSource read(PlanFile file, SentenceMapping sentences, Set<String> categories,
            boolean checked, List<PlanProblem> problems, List<PlanProblem> warnings, List<PlanProblem> atUpload)
            throws DroolsParserException, IOException {
        boolean spreadsheet = isSpreadsheet(file.name());
        SheetCells cells = null;
        PlanFile compiled = file;
        Set<Integer> leftOut = Set.of();
        if (spreadsheet) {
            List<PlanProblem> sheet = SpreadsheetBudget.check(file);
            if (!sheet.isEmpty()) {
                problems.addAll(sheet);
                return null;
            }
            // what nobody sees in Excel must not score: refused at upload, a stored version still loads (ADR 0203)
            List<PlanProblem> hidden = HiddenSheetContent.of(file);
            int hiddenAt = atUpload.size();
            cells = SheetCells.of(file);
            List<PlanProblem> filledIn = new ArrayList<>();
            List<java.util.Map<Integer, Integer>> items = new ArrayList<>();
            List<SheetRewrite.Continued> headings = new ArrayList<>();
            List<SheetRewrite.Written> rewritten = new ArrayList<>();
            SheetTables.check(file.name(), cells, filledIn, warnings, items, headings, rewritten, atUpload);
            // a cell is refused once (attack tryout 14, NEW-B: a negative shown as 「(5)」 was said twice): by the check
            // of its row, which leaves the row out
            Set<String> refusedCells = filledIn.stream().map(PlanProblem::cell).filter(java.util.Objects::nonNull)
                    .collect(java.util.stream.Collectors.toSet());
            atUpload.addAll(hiddenAt, hidden.stream().filter(problem -> !refusedCells.contains(problem.cell())).toList());
            if (!filledIn.isEmpty()) {
                problems.addAll(filledIn);
                leftOut = filledIn.stream().map(PlanProblem::line).collect(java.util.stream.Collectors.toSet());
                List<SheetRewrite.Written> rows = leftOut.contains(0) ? null : SheetRewrite.leftOut(items, leftOut);
                if (rows == null) {
                    return null;
                }
                rewritten.addAll(rows);
            }
            byte[] bytes = SheetRewrite.with(file, headings, rewritten);
            if (bytes == null) {
                problems.add(new PlanProblem(file.name(), 0, "表格无法读取：请确认它是用 Excel 或 WPS 保存的 .xlsx（或 .xls、"
                        + ".csv）文件、没有加密，积分方案在第一张表里，灰色的模板行没有改动"));
                return null;
            }
            compiled = new PlanFile(file.name(), bytes);
        }
        String written = spreadsheet ? generated(compiled) : file.text();
        int[] rows = spreadsheet ? rows(written, cells) : new int[0];
        List<PlanProblem> textProblems = new ArrayList<>(checked ? RuleFileValidator.checkText(file.name(), written)
                : List.of());
        textProblems.addAll(isSentences(file.name())
                ? TextBudget.lines(file.name(), written, SentenceExpander.MAX_LINE, "中文句式")
                : TextBudget.lines(file.name(), written, TextBudget.MAX_LINE, ""));
        if (!textProblems.isEmpty()) {
            problems.addAll(remap(textProblems, rows, cells));
            return null;
        }
        String drl = written;
        if (isSentences(file.name())) {
            List<PlanProblem> expansion = new ArrayList<>();
            drl = SentenceExpander.expand(file.name(), written, sentences, expansion, atUpload);
            if (!expansion.isEmpty()) {
                problems.addAll(expansion);
                return null;
            }
        }
        List<PlanProblem> nesting = TextBudget.nesting(file.name(), drl);
        if (!nesting.isEmpty()) {
            problems.addAll(remap(nesting, rows, cells));
            return null;
        }
        DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
        PackageDescr descr = parser.parse(false, new StringReader(drl));
        if (parser.hasErrors() || descr == null) {
            List<PlanProblem> syntax = new ArrayList<>();
            String parsed = drl;
            parser.getErrors().forEach(error -> syntax.add(new PlanProblem(file.name(),
                    error.getLines().length > 0 && error.getLines()[0] > 0 ? error.getLines()[0] : UnplacedSyntax.line(parsed),
                    ClerkWords.syntax(error.getMessage()))));
            if (syntax.isEmpty()) {
                syntax.add(new PlanProblem(file.name(), UnplacedSyntax.line(drl), ClerkWords.syntax("")));
            }
            problems.addAll(cells == null ? syntax : atTheirCells(syntax, drl, rows, cells));
            return null;
        }
        if (isSentences(file.name())) {
            List<PlanProblem> boundaries = RuleBoundaries.check(file.name(), written, descr, sentences);
            if (!boundaries.isEmpty()) {
                problems.addAll(boundaries);
                return null;
            }
        }
        if (cells != null) {
            // a row with nothing in it is no item, though the compiler makes a rule of an emptied table's last row
            SheetCells sheet = cells;
            Set<Integer> refused = leftOut;
            descr.getRules().removeIf(rule -> sheet.isBlank(writtenLine(rows, rule.getLine()))
                    || refused.contains(writtenLine(rows, rule.getLine())));
        }
        if (spreadsheet && checked) {
            List<PlanProblem> attributes = attributeColumns(file, descr);
            int sequential = cells == null ? 0 : cells.rowStarting("Sequential");
            if (sequential > 0 && descr.getRules().stream().anyMatch(rule -> rule.getAttributes().containsKey("salience"))) {
                // it gives every rule a salience, which the clerk would look for as a column (attack tryout 19, F14)
                problems.add(new PlanProblem(file.name(), sequential, "表格第 " + sequential + " 行的「Sequential」设置让"
                        + "规则按行的先后定优先级：方案表格不用这个设置，请删去这一行（需要优先级时请用规则文件 .drl）"));
                return null;
            }
            if (!attributes.isEmpty()) {
                problems.addAll(remap(attributes, rows, cells));
                return null;
            }
        }
        Map<RuleDescr, String> consequences = Map.of();
        Map<RuleDescr, Integer> branches = Map.of();
        if (checked) {
            RuleFileValidator.Checked result = RuleFileValidator.check(file.name(), drl, descr, categories);
            atUpload.addAll(remap(result.ranges(), rows, cells));
            List<PlanProblem> broken = remap(result.problems(), rows, cells);
            problems.addAll(broken);
            consequences = result.consequences();
            branches = result.branches();
            // nothing that breaks the contract goes on to the later checks: a spreadsheet's rows that do are left out,
            // a rule file with such a rule as a whole
            Set<Integer> brokenRows = broken.stream().map(PlanProblem::line).collect(java.util.stream.Collectors.toSet());
            if (!broken.isEmpty() && (cells == null || brokenRows.contains(0))) {
                return null;
            }
            descr.getRules().removeIf(rule -> brokenRows.contains(writtenLine(rows, rule.getLine())));
        }
        String[] shown = (spreadsheet ? drl : file.text()).split("\r?\n", -1);
        return new RuleSource(file, drl, descr, shown, rows, consequences, branches, cells);
    }

    /**
     * A spreadsheet's rules carry no attributes: the template has none, and the decision-table compiler reads an
     * attribute column's cells in its own way (ENABLED turns anything but "true" into false, silently), so a column
     * such as ENABLED or PRIORITY is refused rather than interpreted.
     */
    private static List<PlanProblem> attributeColumns(PlanFile file, PackageDescr descr) {
        List<PlanProblem> problems = new ArrayList<>();
        for (RuleDescr rule : descr.getRules()) {
            for (String attribute : rule.getAttributes().keySet()) {
                problems.add(new PlanProblem(file.name(), rule.getLine(), "规则「" + rule.getName() + "」来自表格里的「"
                        + attribute.toUpperCase(Locale.ROOT) + "」列：方案表格只能用 NAME、CONDITION、ACTION 列，"
                        + "请删去这一列（需要优先级、停用等写法时请用规则文件 .drl）"));
            }
        }
        return problems;
    }

    private static String generated(PlanFile file) {
        InputType type = file.name().toLowerCase(Locale.ROOT).endsWith(".csv") ? InputType.CSV : InputType.XLS;
        return new SpreadsheetCompiler().compile(new ByteArrayInputStream(file.content()), type);
    }

    /**
     * Each generated line's sheet row, from the "rule values at A10" comment the generator puts before a rule; the
     * lines before the first rule come from the sheet's heading rows (Import, Functions, ...), found by their keyword.
     */
    private static int[] rows(String generated, @Nullable SheetCells cells) {
        String[] lines = generated.split("\r?\n", -1);
        int[] rows = new int[lines.length];
        int row = 0;
        for (int i = 0; i < lines.length; i++) {
            Matcher comment = ROW_COMMENT.matcher(lines[i]);
            if (comment.find()) {
                row = Integer.parseInt(comment.group(1));
            }
            rows[i] = row == 0 && cells != null ? headingRow(lines[i], cells) : row;
        }
        return rows;
    }

    private static int headingRow(String line, SheetCells cells) {
        String first = line.strip().split("\\s+", 2)[0];
        String keyword = switch (first) {
            case "package" -> "RuleSet";
            case "import" -> "Import";
            case "global" -> "Variables";
            case "function" -> "Functions";
            case "query" -> "Queries";
            case "declare" -> "Declare";
            default -> null;
        };
        return keyword == null ? 0 : cells.rowStarting(keyword);
    }

    /**
     * A spreadsheet's parse errors at their rows and cells (tryout 3, F1): the parser names what it read on a line of
     * the generated DRL, which the clerk never wrote, so the cell is the one of the row whose text that line shows.
     */
    private static List<PlanProblem> atTheirCells(List<PlanProblem> syntax, String drl, int[] rows, SheetCells cells) {
        String[] lines = drl.split("\r?\n", -1);
        return syntax.stream().map(problem -> {
            int row = writtenLine(rows, problem.line());
            String line = problem.line() > 0 && problem.line() <= lines.length ? lines[problem.line() - 1] : "";
            String backslash = row > 0 ? cells.cellWithBackslash(row) : null;
            String cell = backslash != null ? backslash : row > 0 ? cells.cellShownOn(row, line) : null;
            if (cell == null) {
                return remap(List.of(problem), rows, cells).get(0);
            }
            return new PlanProblem(problem.file(), row, cell, "表格第 " + row + " 行单元格 " + cell + " 里写的「"
                    + cells.text(cell, row) + "」系统读不懂：请对照模板这一列的例子改写（不要写反斜杠 \\、引号和括号），"
                    + "或者清空这一格（表格第 " + row + " 行，单元格 " + cell + "）");
        }).toList();
    }

    /** A spreadsheet's problems at its rows, naming the cell to fix where its text shows which one. */
    private static List<PlanProblem> remap(List<PlanProblem> problems, int[] rows, @Nullable SheetCells cells) {
        if (rows.length == 0 || cells == null) {
            return problems;
        }
        return problems.stream().map(problem -> {
            int row = writtenLine(rows, problem.line());
            String cell = row > 0 ? cells.cellIn(row, problem.message()) : null;
            String where = row <= 0 ? "" : cell == null ? "（表格第 " + row + " 行）" : "（表格第 " + row + " 行，单元格 " + cell + "）";
            return new PlanProblem(problem.file(), row, cell, problem.message() + where);
        }).toList();
    }
}
