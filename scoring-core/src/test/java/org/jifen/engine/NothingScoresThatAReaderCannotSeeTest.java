package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.engine.RefusedWorkbooks.attackers;
import static org.jifen.engine.RefusedWorkbooks.corpus;
import static org.jifen.engine.RefusedWorkbooks.refused;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Attack tryout 11 (ADR 0234): a veto hidden by the sheet's default row height or column width, a 3-point row,
 * shrink-to-fit, line breaks before the text, strike-through, rotation, superscript, a decoy sheet that Excel opens
 * on, or a scoring column labelled as a remark or far from its table, is refused saying where and how to fix it;
 * zh-CN Excel's 「数值」 format and red negatives are accepted.
 */
class NothingScoresThatAReaderCannotSeeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            n41_sheet_zeroHeight_default       | 工作表「积分方案」的第 11 行是隐藏的，
            n42_sheet_default_rowheight3       | 工作表「积分方案」的第 11 行只有 3 磅高（至少要 9 磅），字被遮住了
            n31c_rowheight3                    | 只有 3 磅高（至少要 9 磅）
            n31_rowheight6                     | 只有 6 磅高（至少要 9 磅）
            n43_sheet_default_colwidth         | 工作表「积分方案」的 K 列只有 0.3 个字符宽（至少要 2 个），字被遮住了
            n09_shrink_narrow                  | 的单元格 K11 设了「缩小字体填充」，这一列放不下它的字
            n09b_shrink_w3                     | 设了「缩小字体填充」
            n10_newlines_top                   | 的单元格 K11 的文字前后有换行，字被挤到格子外面去了
            n10b_newlines_bottom               | 的单元格 K11 的文字前后有换行
            n39_decoy_active_sheet_tabs_hidden | 表格设成了不显示工作表标签
            n39b_decoy_active_sheet            | 表格打开时显示的是工作表「积分方案（公示稿）」，而系统计分的是第一张表「积分方案」
            n12_strike_row                     | 的文字加了删除线，看起来像已经删掉的内容
            n11_rot255                         | 的文字是斜着或竖着排的
            n11b_rot90                         | 的文字是斜着或竖着排的
            n08_superscript8                   | 的文字设成了上标或下标
            n25b_remarks_column_vetoes         | 列标题是「备注」，这一列却会一票否决
            n25c_note_column_deducts           | 列标题是「说明（不计分）」，这一列却会加分或扣分
            n25_far_column                     | 和表格隔着空列，看表的人不会把它当成表格的一部分
            """)
    void theAttackersWorkbooksAreRefusedSayingWhereAndHow(String name, String why) throws IOException {
        assertThat(refused(attackers("attack11", name))).anySatisfy(problem ->
                assertThat(problem.message()).contains(why).contains("请").doesNotContain("XSSF", "null"));
    }

    /** Attack tryout 17, RT1: a struck-out 「0」 after a 「2」 read as 2 and paid 20; a superscript minus, the same. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            r6_rich_strike      | 里有一段字的文字加了删除线
            r4_rich_super_minus | 里有一段字的文字设成了上标或下标
            """)
    void aStruckOrRaisedPartOfACellIsRefusedLikeAWholeOne(String name, String why) throws IOException {
        assertThat(refused(attackers("attack17", name))).anySatisfy(problem ->
                assertThat(problem.message()).contains(why).contains("请"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            SHEET_ROWS_HIDDEN_BY_DEFAULT  | 的第 11 行是隐藏的，
            SHEET_ROWS_3_POINTS_BY_DEFAULT | 的第 11 行只有 3 磅高（至少要 9 磅）
            ROW_OF_5_POINTS               | 的第 11 行只有 5 磅高（至少要 9 磅）
            SHEET_COLUMNS_NARROW_BY_DEFAULT | 的 K 列只有 0.3 个字符宽（至少要 2 个）
            SHRUNK_TO_FIT                 | 的单元格 K11 设了「缩小字体填充」
            LINE_BREAKS_BEFORE_THE_VETO   | 的单元格 K11 的文字前后有换行
            ZERO_WIDTH_CHARACTER          | 的单元格 K11 里有看不见的特殊字符（第 3 个字）
            STRUCK_THROUGH                | 的单元格 K11 的文字加了删除线
            ROTATED                       | 的单元格 K11 的文字是斜着或竖着排的
            SUPERSCRIPT                   | 的单元格 K11 的文字设成了上标或下标
            DECOY_SHEET_OPENED_FIRST      | 表格打开时显示的是工作表「公示稿」
            SHEET_TABS_HIDDEN             | 表格设成了不显示工作表标签
            REMARKS_COLUMN_VETOES         | 「积分项目」表的第 Q 列标题是「备注」，这一列却会一票否决
            NOTE_COLUMN_DEDUCTS           | 的第 Q 列标题是「说明（不计分）」，这一列却会加分或扣分
            FAR_VETO_COLUMN               | 的第 AZ 列「一票否决（类别）」和表格隔着空列
            """)
    void eachWayOfHidingAVetoIsRefused(String variant, String why) throws ReflectiveOperationException {
        byte[] workbook = corpus(variant).get();

        assertThat(refused(new PlanFile("隐藏否决.drl.xlsx", workbook))).anySatisfy(problem ->
                assertThat(problem.message()).contains(why));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"t0_template_as_is", "t1_honest_formatting", "t2_filter_dropdown_note_merge",
        "t3_red_negative_format", "t4_numfmt_cn_default", "t5_numfmt_thousands", "t6_numfmt_cn_red"})
    void honestFormattingIsAccepted(String name) throws IOException {
        PlanFile plan = attackers("attack11", name);

        assertThat(HiddenSheetContent.of(plan)).isEmpty();
        assertThat(new PlanCompiler(1000).compileUpload(List.of(plan)).rules()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0} on {1} → {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            '0_ '                   | -5 | plain
            '#,##0_ '               | -5 | plain
            0;[Red]-0               | -5 | plain
            '0_ ;[Red]\\-0\\ '        | -5 | plain
            0.00;-0.00;0            | -5 | plain
            yyyy-mm-dd              | -5 | plain
            0_);[Red]\\(0\\)          |  3 | plain
            '#,##0_);[Red]\\(#,##0\\)' |  3 | plain
            0_);\\(0\\)               |  3 | plain
            0_);[Red](0)            |  0 | plain
            0_);[Red]\\(0\\)          | -5 | refused
            0_);\\(0\\)               | -5 | refused
            0_);[Red](0)            | -5 | refused
            0;0                     | -5 | refused
            -0                      | -5 | refused
            0;-0;                   | -5 | refused
            0;-0;0;@                | -5 | refused
            [White]0                | -5 | refused
            0;[Green]-0             | -5 | refused
            0"否决"                 | -5 | refused
            """)
    void aNumberFormatShowingTheValueWithItsSignIsPlain(String format, double value, String verdict)
            throws IOException {
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var style = book.createCellStyle();
            style.setDataFormat(book.createDataFormat().getFormat(format));
            var cell = book.createSheet("积分方案").createRow(0).createCell(0);
            cell.setCellValue(value);
            cell.setCellStyle(style);

            assertThat(PlainCellLook.of(cell) == null ? "plain" : "refused").isEqualTo(verdict);
        }
    }



}
