package org.jifen.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jifen.plan.PlanTemplate;
import org.junit.jupiter.api.Test;

/**
 * What the check of what a workbook shows costs (ADR 0203, 0221): the template, the guide's example, and the template
 * grown to 1,000 rows of rules (bold names, a light fill on every other row). Not part of the build; run it with
 * {@code ./mvnw -pl scoring-core test -Dtest=HiddenSheetContentBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * and read {@code scoring-core/target/benchmark-hidden-sheet-content.txt}.
 */
class HiddenSheetContentBenchmark {

    private static final int WARM_UP = 10;
    private static final int ROUNDS = 31;

    @Test
    void checkingWhatAWorkbookShows() throws IOException {
        List<String> report = new ArrayList<>();
        report.add("HiddenSheetContent.of, median of " + ROUNDS + " after " + WARM_UP + " warm-up rounds, ms");
        for (PlanFile plan : List.of(new PlanFile(PlanTemplate.FILE_NAME, PlanTemplate.xlsx()),
                new PlanFile("杨家庄村示例.drl.xlsx", Files.readAllBytes(Path.of("..", "docs", "examples",
                        "杨家庄村示例.drl.xlsx"))), new PlanFile("一千行.drl.xlsx", thousandRows()))) {
            long[] times = new long[ROUNDS];
            for (int round = -WARM_UP; round < ROUNDS; round++) {
                long start = System.nanoTime();
                int found = HiddenSheetContent.of(plan).size();
                if (round >= 0) {
                    times[round] = System.nanoTime() - start;
                }
                if (found != 0) {
                    throw new AssertionError(plan.name() + " was refused");
                }
            }
            Arrays.sort(times);
            report.add(String.format("%s (%d bytes): %.1f ms (min %.1f, max %.1f)", plan.name(), plan.content().length,
                    times[ROUNDS / 2] / 1e6, times[0] / 1e6, times[ROUNDS - 1] / 1e6));
        }
        Files.write(Path.of("target", "benchmark-hidden-sheet-content.txt"), report);
    }

    /** The template with its first table grown to 1,000 rows of rules, names bold, every other row filled. */
    private static byte[] thousandRows() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(PlanTemplate.xlsx()));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.getSheetAt(0);
            XSSFFont bold = book.createFont();
            bold.setBold(true);
            XSSFCellStyle name = book.createCellStyle();
            name.setFont(bold);
            XSSFCellStyle filled = book.createCellStyle();
            filled.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            filled.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            for (int r = sheet.getLastRowNum() + 1; r < 1000; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue("积分项目" + r);
                row.getCell(0).setCellStyle(name);
                row.createCell(2).setCellValue("事件" + r);
                row.createCell(5).setCellValue(r % 7 + 1);
                row.createCell(9).setCellValue("5, 文明新风");
                row.createCell(14).setCellValue("级别, 市级");
                for (int c : new int[] {2, 5, 9, 14}) {
                    if (r % 2 == 0) {
                        row.getCell(c).setCellStyle(filled);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
