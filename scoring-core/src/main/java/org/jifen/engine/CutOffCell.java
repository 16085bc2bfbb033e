package org.jifen.engine;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.jspecify.annotations.Nullable;

/**
 * An item row's cell whose column shows only part of it (attack tryout 17, W1; ADR 0255): 「100」 stored as text in a
 * column two digits wide, beside a filled cell, showed 「10」 in Excel and WPS and paid 100. Excel cuts a text at the
 * cell's edge when the cell it would run into is filled, rounds or hides a number that does not fit, and shows the
 * first lines of wrapped text in a row set too low for the rest. Measured low (a digit as the column's unit, a Chinese
 * character as less than it draws), so only what is clearly cut off is refused.
 */
final class CutOffCell {

    /**
     * A Chinese character in the column's unit (the width of 「0」): 2.0 in WPS's 宋体, about 2.1 in Excel's 等线 (an
     * 11-point character is 14.7 pixels, a digit 7); 1.8 let an 18-character type through that Excel cut (tryout clerk 6, 3).
     */
    private static final double WIDE = 2.0;
    /** Letters narrower than a digit (i, l, the comma) and any other Latin letter, measured low. */
    private static final double NARROW = 0.3;
    private static final double LATIN = 0.6;
    /** Excel's own padding is in a column's stored width; a digit more than the width less this shows cut. */
    private static final double PADDING = 0.5;
    /** A line of text is at least this many times its font's size high (Excel draws 11-point text in 15-point rows). */
    private static final double LINE = 1.2;
    /** Columns an overflowing text is followed into: no plan's cell runs further. */
    private static final int MOST_OVERFLOW = 30;

    private CutOffCell() {
    }

    /** The rows under each {@code RuleTable}'s four heading rows, down to its first empty row: the plan's items. */
    static Set<Integer> itemRows(Sheet sheet) {
        Set<Integer> items = new HashSet<>();
        for (Row row : sheet) {
            String first = firstText(row);
            if (!first.toLowerCase(Locale.ROOT).startsWith("ruletable")) {
                continue;
            }
            for (int r = row.getRowNum() + 5; r < row.getRowNum() + 5 + SpreadsheetBudget.MAX_ROWS; r++) {
                Row item = sheet.getRow(r);
                if (item == null || firstText(item).isEmpty()) {
                    break;
                }
                items.add(r);
            }
        }
        return items;
    }

    static PlainCellLook.@Nullable Fault of(Cell cell) {
        String shown = shown(cell);
        if (shown.isBlank()) {
            return null;
        }
        Sheet sheet = cell.getSheet();
        CellRangeAddress merged = mergedFrom(cell);
        double room = merged == null ? width(sheet, cell.getColumnIndex())
                : span(sheet, merged.getFirstColumn(), merged.getLastColumn());
        double fontPoints = sheet.getWorkbook().getFontAt(cell.getCellStyle().getFontIndex()).getFontHeightInPoints();
        double standard = sheet.getWorkbook().getFontAt(0).getFontHeightInPoints();
        double scale = standard <= 0 ? 1 : fontPoints / standard;
        HorizontalAlignment align = cell.getCellStyle().getAlignment();
        org.apache.poi.ss.usermodel.VerticalAlignment vertical = cell.getCellStyle().getVerticalAlignment();
        // justified or distributed text wraps, horizontally or vertically (attack tryout 18, F19)
        boolean wraps = cell.getCellStyle().getWrapText() || align == HorizontalAlignment.JUSTIFY
                || align == HorizontalAlignment.DISTRIBUTED
                || vertical == org.apache.poi.ss.usermodel.VerticalAlignment.JUSTIFY
                || vertical == org.apache.poi.ss.usermodel.VerticalAlignment.DISTRIBUTED;
        if (wraps) {
            return merged == null ? tooLow(cell, shown, room, scale, fontPoints) : null;
        }
        if (align == HorizontalAlignment.FILL) {
            // attack tryout 18, F7: 「5」 drawn again and again across the cell reads 「5555555」
            return new PlainCellLook.Fault("设成了「填充」对齐，内容会重复铺满整格（「" + shown + "」看起来像「" + shown.repeat(4)
                    + "」）", "请选中这一格，右键 →「设置单元格格式」→「对齐」，把「水平对齐」设为「常规」，看清它写的是什么");
        }
        // each indent level pushes the text about a character further in (attack tryout 18, F7)
        double needed = units(shown.replaceAll("[\r\n]", "")) * scale + cell.getCellStyle().getIndention();
        if (needed <= room) {
            return null;
        }
        double own = room;
        if (cell.getCellType() == CellType.STRING && merged == null) {
            room += overflow(cell, align);
        }
        if (needed <= room) {
            return null;
        }
        return new PlainCellLook.Fault("只显示出一部分：" + (room > own ? "这一格连同旁边的空格子" : "这一列") + "约 "
                + whole(room) + " 个字符宽（一个汉字占 2 个字符），放不下「"
                + shown + "」"
                + (cell.getCellType() == CellType.NUMERIC ? "，数字会显示成 ### 或被四舍五入" : "，右边（或左边）的格子有内容，字被挡住了"),
                "请把这一列拉宽（双击这一列列标右边的分隔线），看清它写的是什么");
    }

