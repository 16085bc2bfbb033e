package org.jifen.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The notice as Excel gets it (the page to print is a template of the web module: NoticePrintTest). */
class NoticeFormatsTest {

    @Test
    void theCsvStartsWithAByteOrderMarkAndAChineseHeader() {
        String csv = NoticeCsv.render(notice(null));

        assertThat(csv).startsWith("\uFEFF村民小组,名次,户号,户主,7月,8月,9月,季度合计\r\n");
        assertThat(csv.lines().skip(1)).containsExactly(
                "一组,1,H1,张三,95,100,,195",
                "一组,2,H2,\"李,四\",80,,,80",
                "二组,1,H3,\"'=HYPERLINK(\"\"x\"\")\",0,0,,0");
    }

    private static PublicNotice notice(@Nullable Instant publishedAt) {
        return new PublicNotice("yangjiazhuang", "杨家庄村<b>", "2024-Q3", "杨家庄村<b> 2024年第三季度 乡村治理积分公示",
                months("2024-07", "2024-08", "2024-09"), months("2024-07", "2024-08"), publishedAt,
                publishedAt == null ? null : "村干部<王>", publishedAt == null ? null : months("2024-07", "2024-08"),
                Instant.parse("2024-09-10T01:00:00Z"), List.of(
                new PublicNotice.GroupRanking("一组", List.of(
                        new PublicNotice.Row(1, 1, "H1", "张三", months(95, 100), 195),
                        new PublicNotice.Row(2, 2, "H2", "李,四", months(80, null), 80))),
                new PublicNotice.GroupRanking("二组", List.of(
                        new PublicNotice.Row(1, 3, "H3", "=HYPERLINK(\"x\")", months(0, 0), 0)))));
    }

    private static List<YearMonth> months(String... months) {
        return java.util.Arrays.stream(months).map(YearMonth::parse).toList();
    }

    private static Map<YearMonth, @Nullable Integer> months(@Nullable Integer july, @Nullable Integer august) {
        Map<YearMonth, @Nullable Integer> months = new LinkedHashMap<>();
        months.put(YearMonth.parse("2024-07"), july);
        months.put(YearMonth.parse("2024-08"), august);
        months.put(YearMonth.parse("2024-09"), null);
        return months;
    }
}
