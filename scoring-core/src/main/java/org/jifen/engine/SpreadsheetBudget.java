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
    /**
     * Filled cells in one workbook, all sheets together: 300 rules of 20 columns and 500 test cases are under 10,000.
     */
    static final int MAX_CELLS = 20_000;
    /**
     * Characters of text in one workbook, all sheets together, each cell counted with the text it shows (a shared
     * text once for every cell that shows it): 300 rules of 20 columns of 30 characters and a help sheet of long
     * paragraphs are under 300,000. A help sheet of 17,100 cells all showing one 32,000-character text (547 million
     * characters, 111 KB packed) held a check slot for 16 s (eighth outside attack, N6; ADR 0201).
     */
    static final int MAX_CHARACTERS = 1_000_000;

    private SpreadsheetBudget() {
    }

    /**
     * The cells of every workbook of an upload, counted by streaming before anything reads a workbook into memory:
     * the plan's tests, the catalog and the rules' own reading all build the whole workbook, and a help sheet of
     * 27,000 rows (230 KB packed, 20 MB of XML) ran the checking JVM out of its 256 MB before the count was reached,
     * refused at line 0 with advice about rules (seventh outside attack, M1). Refused naming the sheet and row.
     */
    static List<PlanProblem> beforeReading(List<PlanFile> files) {
        List<PlanProblem> problems = new ArrayList<>();
        for (PlanFile file : files) {
            String name = file.name().toLowerCase(Locale.ROOT);
            if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
                PlanProblem tooMany = streamedCells(file);
                if (tooMany != null) {
                    problems.add(tooMany);
                }
            }
        }
        return problems;
    }

    static List<PlanProblem> check(PlanFile file) {
        if (file.name().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            List<String> lines = file.text().lines().toList();
            return lines.size() > MAX_ROWS ? List.of(tooManyRows(file, "", lines.size())) : lineBreaksInCells(file, lines);
        }
        PlanProblem tooManyCells = streamedCells(file);
        if (tooManyCells != null) {
            return List.of(tooManyCells);
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
                            problems.add(new PlanProblem(file.name(), row.getRowNum() + 1,
                                    cell.getAddress().formatAsString(), "表格「"
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

    /**
     * The cells of every sheet together, the 测试 sheet and any other sheet included (ADR 0174), counted before the
     * workbook is read into memory or the decision-table compiler sees it: an {@code .xlsx} sheet's XML is streamed
     * and only its {@code <c>} elements counted; an {@code .xls} workbook (its own, older format) is counted row by
     * row once read. Past {@link #MAX_CELLS}, the sheet and row where the budget ran out are named. So are the
     * characters ({@link #MAX_CHARACTERS}): each cell's own text, or the length of the shared text it shows, which
     * is streamed first. A cell or row written twice at one address is refused as well (attack tryout 19, F13): the
     * reading keeps the last, and what an office program shows for it is not known.
     */
    private static @org.jspecify.annotations.Nullable PlanProblem streamedCells(PlanFile file) {
        long cells = 0;
        if (!file.name().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            long characters = 0;
            try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(file.content()))) {
                for (Sheet sheet : book) {
                    for (Row row : sheet) {
                        cells += Math.max(row.getPhysicalNumberOfCells(), 0);
                        if (cells > MAX_CELLS) {
                            return tooManyCells(file, sheet.getSheetName(), row.getRowNum() + 1);
                        }
                        for (Cell cell : row) {
                            characters += cell.getCellType() == CellType.STRING ? cell.getStringCellValue().length() : 0;
                        }
                        if (characters > MAX_CHARACTERS) {
                            return tooManyCharacters(file, sheet.getSheetName(), row.getRowNum() + 1);
                        }
                    }
                }
            } catch (IOException | RuntimeException unreadable) {
                // the decision-table compiler reports a file it cannot read, in its words
            }
            return null;
        }
        try (org.apache.poi.openxml4j.opc.OPCPackage pkg = org.apache.poi.openxml4j.opc.OPCPackage.open(
                new ByteArrayInputStream(file.content()))) {
            org.apache.poi.xssf.eventusermodel.XSSFReader reader = new org.apache.poi.xssf.eventusermodel.XSSFReader(pkg);
            javax.xml.stream.XMLInputFactory xml = javax.xml.stream.XMLInputFactory.newFactory();
            xml.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
            xml.setProperty(javax.xml.stream.XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            int[] shared;
            try (java.io.InputStream table = reader.getSharedStringsData()) {
                shared = table == null ? new int[0] : sharedLengths(xml, table);
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | IOException | RuntimeException
                    | javax.xml.stream.XMLStreamException unreadable) {
                // no shared texts, or none that can be read: the cells are still counted, and the reading that
                // follows refuses a workbook it cannot read
                shared = new int[0];
            }
            if (shared == null) {
                return tooManyCharacters(file, null, 0);
            }
            org.apache.poi.xssf.eventusermodel.XSSFReader.SheetIterator sheets =
                    (org.apache.poi.xssf.eventusermodel.XSSFReader.SheetIterator) reader.getSheetsData();
            long characters = 0;
            while (sheets.hasNext()) {
                try (java.io.InputStream sheet = sheets.next()) {
                    javax.xml.stream.XMLStreamReader cellsOf = xml.createXMLStreamReader(sheet);
                    int row = 0;
                    int column = 0;
                    java.util.Set<String> addresses = new java.util.HashSet<>();
                    boolean sharedCell = false;
                    boolean inText = false;
                    StringBuilder index = new StringBuilder();
                    while (cellsOf.hasNext()) {
                        int event = cellsOf.next();
                        if (event == javax.xml.stream.XMLStreamConstants.CHARACTERS && inText) {
                            if (!sharedCell) {
                                characters += cellsOf.getTextLength();
                            } else if (index.length() < 12) {
                                index.append(cellsOf.getTextCharacters(), cellsOf.getTextStart(), cellsOf.getTextLength());
                            }
                        } else if (event == javax.xml.stream.XMLStreamConstants.END_ELEMENT && inText) {
                            inText = false;
                            if (sharedCell) {
                                characters += sharedLength(shared, index);
                                index.setLength(0);
                            }
                        } else if (event != javax.xml.stream.XMLStreamConstants.START_ELEMENT) {
                            continue;
                        } else if (cellsOf.getLocalName().equals("row")) {
                            String r = cellsOf.getAttributeValue(null, "r");
                            row = r != null && r.matches("\\d{1,7}") ? Integer.parseInt(r) : row + 1;
                            column = 0;
                            if (!addresses.add(String.valueOf(row))) {
                                return writtenTwice(file, sheets.getSheetName(), row, "第 " + row + " 行");
                            }
                        } else if (cellsOf.getLocalName().equals("c")) {
                            if (++cells > MAX_CELLS) {
                                return tooManyCells(file, sheets.getSheetName(), row);
                            }
                            // a cell without its address is the one after the cell before (attack tryout 20, H5)
                            java.util.regex.Matcher at = CELL.matcher(String.valueOf(cellsOf.getAttributeValue(null, "r")));
                            column = at.matches() ? columnOf(at.group(1)) : column + 1;
                            String address = org.apache.poi.ss.util.CellReference.convertNumToColString(column - 1) + row;
                            if (!addresses.add(address)) {
                                return writtenTwice(file, sheets.getSheetName(), row, "单元格 " + address + " ");
                            }
                            sharedCell = "s".equals(cellsOf.getAttributeValue(null, "t"));
                        } else if (cellsOf.getLocalName().equals("v") || cellsOf.getLocalName().equals("t")) {
                            inText = true;
                        }
                        if (characters > MAX_CHARACTERS) {
                            return tooManyCharacters(file, sheets.getSheetName(), row);
                        }
                    }
                    cellsOf.close();
                }
            }
        } catch (IOException | RuntimeException | javax.xml.stream.XMLStreamException
                | org.apache.poi.openxml4j.exceptions.OpenXML4JException unreadable) {
            // the decision-table compiler reports a file it cannot read, in its words
        }
        return null;
    }

    /**
     * The length of every shared text of an {@code .xlsx} (its {@code <si>} entries, runs of rich text together),
     * streamed; null when the table itself holds more than {@link #MAX_CHARACTERS}, or more texts.
     */
    private static int @org.jspecify.annotations.Nullable [] sharedLengths(javax.xml.stream.XMLInputFactory xml,
            java.io.InputStream table) throws javax.xml.stream.XMLStreamException {
        int[] lengths = new int[64];
        int count = 0;
        long total = 0;
        boolean inText = false;
        javax.xml.stream.XMLStreamReader texts = xml.createXMLStreamReader(table);
        while (texts.hasNext()) {
            int event = texts.next();
            if (event == javax.xml.stream.XMLStreamConstants.START_ELEMENT) {
                if (texts.getLocalName().equals("si")) {
                    if (count == MAX_CHARACTERS) {
                        return null;
                    }
                    if (count == lengths.length) {
                        lengths = java.util.Arrays.copyOf(lengths, count * 2);
                    }
                    count++;
                } else if (texts.getLocalName().equals("t")) {
                    inText = true;
                }
            } else if (event == javax.xml.stream.XMLStreamConstants.END_ELEMENT) {
                inText = inText && !texts.getLocalName().equals("t");
            } else if (event == javax.xml.stream.XMLStreamConstants.CHARACTERS && inText && count > 0) {
                lengths[count - 1] += texts.getTextLength();
                total += texts.getTextLength();
                if (total > MAX_CHARACTERS) {
                    return null;
                }
            }
        }
        texts.close();
        return java.util.Arrays.copyOf(lengths, count);
    }

    /** The length of the shared text a cell's {@code <v>} names; an index that names none shows nothing. */
    private static int sharedLength(int[] shared, CharSequence index) {
        String written = index.toString().strip();
        if (!written.matches("\\d{1,9}")) {
            return 0;
        }
        int at = Integer.parseInt(written);
        return at < shared.length ? shared[at] : 0;
    }

    private static PlanProblem tooManyCharacters(PlanFile file, @org.jspecify.annotations.Nullable String sheet,
            int row) {
        return new PlanProblem(file.name(), Math.max(row, 1), "这个表格文件里的文字超过了 " + MAX_CHARACTERS + " 个字"
                + (sheet == null ? "" : "（到表格「" + sheet + "」第 " + row + " 行就超过了，一格里的文字在几格里重复出现"
                + "也按每一格算）") + "，一个方案表格最多 " + MAX_CHARACTERS + " 个字：请删去和方案无关的工作表（例如填写说明、"
                + "统计表、名单）里的长段文字，或拆分方案");
    }

    /** A cell's address as a sheet may spell it: F11, $F$11, f011. */
    private static final java.util.regex.Pattern CELL = java.util.regex.Pattern.compile("\\$?([A-Za-z]{1,3})\\$?0*\\d{1,7}");

    private static int columnOf(String letters) {
        int column = 0;
        for (char c : letters.toUpperCase(Locale.ROOT).toCharArray()) {
            column = column * 26 + (c - 'A' + 1);
        }
        return column;
    }

    private static PlanProblem writtenTwice(PlanFile file, String sheet, int row, String what) {
        return new PlanProblem(file.name(), Math.max(row, 1), "表格「" + sheet + "」的" + what + "在文件里写了两次："
                + "系统只读到后写的那一份，Excel、WPS 显示的可能是另一份，看表的人和计分的结果就对不上。这样的文件不是 Excel、WPS "
                + "正常保存出来的：请在 Excel 或 WPS 里打开，核对这一格后另存一份再上传");
    }

    private static PlanProblem tooManyCells(PlanFile file, String sheet, int row) {
        return new PlanProblem(file.name(), Math.max(row, 1), "这个表格文件的单元格超过了 " + MAX_CELLS + " 个（到表格「"
                + sheet + "」第 " + row + " 行就超过了），一个方案表格最多 " + MAX_CELLS + " 个单元格：请删去和方案无关的"
                + "工作表（例如统计表、名单），或拆分方案");
    }

    private static PlanProblem tooManyRows(PlanFile file, String sheet, long rows) {
        return new PlanProblem(file.name(), MAX_ROWS + 1, (sheet.isEmpty() ? "表格" : "表格「" + sheet + "」") + "有 " + rows
                + " 行，一个方案表格最多 " + MAX_ROWS + " 行，请删去空行或拆分方案");
    }

    private static String shortened(String formula) {
        return formula.length() > 40 ? formula.substring(0, 40) + "…" : formula;
    }
}
