package org.jifen.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.lang.dsl.DefaultExpanderResolver;
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
 */
record RuleSource(PlanFile file, String drl, PackageDescr descr, String[] shownLines, int[] rows) {

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

    boolean isSpreadsheet() {
        return rows.length > 0;
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
     * parse is refused here too, because a parser that recovers from an error could still hand code on.
     */
    static List<RuleSource> readAll(List<PlanFile> files) {
        String dsl = files.stream().filter(f -> isDsl(f.name())).map(PlanFile::text)
                .collect(Collectors.joining("\n"));
        List<RuleSource> sources = new ArrayList<>();
        List<PlanProblem> problems = new ArrayList<>();
        for (PlanFile file : files) {
            if (!isUtf8(file)) {
                problems.add(new PlanProblem(file.name(), 0, "文件不是 UTF-8 编码（可能是 GBK）：请用记事本或 WPS "
                        + "「另存为」并选择 UTF-8 编码后再上传"));
                continue;
            }
            if (!PlanCompiler.isRuleFile(file.name()) || isDsl(file.name())) {
                problems.addAll(RuleFileValidator.checkText(file.name(), file.text()));
                continue;
            }
            try {
                RuleSource source = read(file, dsl, problems);
                if (source != null) {
                    sources.add(source);
                }
            } catch (DroolsParserException | IOException | RuntimeException unreadable) {
                problems.add(new PlanProblem(file.name(), 0, (isSpreadsheet(file.name()) ? "表格无法读取：" : "规则文件无法解析：")
                        + String.valueOf(unreadable.getMessage()).lines().map(String::strip)
                                .filter(line -> !line.isEmpty()).findFirst().orElse("")));
            }
        }
        if (!problems.isEmpty()) {
            throw new PlanRejected(problems);
        }
        return sources;
    }

    /** Spreadsheets are binary; every other plan file is text and must be UTF-8, or its Chinese would be garbled. */
    private static boolean isUtf8(PlanFile file) {
        String lower = file.name().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx") || lower.endsWith(".xls")) {
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

    private static @org.jspecify.annotations.Nullable RuleSource read(PlanFile file, String dsl,
            List<PlanProblem> problems) throws DroolsParserException, IOException {
        DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
        String written = isSpreadsheet(file.name()) ? generated(file) : file.text();
        int[] rows = isSpreadsheet(file.name()) ? rows(written) : new int[0];
        SheetCells cells = isSpreadsheet(file.name()) ? SheetCells.of(file) : null;
        List<PlanProblem> textProblems = RuleFileValidator.checkText(file.name(), written);
        if (!textProblems.isEmpty()) {
            problems.addAll(remap(textProblems, rows, cells));
            return null;
        }
        String drl = isSentences(file.name())
                ? parser.getExpandedDRL(written, new DefaultExpanderResolver(new StringReader(dsl)))
                : written;
        PackageDescr descr = parser.parse(false, new StringReader(drl));
        if (parser.hasErrors() || descr == null) {
            List<PlanProblem> syntax = new ArrayList<>();
            parser.getErrors().forEach(error -> syntax.add(new PlanProblem(file.name(),
                    error.getLines().length > 0 ? Math.max(error.getLines()[0], 0) : 0,
                    "规则文件有语法错误：" + error.getMessage())));
            if (syntax.isEmpty()) {
                syntax.add(new PlanProblem(file.name(), 0, "规则文件无法解析"));
            }
            problems.addAll(remap(syntax, rows, cells));
            return null;
        }
        problems.addAll(remap(RuleFileValidator.check(file.name(), drl, descr), rows, cells));
        String[] shown = (isSpreadsheet(file.name()) ? drl : file.text()).split("\r?\n", -1);
        return new RuleSource(file, drl, descr, shown, rows);
    }

    private static String generated(PlanFile file) {
        InputType type = file.name().toLowerCase(Locale.ROOT).endsWith(".csv") ? InputType.CSV : InputType.XLS;
        return new SpreadsheetCompiler().compile(new ByteArrayInputStream(file.content()), type);
    }

    /** Each generated line's sheet row, from the "rule values at A10" comment the generator puts before a rule. */
    private static int[] rows(String generated) {
        String[] lines = generated.split("\r?\n", -1);
        int[] rows = new int[lines.length];
        int row = 0;
        for (int i = 0; i < lines.length; i++) {
            Matcher comment = ROW_COMMENT.matcher(lines[i]);
            if (comment.find()) {
                row = Integer.parseInt(comment.group(1));
            }
            rows[i] = row;
        }
        return rows;
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
            return new PlanProblem(problem.file(), row, problem.message() + where);
        }).toList();
    }
}