    /** Wrapped text in a row whose height was set: the lines below the row's edge are not seen. */
    private static PlainCellLook.@Nullable Fault tooLow(Cell cell, String shown, double room, double scale,
            double fontPoints) {
        if (!(cell.getRow() instanceof XSSFRow row) || !row.getCTRow().isSetHt()) {
            return null; // a row of no set height grows to its wrapped text
        }
        int lines = 0;
        for (String line : shown.split("\r?\n|\r", -1)) {
            lines += Math.max(1, (int) Math.ceil(units(line) * scale / Math.max(room, 1)));
        }
        double height = row.getCTRow().getHt();
        if (lines <= 1 || lines * fontPoints * LINE <= height + 1) {
            return null;
        }
        return new PlainCellLook.Fault("的文字自动换行后有 " + lines + " 行，这一行只有 " + whole(height) + " 磅高，下面几行被挡住了",
                "请选中这一行，点「开始」→「格式」→「自动调整行高」（或把这一列拉宽），看清它写的是什么");
    }

    /** The room an overflowing text takes from the empty cells it runs into, by its alignment. */
    private static double overflow(Cell cell, HorizontalAlignment align) {
        double right = free(cell, +1);
        double left = free(cell, -1);
        return switch (align) {
            case GENERAL, LEFT -> right;
            case RIGHT -> left;
            case CENTER -> 2 * Math.min(left, right);
            default -> 0;
        };
    }

    /** The width of the empty cells next to the cell on one side, up to the first filled one. */
    private static double free(Cell cell, int step) {
        double room = 0;
        Row row = cell.getRow();
        for (int c = cell.getColumnIndex() + step, n = 0; c >= 0 && n < MOST_OVERFLOW; c += step, n++) {
            Cell next = row.getCell(c);
            if (next != null && next.getCellType() != CellType.BLANK || mergedFrom(row.getSheet(), row.getRowNum(), c)) {
                break;
            }
            room += ReadableSize.columnCharacters(row.getSheet(), c);
        }
        return room;
    }

    private static @Nullable CellRangeAddress mergedFrom(Cell cell) {
        Sheet sheet = cell.getSheet();
        for (int m = 0; m < sheet.getNumMergedRegions() && m < HiddenSheetContent.MOST_MERGED; m++) {
            CellRangeAddress region = sheet.getMergedRegion(m);
            if (region.isInRange(cell)) {
                return region;
            }
        }
        return null;
    }

    private static boolean mergedFrom(Sheet sheet, int row, int column) {
        for (int m = 0; m < sheet.getNumMergedRegions() && m < HiddenSheetContent.MOST_MERGED; m++) {
            if (sheet.getMergedRegion(m).isInRange(row, column)) {
                return true;
            }
        }
        return false;
    }

    private static double width(Sheet sheet, int column) {
        return Math.max(0, ReadableSize.columnCharacters(sheet, column) - PADDING);
    }

    private static double span(Sheet sheet, int first, int last) {
        double room = 0;
        for (int c = first; c <= last; c++) {
            room += ReadableSize.columnCharacters(sheet, c);
        }
        return Math.max(0, room - PADDING);
    }

    /**
     * What the cell shows when wide enough: a text as it is; anything else (a number, TRUE, an error) as Excel writes
     * it, so that no kind of cell is let through unmeasured.
     */
    private static String shown(Cell cell) {
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case BLANK, _NONE -> "";
            default -> new DataFormatter().formatCellValue(cell);
        };
    }

    /** The text's width in the column's unit, measured low. */
    static double units(String text) {
        double units = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (ScreenLines.width(new String(Character.toChars(c))) > 1) {
                units += WIDE;
            } else if (Character.isDigit(c) || "+-$#%".indexOf(c) >= 0) {
                units += 1;
            } else if (" .,:;'!|iIljtf()[]".indexOf(c) >= 0) {
                units += NARROW;
            } else {
                units += LATIN;
            }
            i += Character.charCount(c);
        }
        return units;
    }

    private static String firstText(Row row) {
        for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isBlank()) {
                return cell.getStringCellValue().strip();
            }
            if (cell.getCellType() != CellType.BLANK) {
                return cell.toString().strip();
            }
        }
        return "";
    }

    private static String whole(double value) {
        return String.valueOf(Math.round(value * 10) / 10.0).replaceFirst("\\.0$", "");
    }
}
