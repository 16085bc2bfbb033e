package org.jifen.engine;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCol;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheetFormatPr;

/**
 * How high a row and how wide a column really show in Excel and WPS (ADR 0234, attack tryout 11, N1): the row's or
 * column's own size, else the sheet's default (a sheet-wide {@code zeroHeight}, a default row of 3 points or a default
 * column of 0.3 characters hid a veto while every row and column looked unset). Too low or too narrow to read is
 * treated as hidden.
 */
final class ReadableSize {

    /** A row lower than this shows a sliver of 11-point text at most (a normal row is 13.5–15 points). */
    static final float LOWEST_ROW_POINTS = 9;
    /** A row must also be at least this share of its largest font, or the text is cut off. */
    static final double ROW_PER_FONT_POINT = 0.75;
    /** Narrower than this (in characters of the default font) a column cannot show one Chinese character. */
    static final double NARROWEST_COLUMN_CHARACTERS = 2;

    private ReadableSize() {
    }

    /** The row's height in points as shown: 0 when hidden, by itself or by the sheet's default. */
    static double rowPoints(Sheet sheet, Row row) {
        if (row.getZeroHeight()) {
            return 0;
        }
        if (row instanceof XSSFRow xssf && sheet instanceof XSSFSheet xsheet) {
            if (xssf.getCTRow().isSetHt()) {
                return xssf.getCTRow().getHt();
            }
            CTSheetFormatPr defaults = xsheet.getCTWorksheet().getSheetFormatPr();
            if (defaults == null) {
                return 15;
            }
            return defaults.getZeroHeight() ? 0 : defaults.getDefaultRowHeight();
        }
        return row.getHeightInPoints();
    }

    /** The lowest a row may be for text of {@code fontPoints}. */
    static double lowestRow(double fontPoints) {
        return Math.max(LOWEST_ROW_POINTS, fontPoints * ROW_PER_FONT_POINT);
    }

    /** The column's width in characters as shown: 0 when hidden; its own width, else the sheet's default. */
    static double columnCharacters(Sheet sheet, int column) {
        if (sheet.isColumnHidden(column)) {
            return 0;
        }
        if (sheet instanceof XSSFSheet xsheet) {
            CTCol own = xsheet.getColumnHelper().getColumn(column, false);
            if (own != null && own.isSetWidth()) {
                return own.getWidth();
            }
            CTSheetFormatPr defaults = xsheet.getCTWorksheet().getSheetFormatPr();
            if (defaults != null && defaults.isSetDefaultColWidth()) {
                return defaults.getDefaultColWidth();
            }
            return defaults == null ? 8 : defaults.getBaseColWidth();
        }
        return sheet.getColumnWidth(column) / 256.0;
    }
}
