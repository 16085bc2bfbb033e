package org.jifen.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jifen.sheet.Csv;
import org.jifen.sheet.Sheets;
import org.jspecify.annotations.Nullable;

/**
 * The cells of a spreadsheet plan by row, so that a refusal can name the cell a clerk has to fix: the generated DRL
 * only says which row a rule came from, and the offending text is found among that row's cells.
 */
final class SheetCells {

    private final Map<Integer, List<String>> rows;
    private final List<SortedMap<Integer, List<String>>> sheets;
    private final List<String> names;

    private SheetCells(List<SortedMap<Integer, List<String>>> sheets, List<String> names) {
        this.sheets = sheets;
        this.names = names;
        this.rows = new HashMap<>();
        sheets.forEach(sheet -> sheet.forEach(this.rows::putIfAbsent));
    }

    static SheetCells of(PlanFile file) {
        if (file.name().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            SortedMap<Integer, List<String>> rows = new TreeMap<>();
            String[] lines = file.text().split("\r?\n", -1);
            for (int i = 0; i < lines.length; i++) {
                // as the spreadsheet compiler reads a CSV line: only the ASCII comma separates
                rows.put(i + 1, Csv.cells(lines[i], ','));
            }
            return new SheetCells(List.of(rows), List.of(""));
        }
        List<SortedMap<Integer, List<String>>> sheets = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(file.content()))) {
            DataFormatter text = new DataFormatter();
            for (Sheet sheet : book) {
                SortedMap<Integer, List<String>> rows = new TreeMap<>();
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int column = 0; column < row.getLastCellNum(); column++) {
                        Cell cell = row.getCell(column);
                        cells.add(cell == null ? "" : text.formatCellValue(cell));
                    }
                    rows.put(row.getRowNum() + 1, cells);
                }
                sheets.add(rows);
                names.add(sheet.getSheetName());
            }
        } catch (IOException | RuntimeException unreadable) {
            // the spreadsheet compiler reports unreadable files; without cells a refusal names the row only
        }
        return new SheetCells(sheets, names);
    }

    /** Each sheet's name, in the order of {@link #sheets()} (a CSV file's one sheet has none). */
    List<String> names() {
        return names;
    }

    /** Each sheet's rows by number (1-based), as written. */
    List<SortedMap<Integer, List<String>>> sheets() {
        return sheets;
    }

    /** The first row whose first cell is the keyword (a heading row such as Import), or 0. */
    int rowStarting(String keyword) {
        for (SortedMap<Integer, List<String>> sheet : sheets) {
            for (Map.Entry<Integer, List<String>> row : sheet.entrySet()) {
                if (!row.getValue().isEmpty() && row.getValue().get(0).strip().equalsIgnoreCase(keyword)) {
                    return row.getKey();
                }
            }
        }
        return 0;
    }

    /** Whether the row has nothing written in it. */
    boolean isBlank(int row) {
        return rows.getOrDefault(row, List.of()).stream().allMatch(String::isBlank);
    }

    /**
     * The cell of the row (such as {@code D13}) whose text shows on this line of the generated DRL: the longest such
     * text, the row's name aside (every line of its rule could show it). Null when none does.
     */
    @Nullable String cellShownOn(int row, String line) {
        List<String> cells = rows.getOrDefault(row, List.of());
        int best = -1;
        for (int column = 1; column < cells.size(); column++) {
            String value = cells.get(column).strip();
            // a cell of several parts (「级别, 市级」) shows them apart
            boolean shown = !value.isEmpty() && java.util.Arrays.stream(value.split("\\s*,\\s*")).allMatch(line::contains);
            if (shown && (best < 0 || value.length() > cells.get(best).strip().length())) {
                best = column;
            }
        }
        return best < 0 ? null : Sheets.column(best) + row;
    }

    /**
     * The first cell of the row with a backslash in it, the row's name included: the generated rule breaks at it,
     * whichever line the parser then names (attack tryout 19, F14: a name 「见义勇为\」 was blamed on its type's cell).
     */
    @Nullable String cellWithBackslash(int row) {
        List<String> cells = rows.getOrDefault(row, List.of());
        for (int column = 0; column < cells.size(); column++) {
            if (cells.get(column).contains("\\")) {
                return Sheets.column(column) + row;
            }
        }
        return null;
    }

    /**
     * The cell of the row in the column whose code, in a heading row above it, holds {@code code} (the template's
     * gray row, such as {@code cap($param)}), when the row has something written there; null otherwise.
     */
    @Nullable String cellUnderCode(int row, String code) {
        for (SortedMap<Integer, List<String>> sheet : sheets) {
            List<String> cells = sheet.get(row);
            if (cells == null) {
                continue;
            }
            List<List<String>> above = new ArrayList<>(sheet.headMap(row).values());
            for (int at = above.size() - 1; at >= 0; at--) {
                List<String> heading = above.get(at);
                for (int column = 0; column < heading.size(); column++) {
                    if (heading.get(column).contains(code)) {
                        return column < cells.size() && !cells.get(column).isBlank() ? Sheets.column(column) + row : null;
                    }
                }
            }
        }
        return null;
    }

    /** The text of a cell named like {@code D13} on its row, as written. */
    String text(String cell, int row) {
        int column = 0;
        for (char c : cell.replaceAll("\\d", "").toCharArray()) {
            column = column * 26 + (c - 'A' + 1);
        }
        List<String> cells = rows.getOrDefault(row, List.of());
        return column - 1 < cells.size() ? cells.get(column - 1).strip() : "";
    }

    /**
     * The cell of the row (such as {@code C12}) that holds what the message objects to: the text in its last
     * 「...」, found in a cell or containing one. Null when no cell shows it.
     */
    @Nullable String cellIn(int row, String message) {
        return cellIn(row, message, false);
    }

    /**
     * As {@link #cellIn(int, String)}; with {@code notTheName}, a cell that shows the text exactly and is not the
     * row's first (an item's name often is its event type too, and the type's cell is the one meant).
     */
    @Nullable String cellIn(int row, String message, boolean notTheName) {
        if (notTheName) {
            String objected = message.substring(message.lastIndexOf('「') + 1, Math.max(message.lastIndexOf('」'), 0));
            List<String> cells = rows.getOrDefault(row, List.of());
            for (int column = cells.size() - 1; column > 0; column--) {
                if (cells.get(column).strip().equals(objected.strip()) && !objected.isBlank()) {
                    return Sheets.column(column) + row;
                }
            }
        }
        int open = message.lastIndexOf('「');
        int close = message.lastIndexOf('」');
        if (open < 0 || close <= open + 1) {
            return null;
        }
        String objected = message.substring(open + 1, close).strip();
        List<String> cells = rows.getOrDefault(row, List.of());
        int best = -1;
        for (int column = 0; column < cells.size(); column++) {
            String value = cells.get(column).strip();
            boolean shows = !value.isEmpty() && (value.contains(objected) || objected.contains(value));
            if (shows && (best < 0 || value.length() > cells.get(best).strip().length())) {
                best = column;
            }
        }
        return best < 0 ? null : Sheets.column(best) + row;
    }
}
