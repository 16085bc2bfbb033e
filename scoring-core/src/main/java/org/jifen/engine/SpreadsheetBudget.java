package org.jifen.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * A spreadsheet plan is read before Drools' decision-table compiler sees it (ADR 0045): no more than
 * {@link #MAX_ROWS} rows in a sheet (a 259 KB CSV of 30,000 rows was accepted after 57 s at 6.9 GB), and no formula
 * cell, because the compiler evaluates formulas ({@code REPT} in a 4.9 KB sheet took 22 s). A formula is refused
 * naming its cell, so the clerk can paste its value instead; nothing is ever evaluated.
 */
final class SpreadsheetBudget {

    /** Rows in one sheet (or lines of a CSV): a plan of a few hundred rules needs a few hundred rows. */
    static final int MAX_ROWS = 1000;

    private SpreadsheetBudget() {
    }

    static List<PlanProblem> check(PlanFile file) {
        if (file.name().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            List<String> lines = file.text().lines().toList();
            return lines.size() > MAX_ROWS ? List.of(tooManyRows(file, "", lines.size())) : lineBreaksInCells(file, lines);
        }
        List<PlanProblem> problems = new ArrayList<>();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(file.content()))) {
            for (Sheet sheet : book) {
                long rows = Math.max(sheet.getPhysicalNumberOfRows(), sheet.getLastRowNum() + 1L);
                if (rows > MAX_ROWS) {
                    problems.add(tooManyRows(file, sheet.getSheetName(), rows));
                    continue;
                }
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA && problems.size() < 20) {
                            problems.add(new PlanProblem(file.name(), row.getRowNum() + 1, "表格「"
                                    + sheet.getSheetName() + "」的单元格 " + cell.getAddress().formatAsString()
                                    + " 是公式（=" + shortened(cell.getCellFormula()) + "）：方案表格不计算公式，请把它改成直接填写的内容"
                                    + "（复制后「选择性粘贴 → 数值」）"));
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // the decision-table compiler reports a file it cannot read, in its words
        }
        return problems;
    }

    /**
     * A quoted cell that goes on over a line break (Alt+Enter in Excel) is read by the decision-table compiler as
     * two rows, the second a phantom rule: it is refused at the row where the cell begins. Such a row has an odd
     * number of quotes, as a doubled quote inside a cell counts two.
     */
    private static List<PlanProblem> lineBreaksInCells(PlanFile file, List<String> lines) {
        List<PlanProblem> problems = new ArrayList<>();
        for (int i = 0; i < lines.size() && problems.size() < 20; i++) {
            if (lines.get(i).chars().filter(c -> c == '"').count() % 2 == 1) {
                problems.add(new PlanProblem(file.name(), i + 1, "表格第 " + (i + 1) + " 行有一格里换了行（在 Excel 里按了"
                        + " Alt+Enter，或引号没有配对）：方案表格的每一格只能写一行，请把这一格改成一行，并检查英文双引号是否成对"));
                i++;
                while (i < lines.size() && lines.get(i).chars().filter(c -> c == '"').count() % 2 == 0) {
                    i++;
                }
            }
        }
        return problems;
    }

    private static PlanProblem tooManyRows(PlanFile file, String sheet, long rows) {
        return new PlanProblem(file.name(), MAX_ROWS + 1, (sheet.isEmpty() ? "表格" : "表格「" + sheet + "」") + "有 " + rows
                + " 行，一个方案表格最多 " + MAX_ROWS + " 行，请删去空行或拆分方案");
    }

    private static String shortened(String formula) {
        return formula.length() > 40 ? formula.substring(0, 40) + "…" : formula;
    }
}
