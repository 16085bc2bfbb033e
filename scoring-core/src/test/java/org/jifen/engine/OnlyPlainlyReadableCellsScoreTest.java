package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.engine.RefusedWorkbooks.attackers;
import static org.jifen.engine.RefusedWorkbooks.corpus;
import static org.jifen.engine.RefusedWorkbooks.refused;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jifen.plan.PlanTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Attack tryout 10, NEW-1 (ADR 0221): a veto written so that nobody reading the workbook in Excel or WPS sees it,
 * in near-white text, one shade off its fill, a 1-point font, an empty-text number format, a conditional format that
 * turns it white, the palette's white, is refused at its cell, saying what is wrong and how to fix it; the template,
 * the guide's example and a clerk's ordinary formatting (bold, borders, fills, red text, a merged title) pass.
 */
class OnlyPlainlyReadableCellsScoreTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            NEAR_WHITE             | 的文字颜色和底色一样或太接近（文字 #FEFEFE，底色 #FFFFFF，对比度 1.01，至少要 3）
            ONE_SHADE_OFF_THE_FILL | 的文字颜色和底色一样或太接近（文字 #FFFF98，底色 #FFFF99
            ONE_POINT_FONT         | 的字号只有 1 磅（最小 8 磅），字小得看不清
            EMPTY_TEXT_FORMAT      | 的数字格式（"";"";"";""）不是普通格式，可能把内容藏起来或显示成别的字
            PALETTE_WHITE          | 的文字颜色和底色一样或太接近（文字 #FFFFFF，底色 #FFFFFF
            CUSTOM_PALETTE_WHITE   | 的文字颜色和底色一样或太接近（文字 #FFFFFF，底色 #FFFFFF
            SYMBOL_FONT            | 用的字体「Wingdings」是符号字体，数字和字母会显示成图形
            UNDER_A_MERGED_CELL    | 被合并单元格 K10:K11 盖住了（只显示左上角 K10 的内容）
            WHITE_RUN_OF_TEXT      | 里有一段字的文字颜色和底色一样或太接近（文字 #FFFFFF
            PUSHED_OUT_BY_SPACES   | 的文字前后有 40 个空格，把字推到格子外面去了
            """)
    void aVetoThatCannotBeReadIsRefusedAtItsCellSayingWhyAndHowToFixIt(String variant, String why) throws Exception {
        byte[] workbook = corpus(variant).get();

        assertThat(refused(new PlanFile("隐藏否决.drl.xlsx", workbook))).filteredOn(problem -> problem.cell() != null
                && !problem.message().startsWith("测试")).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(11);
            assertThat(problem.cell()).isEqualTo("K11");
            assertThat(problem.message()).startsWith("工作表「积分方案」的单元格 K11 " + why)
                    .contains("在 Excel、WPS 里看不清（或看不到）它写的「", "村民议事」", "请")
                    .doesNotContain("XSSF", "rgb", "null");
        });
    }

    @Test
    void aConditionalFormatOrAShapeOverTheSheetIsRefusedSayingHowToRemoveIt() {
        assertThat(refused(new PlanFile("条件格式.drl.xlsx", HostileCorpus.CONDITIONAL_WHITE.get()))).singleElement()
                .satisfies(problem -> assertThat(problem.message()).startsWith("工作表「积分方案」设了条件格式（例如 K11）")
                        .contains("「开始」→「条件格式」→「清除规则」→「清除整个工作表的规则」"));
        assertThat(refused(new PlanFile("文本框.drl.xlsx", HostileCorpus.TEXT_BOX_OVER_THE_VETO.get()))).singleElement()
                .satisfies(problem -> assertThat(problem.message()).startsWith("工作表「积分方案」里有图片、图形、文本框或控件")
                        .contains("「定位条件」→「对象」"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            xa_nearwhite       | K11 | 的文字颜色和底色一样或太接近
            xb_fillmatch       | K11 | 的文字颜色和底色一样或太接近
            xc_tiny            | K11 | 的字号只有 1 磅
            xd_emptyfmt        | K11 | 的数字格式（"";"";"";""）不是普通格式
            xf_theme_white     | K11 | 的文字颜色和底色一样或太接近
            xg_indexed_white   | K11 | 的文字颜色和底色一样或太接近
            """)
    void theAttackersOwnWorkbooksAreRefusedAtTheHiddenVeto(String name, String cell, String why) throws Exception {
        List<PlanProblem> problems = refused(attackers("attack10", name));

        assertThat(problems).anySatisfy(problem -> {
            assertThat(problem.cell()).isEqualTo(cell);
            assertThat(problem.message()).contains("单元格 " + cell + " " + why);
        });
        assertThat(problems).anySatisfy(problem -> assertThat(problem.cell()).isEqualTo("K15"));
    }

    @Test
    void theAttackersConditionalFormatWorkbookIsRefused() throws Exception {
        assertThat(refused(attackers("attack10", "xe_condfmt_white"))).anySatisfy(problem ->
                assertThat(problem.message()).startsWith("工作表「积分方案」设了条件格式"));
    }

    @Test
    void theTemplateTheGuidesExampleAndAClerksOrdinaryFormattingAreAccepted() throws Exception {
        PlanFile template = new PlanFile(PlanTemplate.FILE_NAME, PlanTemplate.xlsx());
        PlanFile example = new PlanFile("杨家庄村示例.drl.xlsx",
                Files.readAllBytes(Path.of("..", "docs", "examples", "杨家庄村示例.drl.xlsx")));
        PlanFile styled = new PlanFile("有格式的方案.drl.xlsx", clerksFormatting());

        for (PlanFile plan : List.of(template, example, styled)) {
            assertThat(HiddenSheetContent.of(plan)).as(plan.name()).isEmpty();
            assertThat(new PlanCompiler(1000).compileUpload(List.of(plan)).rules()).as(plan.name()).isNotEmpty();
        }
    }

    @Test
    void anOldExcelWorkbookIsHeldToTheSameColoursThroughItsPalette() throws IOException {
        try (var book = new org.apache.poi.hssf.usermodel.HSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var font = book.createFont();
            font.setColor(IndexedColors.LIGHT_YELLOW.getIndex());
            var style = book.createCellStyle();
            style.setFont(font);
            var row = book.createSheet("积分方案").createRow(0);
            row.createCell(0).setCellValue("参加村民大会");
            row.createCell(1).setCellValue("平安建设");
            row.getCell(1).setCellStyle(style);
            book.write(out);

            assertThat(HiddenSheetContent.of(new PlanFile("旧格式.drl.xls", out.toByteArray()))).singleElement()
                    .satisfies(problem -> assertThat(problem.message()).startsWith(
                            "工作表「积分方案」的单元格 B1 的文字颜色和底色一样或太接近（文字 #FFFF99，底色 #FFFFFF"));
        }
    }

    @Test
    void contrastIsMeasuredAsWcagDoes() {
        byte[] black = {0, 0, 0};
        byte[] white = {-1, -1, -1};
        byte[] gray = {(byte) 0x80, (byte) 0x80, (byte) 0x80};

        assertThat(PlainCellLook.contrast(black, white)).isEqualTo(21.0);
        assertThat(PlainCellLook.contrast(gray, white)).isBetween(3.9, 4.0);
        assertThat(PlainCellLook.contrast(white, white)).isEqualTo(1.0);
    }

    /**
     * The example as a clerk dresses it up in Excel: the title row bold on a blue fill in white, the points in red
     * and dark green, borders, a gray pattern, 宋体 10.5 point, a percent format on a number, a merged note.
     */
    private static byte[] clerksFormatting() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(
                Path.of("..", "docs", "examples", "杨家庄村示例.drl.xlsx")));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFFont whiteBold = book.createFont();
            whiteBold.setBold(true);
            whiteBold.setColor(IndexedColors.WHITE.getIndex());
            XSSFCellStyle title = book.createCellStyle();
            title.setFont(whiteBold);
            title.setFillForegroundColor(new XSSFColor(new byte[] {0x1F, 0x4E, 0x79}));
            title.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            XSSFFont red = book.createFont();
            red.setColor(new XSSFColor(new byte[] {(byte) 0xC0, 0, 0}));
            red.setFontName("宋体");
            red.setFontHeight(10.5);
            XSSFCellStyle points = book.createCellStyle();
            points.setFont(red);
            points.setBorderBottom(BorderStyle.THIN);
            points.setBorderTop(BorderStyle.THIN);
            points.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            points.setFillPattern(FillPatternType.FINE_DOTS);
            points.setDataFormat(book.createDataFormat().getFormat("0"));
            var sheet = book.getSheetAt(0);
            for (var row : sheet) {
                for (var cell : row) {
                    if (cell.getRowIndex() == 3) {
                        cell.setCellStyle(title);
                    } else if (cell.getRowIndex() >= 10 && cell.getColumnIndex() >= 5) {
                        cell.setCellStyle(points);
                    }
                }
            }
            sheet.addMergedRegion(CellRangeAddress.valueOf("B4:E4"));
            book.write(out);
            return out.toByteArray();
        }
    }




    /** Tryout clerk 6, 4: past the twentieth unreadable cell the list says there are more, not that these are all. */
    @Test
    void pastTwentyUnreadableCellsTheListSaysThereAreMore() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFCellStyle symbols = book.createCellStyle();
            XSSFFont wingdings = book.createFont();
            wingdings.setFontName("Wingdings");
            symbols.setFont(wingdings);
            var sheet = book.createSheet("积分方案");
            for (int r = 0; r < 25; r++) {
                var cell = sheet.createRow(r).createCell(0);
                cell.setCellValue("-5");
                cell.setCellStyle(symbols);
            }
            book.write(out);
            List<PlanProblem> problems = HiddenSheetContent.of(new PlanFile("符号.drl.xlsx", out.toByteArray()));
            assertThat(problems).hasSize(21);
            assertThat(problems.get(20).message()).startsWith("表格里还有更多看不清或看不到的格子（从这一格起），这里只列出了前 20 处");
            assertThat(problems.get(20).cell()).isEqualTo("A21");
        }
    }
}
