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
import org.apache.poi.ss.util.CellRangeAddress;
import org.jifen.sheet.Csv;
import org.jspecify.annotations.Nullable;

/**
 * The spreadsheet as the decision-table compiler gets it, where it differs from what the clerk uploaded:
 * <ul>
 * <li>a condition column's empty object heading continues the pattern on its left, as merged cells (tryout 3, F1):
 * the template merges C8:D8 over 「$e : Event」, and a tool that saves merged cells its own way (or a CSV, where the
 * compiler knows merging only as cells ending in 「...」) leaves D8 empty, which made every 最少数量 a parser
 * error. The compiler skips an empty cell before it looks at merging, so each merged cell repeats the heading, as
 * the template's hidden D8 does;</li>
 * <li>refused item rows are left out (ADR 0177), so that the rows around them are still read into rules and checked. A
 * row cannot simply be emptied, since the compiler ends a table at a blank row: each keeps only a name the clerk
 * never sees (its rule is taken out again after the parse), so nothing of what was refused reaches the compiler.</li>
 * </ul>
 */
final class SheetRewrite {

    /** A cell to write before compiling: its sheet (index), 1-based row, 0-based column, and its text. */
    record Written(int sheet, int row, int column, String text) {
    }

    /** An object heading to continue from column {@code from} over the empty ones up to {@code to}: merged cells. */
    record Continued(int sheet, int row, int from, int to) {
    }

    private SheetRewrite() {
    }

    /** The name a left-out row's rule is generated under, before it is taken out. */
    static String placeholder(int row) {
        return "略去的第" + row + "行";
    }

    /**
     * The rows left out: each keeps only the placeholder in its name column. Null when one of them is not an item row
     * with a name column (a heading or a column of the table is wrong: then nothing below it can be read as meant).
     *
     * @param items per sheet, its item rows and the column of their names, from {@link SheetTables#check}
     */
    static @Nullable List<Written> leftOut(List<Map<Integer, Integer>> items, Set<Integer> rows) {
        List<Written> written = new ArrayList<>();
        for (int row : rows) {
            int sheet = -1;
            for (int s = 0; s < items.size() && sheet < 0; s++) {
                sheet = items.get(s).getOrDefault(row, -1) >= 0 ? s : -1;
            }
            if (sheet < 0) {
                return null;
            }
            written.add(new Written(sheet, row, -1, "")); // the row emptied
            written.add(new Written(sheet, row, items.get(sheet).get(row), placeholder(row)));
        }
        return written;
    }

    /**
     * The file's bytes with these headings continued and these cells written (column -1: the row emptied first); the
     * file itself without any.
     */
    static byte @Nullable [] with(PlanFile file, List<Continued> headings, List<Written> cells) {
        if (cells.isEmpty() && headings.isEmpty()) {
            return file.content();
        }
        return file.name().toLowerCase(Locale.ROOT).endsWith(".csv") ? csv(file, headings, cells)
                : workbook(file, headings, cells);
    }

    /** The CSV form of merged cells, as the spreadsheet compiler reads it: each cell of the merge ends in 「...」. */
    private static byte[] csv(PlanFile file, List<Continued> headings, List<Written> cells) {
        List<Written> all = new ArrayList<>();
        String[] lines = file.text().split("\r?\n", -1);
        for (Continued heading : headings) {
            String from = Csv.cells(lines[heading.row() - 1], ',').get(heading.from());
            // the compiler skips an empty cell before it looks at merging: each merged cell repeats the heading
            for (int c = heading.from(); c <= heading.to(); c++) {
                all.add(new Written(heading.sheet(), heading.row(), c, from + "..."));
            }
        }
        all.addAll(cells);
        for (Written cell : all) {
            if (cell.row() < 1 || cell.row() > lines.length) {
                continue;
            }
            List<String> values = cell.column() < 0 ? new ArrayList<>()
                    : new ArrayList<>(Csv.cells(lines[cell.row() - 1], ','));
            while (values.size() <= cell.column()) {
                values.add("");
            }
            if (cell.column() >= 0) {
                values.set(cell.column(), cell.text());
            }
            lines[cell.row() - 1] = String.join(",", values.stream().map(SheetRewrite::quoted).toList());
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    /** A CSV cell as the spreadsheet compiler reads it back: in quotes (inner quotes doubled) when it needs them. */
    private static String quoted(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static byte @Nullable [] workbook(PlanFile file, List<Continued> headings, List<Written> written) {
        List<Written> cells = written;
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(file.content()));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Continued heading : headings) {
                Sheet sheet = book.getSheetAt(heading.sheet());
                int row = heading.row() - 1;
                // cells already merged are read as merged; others are merged now, as the template has them
                boolean merged = sheet.getMergedRegions().stream().anyMatch(region -> region.isInRange(row, heading.to()));
                if (!merged) {
                    sheet.getMergedRegions().stream().filter(region -> region.getFirstRow() <= row
                            && region.getLastRow() >= row && region.getLastColumn() >= heading.from()
                            && region.getFirstColumn() <= heading.to()).findFirst().ifPresent(region -> {
                                throw new IllegalStateException("overlapping merged cells");
                            });
                    sheet.addMergedRegion(new CellRangeAddress(row, row, heading.from(), heading.to()));
                }
                // as in the template: the compiler skips an empty cell before it looks at merging
                String from = sheet.getRow(row).getCell(heading.from()).getStringCellValue();
                for (int c = heading.from() + 1; c <= heading.to(); c++) {
                    cells = new ArrayList<>(cells);
                    cells.add(0, new Written(heading.sheet(), heading.row(), c, from));
                }
            }
            for (Written cell : cells) {
                Sheet sheet = book.getSheetAt(cell.sheet());
                Row row = sheet.getRow(cell.row() - 1) == null ? sheet.createRow(cell.row() - 1)
                        : sheet.getRow(cell.row() - 1);
                if (cell.column() < 0) {
                    List<Cell> all = new ArrayList<>();
                    row.forEach(all::add);
                    all.forEach(row::removeCell);
                } else {
                    Cell target = row.getCell(cell.column()) == null ? row.createCell(cell.column())
                            : row.getCell(cell.column());
                    target.setCellValue(cell.text());
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }
}
