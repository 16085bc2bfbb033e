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
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * What a workbook holds that nobody sees in Excel or WPS (ADR 0203, attack tryout 9, F2): a hidden or "very hidden"
 * sheet, a hidden row or column, or one too narrow or too low to read. The decision-table compiler reads them all
 * the same: a hidden copy of the plan sheet placed first scored a veto where the visible sheet said +3, and a trace
 * pointed at the visible row. What scores must be what the clerk, the township and villagers can read, so such
 * content is refused at upload (fail closed), naming the sheet, row or column and how to show it; so is a cell whose
 * number format shows nothing ({@code ;;;}) or whose text has the colour of its fill (white on white). Tiny fonts and
 * theme or indexed colours are not looked at.
 */
final class HiddenSheetContent {

    /** Below this a row is as good as hidden (a normal row is 13.5–15 points high). */
    private static final float LOWEST_ROW_POINTS = 3;
    /** Below this a column is as good as hidden (in 1/256 of a character; a normal column is about 8 characters). */
    private static final int NARROWEST_COLUMN = 256;
    private static final int MOST_SAID = 20;

    private HiddenSheetContent() {
    }

    static List<PlanProblem> of(PlanFile file) {
        String name = file.name().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".xlsx") && !name.endsWith(".xls")) {
            return List.of();
        }
        List<PlanProblem> problems = new ArrayList<>();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(file.content()))) {
            for (int s = 0; s < book.getNumberOfSheets() && problems.size() < MOST_SAID; s++) {
                Sheet sheet = book.getSheetAt(s);
                SheetVisibility visibility = book.getSheetVisibility(s);
                int firstFilled = firstFilledRow(sheet);
                if (visibility != SheetVisibility.VISIBLE && firstFilled > 0) {
                    problems.add(new PlanProblem(file.name(), firstFilled, hiddenSheet(sheet.getSheetName(),
                            visibility == SheetVisibility.VERY_HIDDEN)));
                    continue;
                }
                rowsAndColumns(file, sheet, problems);
            }
        } catch (IOException | RuntimeException unreadable) {
            // the decision-table compiler reports a file it cannot read, in its words
        }
        return problems;
    }

    private static void rowsAndColumns(PlanFile file, Sheet sheet, List<PlanProblem> problems) {
        java.util.Set<Integer> columnsSaid = new java.util.HashSet<>();
        for (Row row : sheet) {
            if (!filled(row)) {
                continue;
            }
            int number = row.getRowNum() + 1;
            if ((row.getZeroHeight() || row.getHeightInPoints() < LOWEST_ROW_POINTS) && problems.size() < MOST_SAID) {
                problems.add(new PlanProblem(file.name(), number, null, "工作表「" + sheet.getSheetName() + "」的第 "
                        + number + " 行是隐藏的（或行高几乎为 0），在 Excel、WPS 里看不到，系统却照样会把它当作方案读入："
                        + "方案里不能有看不到的内容。请选中第 " + Math.max(number - 1, 1) + " 行到第 " + (number + 1)
                        + " 行，右键 →「取消隐藏」（或拉高这一行），看清这一行写的是什么，不需要就删除这一行"));
            }
            for (Cell cell : row) {
                int column = cell.getColumnIndex();
                String unseen = unseen(cell);
                if (unseen != null && problems.size() < MOST_SAID) {
                    String at = cell.getAddress().formatAsString();
                    problems.add(new PlanProblem(file.name(), number, at, "工作表「" + sheet.getSheetName() + "」的单元格 "
                            + at + " " + unseen + "，在 Excel、WPS 里看不到它写的「" + cell + "」，系统却照样会读：方案里不能有看不到的"
                            + "内容。请选中这一格，把它改成普通的格式（「开始」→「清除」→「清除格式」），看清它写的是什么"));
                }
                if (cell.getCellType() != CellType.BLANK && !cell.toString().isBlank()
                        && (sheet.isColumnHidden(column) || sheet.getColumnWidth(column) < NARROWEST_COLUMN)
                        && columnsSaid.add(column) && problems.size() < MOST_SAID) {
                    String letter = CellReference.convertNumToColString(column);
                    problems.add(new PlanProblem(file.name(), number, letter + number, "工作表「" + sheet.getSheetName()
                            + "」的 " + letter + " 列是隐藏的（或列宽几乎为 0），在 Excel、WPS 里看不到，系统却照样会读其中的内容"
                            + "（例如单元格 " + letter + number + "）：方案里不能有看不到的内容。请选中 " + neighbours(column)
                            + "，右键 →「取消隐藏」（或拉宽这一列），看清这一列写的是什么，不需要就删除这一列"));
                }
            }
        }
    }

    /**
     * Why a filled cell shows nothing, or null: a number format whose section for its value is empty ({@code ;;;}),
     * or a font of the colour of its fill (white on no fill).
     */
    private static @org.jspecify.annotations.Nullable String unseen(Cell cell) {
        if (cell.getCellType() == CellType.BLANK || cell.toString().isBlank()) {
            return null;
        }
        String format = cell.getCellStyle().getDataFormatString();
        if (format != null && format.contains(";")) {
            String[] sections = format.replaceAll("\"[^\"]*\"", "x").split(";", -1);
            int section = cell.getCellType() == CellType.NUMERIC
                    ? cell.getNumericCellValue() > 0 ? 0 : cell.getNumericCellValue() < 0 ? 1 : 2 : 3;
            if (section < sections.length && sections[section].isBlank()) {
                return "的数字格式（" + format + "）把内容藏起来了";
            }
        }
        if (cell.getCellStyle() instanceof org.apache.poi.xssf.usermodel.XSSFCellStyle style) {
            org.apache.poi.xssf.usermodel.XSSFColor font = style.getFont().getXSSFColor();
            org.apache.poi.xssf.usermodel.XSSFColor fill = style.getFillPattern()
                    == org.apache.poi.ss.usermodel.FillPatternType.NO_FILL ? null : style.getFillForegroundXSSFColor();
            String fontRgb = font == null ? null : font.getARGBHex();
            String fillRgb = fill == null ? "FFFFFFFF" : fill.getARGBHex();
            if (fontRgb != null && fontRgb.equalsIgnoreCase(fillRgb)) {
                return "的文字颜色和底色一样";
            }
        }
        return null;
    }

    private static String hiddenSheet(String sheet, boolean veryHidden) {
        return "表格文件里的工作表「" + sheet + "」是隐藏的，在 Excel、WPS 里看不到，系统却照样会把它当作方案读入"
                + "（可能代替看得见的「积分方案」表计分）：方案里不能有看不到的内容。" + (veryHidden
                ? "这个工作表用程序设成了深度隐藏，在 Excel 的「取消隐藏」里也找不到：请从下载的模板重新填写方案，不要用这个文件"
                : "请在 Excel 里右键工作表标签 →「取消隐藏」，看清它写的是什么，不需要就删除这个工作表");
    }

    private static String neighbours(int column) {
        String before = column > 0 ? CellReference.convertNumToColString(column - 1) : null;
        String after = CellReference.convertNumToColString(column + 1);
        return before == null ? after + " 列" : before + " 列到 " + after + " 列";
    }

    private static int firstFilledRow(Sheet sheet) {
        for (Row row : sheet) {
            if (filled(row)) {
                return row.getRowNum() + 1;
            }
        }
        return 0;
    }

    private static boolean filled(Row row) {
        for (Cell cell : row) {
            if (cell.getCellType() != CellType.BLANK && !cell.toString().isBlank()) {
                return true;
            }
        }
        return false;
    }
}
