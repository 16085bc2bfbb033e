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
 * content is refused at upload (fail closed), naming the sheet, row or column and how to show it; so is a filled cell
 * whose formatting is not plainly readable ({@link PlainCellLook}, ADR 0221), one covered by a merged region, and a
 * sheet with conditional formats, tables, shapes or other overlays ({@link SheetOverlays}).
 */
final class HiddenSheetContent {

    private static final int MOST_SAID = 20;
    /** Merged regions looked at per sheet: a plan's title and pattern cells need a handful; more are not merged for reading. */
    static final int MOST_MERGED = 500;

    private HiddenSheetContent() {
    }

    static List<PlanProblem> of(PlanFile file) {
        String name = file.name().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".xlsx") && !name.endsWith(".xls")) {
            return List.of();
        }
        List<PlanProblem> problems = new ArrayList<>();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(file.content()))) {
            if (book.getNumberOfSheets() > 0) {
                WorkbookOpening.of(file.name(), book, problems);
            }
            for (int s = 0; s < book.getNumberOfSheets() && problems.size() <= MOST_SAID; s++) {
                Sheet sheet = book.getSheetAt(s);
                SheetVisibility visibility = book.getSheetVisibility(s);
                int firstFilled = firstFilledRow(sheet);
                if (visibility != SheetVisibility.VISIBLE && firstFilled > 0) {
                    problems.add(new PlanProblem(file.name(), firstFilled, hiddenSheet(sheet.getSheetName(),
                            visibility == SheetVisibility.VERY_HIDDEN)));
                    continue;
                }
                rowsAndColumns(file, sheet, problems);
                if (firstFilled > 0 && problems.size() <= MOST_SAID) {
                    SheetOverlays.of(file.name(), sheet, firstFilled, problems);
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // the decision-table compiler reports a file it cannot read, in its words
        }
        if (problems.size() > MOST_SAID) {
            // one more was found: say that the list stops here (tryout clerk 6, 4), not that these are all
            PlanProblem next = problems.get(MOST_SAID);
            problems.set(MOST_SAID, new PlanProblem(file.name(), next.line(), next.cell(), "表格里还有更多看不清或看不到的"
                    + "格子（从这一格起），这里只列出了前 " + MOST_SAID + " 处：它们常常是同一个原因（例如整列用了同一种格式），"
                    + "请先按上面的提示改正，再上传，系统会再逐格检查"));
        }
        return problems;
    }

    private static void rowsAndColumns(PlanFile file, Sheet sheet, List<PlanProblem> problems) {
        java.util.Set<Integer> columnsSaid = new java.util.HashSet<>();
        java.util.Set<Integer> items = CutOffCell.itemRows(sheet);
        mergedDownOverItems(file, sheet, items, problems);
        if (!sheet.isDisplayZeros() && !items.isEmpty()) {
            // attack tryout 18, F6: the sheet's 「零值」 switch off shows every 0 as an empty cell
            int first = items.stream().min(Integer::compare).orElse(0) + 1;
            problems.add(new PlanProblem(file.name(), first, null, "工作表「" + sheet.getSheetName() + "」设成了不显示零值："
                    + "写着 0 的格子在 Excel、WPS 里看起来是空的，系统却照样会读到 0：方案里不能有看不清的内容。请点「文件」→「选项」"
                    + "→「高级」，勾选「在具有零值的单元格中显示零」（WPS：「视图」里勾选「零值」），再保存上传"));
        }
        for (Row row : sheet) {
            if (!filled(row)) {
                continue;
            }
            int number = row.getRowNum() + 1;
            double height = ReadableSize.rowPoints(sheet, row);
            double lowest = ReadableSize.lowestRow(largestFont(row));
            if (height < lowest && problems.size() <= MOST_SAID) {
                problems.add(new PlanProblem(file.name(), number, null, "工作表「" + sheet.getSheetName() + "」的第 "
                        + number + " 行" + (height == 0 ? "是隐藏的" : "只有 " + points(height) + " 磅高（至少要 "
                        + points(lowest) + " 磅），字被遮住了") + "，在 Excel、WPS 里看不到，系统却照样会把它当作方案读入："
                        + "方案里不能有看不到的内容。请选中第 " + Math.max(number - 1, 1) + " 行到第 " + (number + 1)
                        + " 行，右键 →「取消隐藏」，再右键 →「行高」设为 " + points(Math.max(15, Math.ceil(lowest)))
                        + "，看清这一行写的是什么，不需要就删除这一行"));
            }
            for (Cell cell : row) {
                int column = cell.getColumnIndex();
                PlainCellLook.Fault unseen = filled(cell) ? covered(sheet, cell) : null;
                if (unseen == null && filled(cell)) {
                    unseen = PlainCellLook.of(cell);
                }
                if (unseen == null && filled(cell) && items.contains(row.getRowNum())) {
                    unseen = CutOffCell.of(cell);
                }
                if (unseen != null && problems.size() <= MOST_SAID) {
                    String at = cell.getAddress().formatAsString();
                    problems.add(new PlanProblem(file.name(), number, at, "工作表「" + sheet.getSheetName() + "」的单元格 "
                            + at + " " + unseen.what() + "，在 Excel、WPS 里看不清（或看不到）它写的「" + PlainCellLook.held(cell) + "」，系统却照样会读："
                            + "方案里不能有看不清的内容。" + unseen.fix()));
                }
                if (cell.getCellType() != CellType.BLANK && !cell.toString().isBlank()
                        && ReadableSize.columnCharacters(sheet, column) < ReadableSize.NARROWEST_COLUMN_CHARACTERS
                        && columnsSaid.add(column) && problems.size() <= MOST_SAID) {
                    String letter = CellReference.convertNumToColString(column);
                    double width = ReadableSize.columnCharacters(sheet, column);
                    problems.add(new PlanProblem(file.name(), number, letter + number, "工作表「" + sheet.getSheetName()
                            + "」的 " + letter + " 列" + (width == 0 ? "是隐藏的" : "只有 " + points(width) + " 个字符宽（至少要 "
                            + points(ReadableSize.NARROWEST_COLUMN_CHARACTERS) + " 个），字被遮住了")
                            + "，在 Excel、WPS 里看不到，系统却照样会读其中的内容"
                            + "（例如单元格 " + letter + number + "）：方案里不能有看不到的内容。请选中 " + neighbours(column)
                            + "，右键 →「取消隐藏」，再右键 →「列宽」设为 10，看清这一列写的是什么，不需要就删除这一列"));
                }
            }
        }
    }

    /**
     * A merged region over two or more item rows (attack tryout 18, F11): Excel draws its value across them, so the cap
     * 10 of one row reads as the other row's cap too, while the compiler gives it to the first row only.
     */
    private static void mergedDownOverItems(PlanFile file, Sheet sheet, java.util.Set<Integer> items,
            List<PlanProblem> problems) {
        for (int m = 0; m < sheet.getNumMergedRegions() && m < MOST_MERGED && problems.size() <= MOST_SAID; m++) {
            org.apache.poi.ss.util.CellRangeAddress region = sheet.getMergedRegion(m);
            long over = java.util.stream.IntStream.rangeClosed(region.getFirstRow(), region.getLastRow())
                    .filter(items::contains).count();
            if (over < 2) {
                continue;
            }
            String at = new CellReference(region.getFirstRow(), region.getFirstColumn()).formatAsString();
            problems.add(new PlanProblem(file.name(), region.getFirstRow() + 1, at, "工作表「" + sheet.getSheetName()
                    + "」的单元格 " + region.formatAsString() + " 把 " + over + " 个积分项目的行合并成了一格：看起来它写的内容是这几行"
                    + "共用的，系统却只把它算给第 " + (region.getFirstRow() + 1) + " 行，其余几行这一格是空的。请选中 "
                    + region.formatAsString() + "，点「开始」→「合并居中」取消合并，再在每一行里各写一遍"));
        }
    }

    private static double largestFont(Row row) {
        double largest = 0;
        for (Cell cell : row) {
            if (filled(cell)) {
                largest = Math.max(largest, row.getSheet().getWorkbook().getFontAt(cell.getCellStyle().getFontIndex())
                        .getFontHeightInPoints());
            }
        }
        return largest;
    }

    private static String points(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value)
                : String.valueOf(Math.round(value * 10) / 10.0);
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

    static int firstFilledRow(Sheet sheet) {
        for (Row row : sheet) {
            if (filled(row)) {
                return row.getRowNum() + 1;
            }
        }
        return 0;
    }

    private static boolean filled(Cell cell) {
        return cell.getCellType() != CellType.BLANK && !cell.toString().isBlank();
    }

    /**
     * A filled cell under a merged region other than its top-left: Excel and WPS show only the top-left, so what it
     * holds is unseen unless it says the same (the template's merged 「$e : Event」 over two columns does).
     */
    private static PlainCellLook.@org.jspecify.annotations.Nullable Fault covered(Sheet sheet, Cell cell) {
        for (int m = 0; m < sheet.getNumMergedRegions() && m < MOST_MERGED; m++) {
            org.apache.poi.ss.util.CellRangeAddress region = sheet.getMergedRegion(m);
            if (!region.isInRange(cell) || (region.getFirstRow() == cell.getRowIndex()
                    && region.getFirstColumn() == cell.getColumnIndex())) {
                continue;
            }
            Row top = sheet.getRow(region.getFirstRow());
            Cell first = top == null ? null : top.getCell(region.getFirstColumn());
            if (first == null || !first.toString().strip().equals(cell.toString().strip())) {
                String corner = new CellReference(region.getFirstRow(), region.getFirstColumn()).formatAsString();
                return new PlainCellLook.Fault("被合并单元格 " + region.formatAsString() + " 盖住了（只显示左上角 " + corner
                        + " 的内容）", "请选中 " + region.formatAsString() + "，点「开始」→「合并居中」取消合并，看清这一格写的是什么，"
                        + "不需要就删除");
            }
        }
        return null;
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
