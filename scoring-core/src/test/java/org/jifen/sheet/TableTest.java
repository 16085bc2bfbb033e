package org.jifen.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;

class TableTest {

    private static final String REGISTER = "户号,户主姓名,村民小组\r\n01-001,王建华,一组\r\n\r\n01-002,\"李,秀英\",二组\r\n";

    @Test
    void csvFromExcelInUtf8WithOrWithoutBomOrInGbkReadsTheSame() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf8 = REGISTER.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + utf8.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(utf8, 0, withBom, bom.length, utf8.length);

        List<Table.Row> expected = List.of(new Table.Row(1, List.of("户号", "户主姓名", "村民小组")),
                new Table.Row(2, List.of("01-001", "王建华", "一组")),
                new Table.Row(4, List.of("01-002", "李,秀英", "二组")));
        assertThat(Table.read("a.csv", utf8).rows()).isEqualTo(expected);
        assertThat(Table.read("a.csv", withBom).rows()).isEqualTo(expected);
        assertThat(Table.read("a.csv", REGISTER.getBytes(Charset.forName("GBK"))).rows()).isEqualTo(expected);
        assertThat(Table.read("a.csv", REGISTER.getBytes(Charset.forName("GB18030"))).rows()).isEqualTo(expected);
    }

    @Test
    void aLineBreakInsideQuotesStaysInTheCellAndRowsKeepExcelsNumbers() {
        List<Table.Row> rows = Table.csv("户号,备注\n01-001,\"两行\n备注\"\n01-002,\"说\"\"好\"\"\"");

        assertThat(rows).extracting(Table.Row::line).containsExactly(1, 2, 3);
        assertThat(rows.get(1).cell(1)).isEqualTo("两行\n备注");
        assertThat(rows.get(2).cell(1)).isEqualTo("说\"好\"");
        assertThat(rows.get(2).cell(7)).isEmpty();
    }

    @Test
    void bytesThatAreNeitherUtf8NorGb18030AreRefusedByName() {
        byte[] neither = {(byte) 0xC4, (byte) 0x80, (byte) 0xFF, (byte) 0xFF, 0x41, (byte) 0x80};

        assertThatThrownBy(() -> Table.read("乱码.csv", neither)).isInstanceOf(TableUnreadable.class)
                .hasMessageContaining("乱码.csv").hasMessageContaining("UTF-8").hasMessageContaining("GB18030");
        assertThatThrownBy(() -> Table.read("照片.csv", "01,a".getBytes(StandardCharsets.UTF_16LE)))
                .isInstanceOf(TableUnreadable.class).hasMessageContaining("不是文本文件");
        assertThatThrownBy(() -> Table.read("u16.csv", new byte[] {(byte) 0xFF, (byte) 0xFE, 0x37, 0x62}))
                .isInstanceOf(TableUnreadable.class).hasMessageContaining("UTF-16");
        assertThatThrownBy(() -> Table.read("坏.xlsx", new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3}))
                .isInstanceOf(TableUnreadable.class).hasMessageContaining("Excel");
    }

    @Test
    void aWorkbookIsReadFromItsFirstSheetAsShownNumbersWithoutDecimals() {
        byte[] book = Sheets.xlsx(workbook -> {
            Sheet sheet = workbook.createSheet("家庭户");
            Sheets.row(sheet, 0, null, "户号", "常住人口");
            sheet.createRow(3).createCell(0).setCellValue("01-001");
            sheet.getRow(3).createCell(1).setCellValue(3.0);
            Sheets.row(workbook.createSheet("填写说明"), 0, null, "说明");
        });

        assertThat(Table.read("登记表.xlsx", book).rows()).containsExactly(
                new Table.Row(1, List.of("户号", "常住人口")), new Table.Row(4, List.of("01-001", "3")));
    }

    @Test
    void columnsAreNamedAsSpreadsheetsNameThem() {
        assertThat(List.of(Sheets.column(0), Sheets.column(2), Sheets.column(25), Sheets.column(26)))
                .containsExactly("A", "C", "Z", "AA");
    }
}
