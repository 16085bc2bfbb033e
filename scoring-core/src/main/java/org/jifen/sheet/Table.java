package org.jifen.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jspecify.annotations.Nullable;

/**
 * A table as a clerk keeps it: the first sheet of a workbook (.xlsx or .xls), or a CSV file saved by Excel in UTF-8
 * (with or without a byte-order mark) or, as Excel on Chinese Windows does, in GBK/GB18030. Each row keeps the number
 * the clerk sees beside it; blank rows are left out. Cells are text as shown (a number 3 is "3"), stripped.
 */
public record Table(String file, List<Row> rows) {

    /** A row with the number the spreadsheet shows beside it. */
    public record Row(int line, List<String> cells) {

        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }

    private static final Charset GB18030 = Charset.forName("GB18030");

    /** Reads the file, whatever it is named, by what its bytes are. */
    public static Table read(String file, byte[] content) {
        if (startsWith(content, 0x50, 0x4B, 0x03, 0x04) || startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            return new Table(file, workbook(file, content));
        }
        return new Table(file, csv(text(file, content)));
    }

    private static List<Row> workbook(String file, byte[] content) {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter shown = new DataFormatter();
            FormulaEvaluator formulas = book.getCreationHelper().createFormulaEvaluator();
            List<Row> rows = new ArrayList<>();
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int column = 0; column < Math.max(row.getLastCellNum(), 0); column++) {
                    Cell cell = row.getCell(column);
                    cells.add(cell == null ? "" : shown.formatCellValue(cell, formulas).strip());
                }
                add(rows, row.getRowNum() + 1, cells);
            }
            return rows;
        } catch (IOException | RuntimeException unreadable) {
            throw new TableUnreadable(file, "无法作为 Excel 工作簿打开（文件可能已损坏，或有密码保护）。"
                    + "请用 Excel 打开后另存为 .xlsx 或 CSV 再上传");
        }
    }

    private static String text(String file, byte[] content) {
        if (startsWith(content, 0xFF, 0xFE) || startsWith(content, 0xFE, 0xFF)) {
            throw new TableUnreadable(file, "是 UTF-16（Unicode 文本）编码。请在 Excel 里另存为「CSV UTF-8（逗号分隔）」"
                    + "或「CSV（逗号分隔）」再上传");
        }
        for (byte b : content) {
            if (b == 0) {
                throw new TableUnreadable(file, "不是文本文件，也不是 Excel 工作簿。请上传 .xlsx 或 CSV 文件");
            }
        }
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            String utf8 = decode(content, 3, StandardCharsets.UTF_8);
            if (utf8 == null) {
                throw new TableUnreadable(file, "开头标明是 UTF-8 编码，但内容里有不是 UTF-8 的字节，文件可能已损坏");
            }
            return utf8;
        }
        String utf8 = decode(content, 0, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return utf8;
        }
        String gb = decode(content, 0, GB18030);
        if (gb != null) {
            return gb;
        }
        throw new TableUnreadable(file, "的文字编码无法识别：既不是 UTF-8，也不是 GBK/GB18030。"
                + "请在 Excel 里另存为「CSV UTF-8（逗号分隔）」再上传");
    }

    /** The text, or null when the bytes are not valid in the charset. */
    private static @Nullable String decode(byte[] content, int from, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, from, content.length - from)).toString();
        } catch (CharacterCodingException notThisCharset) {
            return null;
        }
    }

    /** The CSV's records as {@link Csv} reads them, each with the row Excel shows it in. */
    static List<Row> csv(String text) {
        List<Row> rows = new ArrayList<>();
        Csv.read(text).forEach(record -> add(rows, record.row(), record.cells()));
        return rows;
    }

    private static void add(List<Row> rows, int line, List<String> cells) {
        if (cells.stream().anyMatch(cell -> !cell.isEmpty())) {
            rows.add(new Row(line, List.copyOf(cells)));
        }
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
