package org.jifen.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jspecify.annotations.Nullable;

/**
 * A spreadsheet plan with its refused item rows left out (ADR 0177), so that the rows around them are still read into
 * rules and checked. A row cannot simply be emptied: the compiler ends a table at its first blank row. Each such row
 * keeps only a name the clerk never sees (its rule is taken out again after the parse), and no other cell, so that
 * nothing of what was refused reaches the compiler.
 */
final class LeftOutRows {

    private LeftOutRows() {
    }

    /** The name a left-out row's rule is generated under, before it is taken out. */
    static String placeholder(int row) {
        return "略去的第" + row + "行";
    }

    /**
     * The file's bytes with these rows left out, or null when one of them is not an item row with a name column
     * (a heading or a column of the table is wrong: then nothing below it can be read as the clerk meant).
     *
     * @param items per sheet, its item rows and the column of their names, from {@link SheetTables#check}
     */
    static byte @Nullable [] without(PlanFile file, List<Map<Integer, Integer>> items, Set<Integer> rows) {
        List<int[]> where = new ArrayList<>(); // sheet, row, name column
        for (int row : rows) {
            int sheet = -1;
            for (int s = 0; s < items.size() && sheet < 0; s++) {
                sheet = items.get(s).getOrDefault(row, -1) >= 0 ? s : -1;
            }
            if (sheet < 0) {
                return null;
            }
            where.add(new int[] {sheet, row, items.get(sheet).get(row)});
        }
        return file.name().toLowerCase(Locale.ROOT).endsWith(".csv") ? csv(file, where) : workbook(file, where);
    }

    private static byte[] csv(PlanFile file, List<int[]> where) {
        String[] lines = file.text().split("\r?\n", -1);
        for (int[] left : where) {
            lines[left[1] - 1] = ",".repeat(left[2]) + placeholder(left[1]);
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static byte @Nullable [] workbook(PlanFile file, List<int[]> where) {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(file.content()));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int[] left : where) {
                Sheet sheet = book.getSheetAt(left[0]);
                Row row = sheet.getRow(left[1] - 1);
                List<Cell> cells = new ArrayList<>();
                row.forEach(cells::add);
                cells.forEach(row::removeCell);
                row.createCell(left[2]).setCellValue(placeholder(left[1]));
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }
}
