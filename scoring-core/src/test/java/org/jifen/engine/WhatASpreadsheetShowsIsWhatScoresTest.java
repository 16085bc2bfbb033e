package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.engine.RefusedWorkbooks.refused;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Attack tryout 9, F2 (ADR 0203): a spreadsheet plan may not score by what nobody sees in Excel or WPS, a hidden
 * row, a hidden column or a hidden sheet; each is refused at upload naming the sheet and the row or column, and
 * saying how to show it; and a points column whose gray code row was changed to give other points than its label
 * says (x1) is refused at the code cell. The guide's example, all of it visible and its code rows the template's, is
 * accepted.
 */
class WhatASpreadsheetShowsIsWhatScoresTest {

    @Test
    void aHiddenRowThatScoresIsRefusedNamingTheSheetAndTheRow() {
        assertThat(refused(new PlanFile("隐藏行.drl.xlsx", HostileCorpus.HIDDEN_ROW.get()))).singleElement()
                .satisfies(problem -> {
                    assertThat(problem.line()).isEqualTo(12);
                    assertThat(problem.message()).isEqualTo("工作表「积分方案」的第 12 行是隐藏的，在 Excel、"
                            + "WPS 里看不到，系统却照样会把它当作方案读入：方案里不能有看不到的内容。请选中第 11 行到第 13 行，"
                            + "右键 →「取消隐藏」，再右键 →「行高」设为 15，看清这一行写的是什么，不需要就删除这一行");
                });
    }

    @Test
    void aHiddenColumnHoldingAVetoIsRefusedAtItsCell() {
        assertThat(refused(new PlanFile("隐藏列.drl.xlsx", HostileCorpus.HIDDEN_COLUMN.get()))).singleElement()
                .satisfies(problem -> {
                    assertThat(problem.line()).isEqualTo(7);
                    assertThat(problem.cell()).isEqualTo("K7");
                    assertThat(problem.message()).startsWith("工作表「积分方案」的 K 列是隐藏的，")
                            .contains("请选中 J 列到 L 列，右键 →「取消隐藏」");
                });
    }

    /** Attack tryout 19, F13: the reading kept the last of two cells at one address; an office program may show the first. */
    @Test
    void aCellOrRowWrittenTwiceIsRefusedAtItsAddress() {
        assertThat(refused(new PlanFile("两个F11.drl.xlsx", HostileCorpus.writtenTwice(false)))).singleElement()
                .satisfies(problem -> {
                    assertThat(problem.line()).isEqualTo(11);
                    assertThat(problem.message()).startsWith("表格「积分方案」的单元格 F11 在文件里写了两次：")
                            .contains("Excel、WPS 显示的可能是另一份");
                });
        assertThat(refused(new PlanFile("两个第12行.drl.xlsx", HostileCorpus.writtenTwice(true)))).singleElement()
                .satisfies(problem -> assertThat(problem.message()).startsWith("表格「积分方案」的第 12 行在文件里写了两次："));
    }

    /** Attack tryout 20, H5: the second copy's address spelled otherwise, or left out (the cell after the one before). */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"<c r=\"$F$11\" t=\"n\"><v>-50</v></c>",
        "<c r=\"f011\" t=\"n\"><v>-50</v></c>"})
    void aCellWrittenTwiceUnderAnotherSpellingOfItsAddressIsRefused(String second) {
        assertThat(refused(new PlanFile("两个F11.drl.xlsx", HostileCorpus.writtenTwice(false, second)))).singleElement()
                .satisfies(problem -> assertThat(problem.message()).startsWith("表格「积分方案」的单元格 F11 在文件里写了两次："));
    }

    /** A cell without its address is read where the office programs put it, after the cell before: G11, not F11. */
    @Test
    void aCellAfterTheLastWithoutAnAddressIsTheNextColumn() throws Exception {
        byte[] implicit = HostileCorpus.writtenTwice(false, "<c t=\"n\"><v>-50</v></c>");
        try (org.apache.poi.ss.usermodel.Workbook book = org.apache.poi.ss.usermodel.WorkbookFactory.create(
                new java.io.ByteArrayInputStream(implicit))) {
            assertThat(book.getSheetAt(0).getRow(10).getCell(5).getNumericCellValue()).isEqualTo(3);
            assertThat(book.getSheetAt(0).getRow(10).getCell(6).getNumericCellValue()).isEqualTo(-50);
        }
    }

    @Test
    void aVeryHiddenCopyOfThePlanSheetIsRefusedSayingToStartFromTheTemplate() {
        assertThat(refused(new PlanFile("隐藏表.drl.xlsx", HostileCorpus.VERY_HIDDEN_SHEET.get()))).singleElement()
                .satisfies(problem -> assertThat(problem.message()).startsWith("表格文件里的工作表「Sheet0」是隐藏的")
                        .contains("深度隐藏", "请从下载的模板重新填写方案"));
    }

    @Test
    void aPointsColumnWhoseCodeRowWasNegatedIsRefusedAtTheCodeCellWithTheTemplatesCode() {
        assertThat(refused(new PlanFile("代码行.drl.xlsx", HostileCorpus.NEGATED_CODE_ROW.get()))).singleElement()
                .satisfies(problem -> {
                    assertThat(problem.line()).isEqualTo(9);
                    assertThat(problem.cell()).isEqualTo("F9");
                    assertThat(problem.message()).startsWith("「积分项目」表「村民议事（每次分值）」这一列的灰色代码行被改过："
                            + "标题说这一格写的分值计入「村民议事」，代码却是「awards.add(-$param * $e.getQuantity(), \"村民议事\");」")
                            .contains("请改回「awards.add($param * $e.getQuantity(), \"村民议事\");」");
                });
    }

    @Test
    void aVetoInACellThatShowsNothingIsRefusedAtItsCell() {
        assertThat(refused(new PlanFile("看不见的格式.drl.xlsx", HostileCorpus.FORMAT_THAT_SHOWS_NOTHING.get())))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.cell()).isEqualTo("K11");
                    assertThat(problem.message()).startsWith("工作表「积分方案」的单元格 K11 的数字格式（;;;）不是普通格式");
                });
        assertThat(refused(new PlanFile("白字.drl.xlsx", HostileCorpus.WHITE_ON_WHITE.get()))).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("K11 的文字颜色和底色一样", "「村民议事」"));
    }

    @Test
    void theGuidesExampleWithEverythingVisibleIsAccepted() throws Exception {
        PlanFile example = new PlanFile("杨家庄村示例.drl.xlsx",
                Files.readAllBytes(Path.of("..", "docs", "examples", "杨家庄村示例.drl.xlsx")));

        assertThat(HiddenSheetContent.of(example)).isEmpty();
        assertThat(new PlanCompiler(1000).compileUpload(List.of(example)).rules()).isNotEmpty();
    }

}
