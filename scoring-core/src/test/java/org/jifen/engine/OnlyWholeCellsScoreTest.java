package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.engine.RefusedWorkbooks.corpus;
import static org.jifen.engine.RefusedWorkbooks.refused;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Attack tryout 17, W1 (ADR 0255): an item's cell that its column shows only in part, 「100」 cut to 「10」 by a narrow
 * column and a filled neighbour, a number too wide for its column, a wrapped second line below a row set too low, is
 * refused at its cell, saying how to show it whole; what fits, or runs on into empty cells, stays.
 */
class OnlyWholeCellsScoreTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CAP_CUT_BY_A_NARROW_COLUMN     | B13 | 只显示出一部分：这一列约 2.4 个字符宽（一个汉字占 2 个字符），放不下「100」，右边（或左边）的格子有内容，字被挡住了
            NUMBER_TOO_WIDE_FOR_ITS_COLUMN | B13 | 只显示出一部分：这一列约 2.4 个字符宽（一个汉字占 2 个字符），放不下「100」，数字会显示成 ### 或被四舍五入
            SECOND_LINE_BELOW_THE_ROW      | A13 | 的文字自动换行后有 2 行，这一行只有 15 磅高，下面几行被挡住了
            CAP_PUSHED_OUT_BY_ITS_INDENT   | B13 | 只显示出一部分：这一列约 4.5 个字符宽（一个汉字占 2 个字符），放不下「100」，数字会显示成 ### 或被四舍五入
            POINTS_REPEATED_BY_FILL        | F11 | 设成了「填充」对齐，内容会重复铺满整格（「3」看起来像「3333」）
            """)
    void aCellShownOnlyInPartIsRefusedAtItsCell(String variant, String cell, String why) throws Exception {
        assertThat(refused(new PlanFile("显示不全.drl.xlsx", corpus(variant).get())))
                .filteredOn(problem -> cell.equals(problem.cell())).anySatisfy(problem -> {
                    assertThat(problem.line()).isEqualTo(Integer.parseInt(cell.substring(1)));
                    assertThat(problem.message()).startsWith("工作表「积分方案」的单元格 " + cell + " " + why)
                            .contains("请");
                });
    }

    /** Attack tryout 18, F11: a value merged down over two items' rows reads as both rows', counts for the first. */
    @Test
    void aCellMergedDownOverTwoItemsIsRefusedAtTheMerge() throws Exception {
        assertThat(refused(new PlanFile("合并.drl.xlsx", HostileCorpus.CAP_MERGED_OVER_TWO_ITEMS.get())))
                .anySatisfy(problem -> {
                    assertThat(problem.cell()).isEqualTo("B13");
                    assertThat(problem.message()).startsWith("工作表「积分方案」的单元格 B13:B14 把 2 个积分项目的行合并成了一格");
                });
    }

    @Test
    void aSheetThatHidesItsZerosIsRefused() throws Exception {
        assertThat(refused(new PlanFile("零值.drl.xlsx", HostileCorpus.ZEROS_NOT_SHOWN.get())))
                .anySatisfy(problem -> assertThat(problem.message()).startsWith("工作表「积分方案」设成了不显示零值"));
    }

    /** Every kind of cell is measured: a TRUE that its column cuts is refused like a number. */
    @Test
    void aCutOffTruthValueIsNotPlainlyReadable() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(
                HostileCorpus.NUMBER_TOO_WIDE_FOR_ITS_COLUMN.get()))) {
            var cell = book.getSheetAt(0).getRow(12).getCell(1);
            cell.setCellValue(true);
            assertThat(CutOffCell.of(cell)).isNotNull().satisfies(fault ->
                    assertThat(fault.what()).contains("放不下「TRUE」"));
        }
    }

    /** Attack tryout 17, F5: the cell looks empty; as a cap of 0 it is also refused by its row's check, said first. */
    @Test
    void aZeroThatItsFormatShowsAsNothingIsNotPlainlyReadable() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(
                HostileCorpus.ZERO_SHOWN_AS_NOTHING.get()))) {
            assertThat(PlainCellLook.of(book.getSheetAt(0).getRow(12).getCell(1))).isNotNull().satisfies(fault ->
                    assertThat(fault.what()).isEqualTo("的数字格式（#）把 0 显示成空白"));
        }
    }

    @Test
    void whatFitsItsColumnOrRunsOnIntoEmptyCellsStays() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(
                Path.of("..", "docs", "examples", "杨家庄村示例.drl.xlsx")));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.getSheetAt(0);
            sheet.setColumnWidth(1, (int) (2.9 * 256)); // the caps 10 and 25 still fit
            sheet.setColumnWidth(9, 5 * 256); // 「20, 文明新风」 runs on into the empty K15
            book.write(out);
            new PlanCompiler(1000).compileUpload(java.util.List.of(new PlanFile("显示完整.drl.xlsx",
                    out.toByteArray())));
        }
    }
}
