package org.jifen.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/** How the service writes the workbooks clerks download and fill in (the plan and household templates). */
public final class Sheets {

    private Sheets() {
    }

    /**
     * The name of a workbook's first sheet, the one the decision-table compiler reads a spreadsheet plan's rules from
     * (ADR 0203: a hidden sheet with content is refused, so it is the one a clerk sees first); null when the bytes are
     * no workbook.
     */
    public static @Nullable String firstSheetName(byte[] workbook) {
        try (Workbook book = org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(workbook))) {
            return book.getNumberOfSheets() == 0 ? null : book.getSheetName(0);
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    /** A new .xlsx workbook, written by {@code content}, as bytes. */
    public static byte[] xlsx(Consumer<Workbook> content) {
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(book);
            book.write(out);
            return out.toByteArray();
        } catch (IOException cannotHappenInMemory) {
            throw new UncheckedIOException(cannotHappenInMemory);
        }
    }

    /** Writes the non-empty values into row {@code index}, in the style if one is given; returns the next index. */
    public static int row(Sheet sheet, int index, @Nullable CellStyle style, String... values) {
        Row row = sheet.createRow(index);
        for (int column = 0; column < values.length; column++) {
            if (!values[column].isEmpty()) {
                row.createCell(column).setCellValue(values[column]);
                if (style != null) {
                    row.getCell(column).setCellStyle(style);
                }
            }
        }
        return index + 1;
    }

    /** A solid fill, bold or not. */
    public static CellStyle style(Workbook book, IndexedColors colour, boolean bold) {
        CellStyle style = book.createCellStyle();
        style.setFillForegroundColor(colour.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        Font font = book.createFont();
        font.setBold(bold);
        style.setFont(font);
        return style;
    }

    /** A sheet of instructions (填写说明), one line per row, in one wide column. */
    public static void instructions(Workbook book, String name, List<String> lines) {
        Sheet help = book.createSheet(name);
        for (int r = 0; r < lines.size(); r++) {
            help.createRow(r).createCell(0).setCellValue(lines.get(r));
        }
        help.setColumnWidth(0, 100 * 256);
    }

    /** The column's name as a spreadsheet shows it: 0 is A, 25 is Z, 26 is AA. */
    public static String column(int index) {
        StringBuilder name = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }
}
